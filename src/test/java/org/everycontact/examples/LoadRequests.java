package org.everycontact.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.everycontact.simulator.TransactionPrefetch;
import org.everycontact.support.CdsRequest;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Writes the load benchmark's request bodies (scripts/bench-load.sh): for each example patient, the
 * patient-view call with the full prefetch an EHR holding its transaction Bundle would send
 * ({@link TransactionPrefetch}), one file each, {@code request-<n>.json}.
 * Usage: {@code LoadRequests <discovery.json> <output folder>}, the discovery as the service answers it.
 */
public final class LoadRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LoadRequests() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> templates = patientViewPrefetch(JSON.readTree(Path.of(args[0]).toFile()));
        Path folder = Files.createDirectories(Path.of(args[1]));
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of(ExampleBundles.FOLDER))) {
            examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        int number = 0;
        for (Path example : examples) {
            TransactionPrefetch transaction = new TransactionPrefetch(
                    TestPatient.FHIR.newJsonParser().parseResource(Bundle.class, Files.readString(example)),
                    TestPatient.FHIR);
            ObjectNode prefetch = JSON.createObjectNode();
            transaction.prefetch(templates).forEach((key, resource) -> prefetch.set(key, TestPatient.json(resource)));
            String request = CdsRequest.patientView(transaction.patientId(), prefetch).toString();
            Files.writeString(folder.resolve("request-" + ++number + ".json"), request);
        }
        System.out.printf("%d request bodies written to %s%n", number, folder);
    }

    private static Map<String, String> patientViewPrefetch(JsonNode discovery) {
        for (JsonNode service : discovery.path("services")) {
            if ("patient-view".equals(service.path("hook").asText())) {
                Map<String, String> templates = new LinkedHashMap<>();
                service.path("prefetch").fields().forEachRemaining(t -> templates.put(t.getKey(), t.getValue().asText()));
                return templates;
            }
        }
        throw new IllegalStateException("the discovery lists no patient-view service");
    }
}
