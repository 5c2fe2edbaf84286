package org.everycontact.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everycontact.support.HapiFhirServer;

/**
 * Example patients loaded into a FHIR server with the documented command, {@code scripts/load-examples.sh}
 * (run as a process, with the server's bearer token in {@code FHIR_BEARER_TOKEN}): the Patient id the
 * server gave each file, read from what the command prints.
 */
final class LoadedExamples {

    static final String SCRIPT = "scripts/load-examples.sh";
    private static final Pattern LINE = Pattern.compile("(\\S+\\.json) -> Patient/(\\S+)");

    private final Map<String, String> patientIds;

    private LoadedExamples(Map<String, String> patientIds) {
        this.patientIds = patientIds;
    }

    /** Runs the command on {@code files}, or with none (all examples, its default) when empty. */
    static LoadedExamples load(HapiFhirServer server, String token, List<Path> files)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT, server.baseUrl()));
        files.forEach(f -> command.add(f.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("FHIR_BEARER_TOKEN", token);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(SCRIPT + " failed:\n" + output);
        }
        Map<String, String> ids = new HashMap<>();
        Matcher line = LINE.matcher(output);
        while (line.find()) {
            ids.put(line.group(1), line.group(2));
        }
        return new LoadedExamples(ids);
    }

    /** How many files the command reported loaded. */
    int count() {
        return patientIds.size();
    }

    String patientId(Path file) {
        String id = patientIds.get(file.getFileName().toString());
        if (id == null) {
            throw new IllegalStateException(SCRIPT + " did not report loading " + file);
        }
        return id;
    }
}
