package org.everycontact.terminology;

import java.util.Map;
import org.everycontact.record.Code;

/**
 * One FHIR ConceptMap, read as source {@code system|code} to its single target coding.
 *
 * @param targets the target of each source key; the target coding's display is null
 */
public record ConceptMapping(String url, String version, Map<String, Code> targets) {

    public ConceptMapping {
        targets = Map.copyOf(targets);
    }

    /** The target of a source coding, or null when the map does not hold it. */
    public Code target(Code source) {
        return source == null ? null : targets.get(CodeSet.key(source.system(), source.code()));
    }
}
