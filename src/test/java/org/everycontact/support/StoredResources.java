package org.everycontact.support;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Map;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads one type of {@link HapiFhirServer}'s resources, which are kept by {@code Type/id} in a map all
 * its providers share.
 */
class StoredResources<T extends Resource> implements IResourceProvider {

    private final Class<T> type;
    final Map<String, Resource> resources;

    StoredResources(Class<T> type, Map<String, Resource> resources) {
        this.type = type;
        this.resources = resources;
    }

    @Override
    public Class<T> getResourceType() {
        return type;
    }

    @Read
    public T read(@IdParam IdType id) {
        Resource resource = resources.get(typeName() + "/" + id.getIdPart());
        if (resource == null) {
            throw new ResourceNotFoundException(id);
        }
        return type.cast(resource.copy());
    }

    final String typeName() {
        return type.getSimpleName();
    }
}
