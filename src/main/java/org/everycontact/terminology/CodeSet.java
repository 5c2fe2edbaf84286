package org.everycontact.terminology;

import java.util.Collection;
import java.util.Set;
import org.everycontact.record.Code;

/** The expanded codes of one FHIR ValueSet, matched on system and code together. */
public record CodeSet(String url, String version, Set<String> keys) {

    public CodeSet {
        keys = Set.copyOf(keys);
    }

    static String key(String system, String code) {
        return system + "|" + code;
    }

    public boolean contains(Code code) {
        return code != null && keys.contains(key(code.system(), code.code()));
    }

    public boolean containsAny(Collection<Code> codes) {
        for (Code code : codes) {
            if (contains(code)) {
                return true;
            }
        }
        return false;
    }
}
