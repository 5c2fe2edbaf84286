package org.everycontact.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * The system-level transaction of {@link HapiFhirServer}, for Bundles of POST entries without conditions
 * (what fhir-profiles/examples holds): each resource gets a new id, references to an entry's
 * {@code fullUrl} become {@code Type/id}, and the transaction-response gives each entry's Location.
 * Anything else is refused whole with 400, before anything is stored.
 */
public final class TransactionLoader {

    private final FhirContext fhir;
    private final Map<String, Resource> resources;

    TransactionLoader(FhirContext fhir, Map<String, Resource> resources) {
        this.fhir = fhir;
        this.resources = resources;
    }

    @Transaction
    public Bundle transaction(@TransactionParam Bundle transaction) {
        if (transaction.getType() != Bundle.BundleType.TRANSACTION) {
            throw new InvalidRequestException("only a Bundle of type transaction is accepted here");
        }
        Map<String, String> assigned = new HashMap<>();
        for (Bundle.BundleEntryComponent entry : transaction.getEntry()) {
            Resource resource = entry.getResource();
            Bundle.BundleEntryRequestComponent request = entry.getRequest();
            if (resource == null || request.getMethod() != Bundle.HTTPVerb.POST
                    || !resource.fhirType().equals(request.getUrl()) || request.hasIfNoneExist()) {
                throw new InvalidRequestException("only unconditional POST entries of a resource to its type are "
                        + "supported here");
            }
            resource.setId(resource.fhirType() + "/" + UUID.randomUUID());
            if (entry.hasFullUrl()) {
                assigned.put(entry.getFullUrl(), resource.getIdElement().getValue());
            }
        }
        Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        for (Bundle.BundleEntryComponent entry : transaction.getEntry()) {
            Resource resource = entry.getResource();
            fhir.newTerser().getAllResourceReferences(resource).stream()
                    .map(r -> r.getResourceReference())
                    .filter(r -> assigned.containsKey(r.getReferenceElement().getValue()))
                    .forEach(r -> r.setReference(assigned.get(r.getReferenceElement().getValue())));
            resource.getMeta().setVersionId("1");
            resources.put(resource.getIdElement().getValue(), resource);
            response.addEntry().getResponse().setStatus("201 Created")
                    .setLocation(resource.getIdElement().getValue() + "/_history/1");
        }
        return response;
    }
}
