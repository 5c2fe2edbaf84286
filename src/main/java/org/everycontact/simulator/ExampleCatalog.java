package org.everycontact.simulator;

import io.quarkus.runtime.util.ClassPathUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.everycontact.record.FhirSupport;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The example patients of fhir-profiles/examples, which the build puts on the class path: read once,
 * when the simulator first asks, and kept as text, since building a prefetch changes the Bundle it reads.
 */
@ApplicationScoped
public class ExampleCatalog {

    static final String FOLDER = "fhir-profiles/examples";

    private final FhirSupport fhir;
    private volatile Map<String, Example> examples;

    public ExampleCatalog(FhirSupport fhir) {
        this.fhir = fhir;
    }

    private record Example(ExampleSummary summary, String json) {
    }

    /** Every example, by id. */
    public List<ExampleSummary> summaries() {
        return examples().values().stream().map(Example::summary).toList();
    }

    /** A fresh copy of the example's transaction Bundle, if there is one of that id. */
    public Optional<Bundle> bundle(String id) {
        return Optional.ofNullable(examples().get(id)).map(e -> parse(e.json()));
    }

    private Map<String, Example> examples() {
        Map<String, Example> loaded = examples;
        if (loaded == null) {
            loaded = load();
            examples = loaded;
        }
        return loaded;
    }

    private Map<String, Example> load() {
        Map<String, Example> loaded = new TreeMap<>();
        try {
            ClassPathUtils.consumeAsPaths(Thread.currentThread().getContextClassLoader(), FOLDER, folder -> {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                        String json = Files.readString(file, StandardCharsets.UTF_8);
                        ExampleSummary summary = ExampleSummary.of(parse(json));
                        loaded.put(summary.id(), new Example(summary, json));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the example patients could not be read", e);
        }
        return Collections.unmodifiableMap(loaded);
    }

    private Bundle parse(String json) {
        return fhir.jsonParser().parseResource(Bundle.class, json);
    }
}
