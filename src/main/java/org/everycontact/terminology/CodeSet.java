package org.everycontact.terminology;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.everycontact.record.Code;

/**
 * The expanded codes of one FHIR ValueSet, matched on system and code together: a code is in the set
 * when its {@code system|code} key is one of {@link #keys()}.
 *
 * <p>The rules look up every code of a record in dozens of sets per hook call, so a lookup goes
 * through the codes grouped by system and builds no key string.
 */
public final class CodeSet {

    private final String url;
    private final String version;
    private final Set<String> keys;
    /** Each key split at each of its '|': a lookup of (system, code) matches exactly the key {@code system|code}. */
    private final Map<String, Set<String>> codesBySystem = new HashMap<>();

    public CodeSet(String url, String version, Set<String> keys) {
        this.url = url;
        this.version = version;
        this.keys = Set.copyOf(keys);
        for (String key : this.keys) {
            for (int bar = key.indexOf('|'); bar >= 0; bar = key.indexOf('|', bar + 1)) {
                codesBySystem.computeIfAbsent(key.substring(0, bar), s -> new HashSet<>()).add(key.substring(bar + 1));
            }
        }
    }

    static String key(String system, String code) {
        return system + "|" + code;
    }

    public String url() {
        return url;
    }

    public String version() {
        return version;
    }

    public Set<String> keys() {
        return keys;
    }

    public boolean contains(Code code) {
        if (code == null) {
            return false;
        }
        // as key(system, code) spells a missing system or code
        Set<String> codes = codesBySystem.get(String.valueOf(code.system()));
        return codes != null && codes.contains(String.valueOf(code.code()));
    }

    public boolean containsAny(Collection<Code> codes) {
        for (Code code : codes) {
            if (contains(code)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodeSet other && Objects.equals(url, other.url) && Objects.equals(version, other.version)
                && keys.equals(other.keys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, version, keys);
    }

    @Override
    public String toString() {
        return "CodeSet[url=" + url + ", version=" + version + ", keys=" + keys + "]";
    }
}
