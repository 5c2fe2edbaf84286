package org.everycontact.deprivation;

import java.util.List;

/**
 * Test-only access for the benchmarks in {@code org.everycontact.bench} to two package-private
 * members, so that they can build and install an index without Quarkus and without changing the
 * product's visibility.
 */
public final class BenchAccess {

    private BenchAccess() {
    }

    /** The shipped reference files as class-path resources, in the order the service imports them. */
    public static List<String> shippedResources() {
        return ShippedReferenceData.FILES.stream().map(file -> ShippedReferenceData.ROOT + file).toList();
    }

    /** What an import does at its end: the service answers from this index from now on. */
    public static void install(DeprivationService service, DeprivationIndex index) {
        service.replaceIndex(index);
    }
}
