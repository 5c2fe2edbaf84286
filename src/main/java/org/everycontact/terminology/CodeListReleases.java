package org.everycontact.terminology;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The release tags (ValueSet versions) of the loaded code lists, compactly: the card provenance of
 * clinical-spec §8 and T-CODE-01.
 *
 * @param release the version most lists carry (the later tag on a tie)
 * @param others each list at another version, id to version, in id order; empty when all share one
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CodeListReleases(String release, Map<String, String> others) {

    public CodeListReleases {
        others = Collections.unmodifiableSortedMap(new TreeMap<>(others));
    }

    /** From each list's id and version. */
    static CodeListReleases of(Map<String, String> versions) {
        String release = versions.values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElseThrow();
        return new CodeListReleases(release, versions.entrySet().stream()
                .filter(e -> !e.getValue().equals(release))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The distinct release tags in use, in order. */
    public SortedSet<String> tags() {
        SortedSet<String> tags = new TreeSet<>();
        tags.add(release);
        tags.addAll(others.values());
        return Collections.unmodifiableSortedSet(tags);
    }
}
