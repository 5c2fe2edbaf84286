package org.everycontact.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/clinical-safety/hazard-log.md from going stale: every hazard of clinical-spec §10.3 has
 * its summary row and a section with the §10.2 minimum fields, and every file and {@code Class#method}
 * the log cites as a control or as evidence exists in the repository.
 */
class HazardLogTest {

    private static final Path LOG = Path.of("docs/clinical-safety/hazard-log.md");
    /** clinical-spec §10.3: the initial hazard list, H01 to H20. */
    private static final List<String> SPEC_HAZARDS = IntStream.rangeClosed(1, 20)
            .mapToObj(n -> String.format("H%02d", n)).toList();
    /** clinical-spec §10.2 minimum fields, as the log labels them. */
    private static final List<String> FIELDS = List.of("Description", "Cause(s)", "Effect", "Potential harm",
            "Existing controls", "Initial severity / likelihood / risk", "New controls", "Verification evidence",
            "Residual severity / likelihood / risk", "Owner", "Status", "Links");
    private static final Pattern SUMMARY_ROW = Pattern.compile("(?m)^\\| (H\\d{2}) \\|");
    private static final Pattern SECTION = Pattern.compile("(?m)^## (H\\d{2}) ");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_./-]+\\.(java|json|md|properties)");
    private static final Pattern METHOD = Pattern.compile("([A-Z][A-Za-z0-9]*)#([a-zA-Z_][A-Za-z0-9_]*)");
    private static final Pattern STATUS = Pattern.compile("\\*\\*Status:\\*\\* (open|transferred|closed)\\.");

    private static String log;
    private static Map<String, String> sections;

    @BeforeAll
    static void readLog() throws IOException {
        log = Files.readString(LOG);
        sections = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(log);
        List<Integer> starts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
            ids.add(m.group(1));
        }
        for (int i = 0; i < ids.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : log.length();
            sections.put(ids.get(i), log.substring(starts.get(i), end));
        }
    }

    @Test
    void everySpecHazardHasASummaryRowAndASectionAndNoRowLacksOne() {
        List<String> rows = SUMMARY_ROW.matcher(log).results().map(r -> r.group(1)).toList();
        List<String> problems = new ArrayList<>();
        SPEC_HAZARDS.stream().filter(id -> !rows.contains(id)).forEach(id -> problems.add(id + ": no summary row"));
        SPEC_HAZARDS.stream().filter(id -> !sections.containsKey(id)).forEach(id -> problems.add(id + ": no section"));
        rows.stream().filter(id -> !sections.containsKey(id)).forEach(id -> problems.add(id + ": row without a section"));
        sections.keySet().stream().filter(id -> !rows.contains(id))
                .forEach(id -> problems.add(id + ": section without a summary row"));
        assertEquals(List.of(), problems, LOG.toString());
    }

    @Test
    void everyHazardHasTheMinimumFieldsOfTheDcb0129Record() {
        List<String> problems = new ArrayList<>();
        sections.forEach((id, text) -> {
            FIELDS.stream().filter(field -> !text.contains("**" + field + ":**"))
                    .forEach(field -> problems.add(id + ": no " + field));
            if (!STATUS.matcher(text).find()) {
                problems.add(id + ": status is not open, transferred or closed");
            }
        });
        assertEquals(List.of(), problems, LOG.toString());
    }

    @Test
    void everyCitedFileExists() {
        List<String> missing = cited().stream().filter(FILE.asMatchPredicate())
                .filter(path -> !Files.isRegularFile(Path.of(path))).distinct().toList();
        assertEquals(List.of(), missing, LOG + " cites files that do not exist");
    }

    @Test
    void everyCitedClassAndMethodExists() {
        List<String> problems = new ArrayList<>();
        cited().stream().distinct().forEach(code -> {
            Matcher m = METHOD.matcher(code);
            if (m.matches()) {
                checkMethod(m.group(1), m.group(2)).ifPresent(problems::add);
            }
        });
        assertEquals(List.of(), problems, LOG + " cites code that does not exist");
    }

    private static List<String> cited() {
        return CODE.matcher(log).results().map(r -> r.group(1)).toList();
    }

    private static Optional<String> checkMethod(String className, String method) {
        List<Path> files = sourceFiles(className + ".java");
        if (files.size() != 1) {
            return Optional.of(className + "#" + method + ": " + files.size() + " files named "
                    + className + ".java under src/");
        }
        Pattern declaration = Pattern.compile("(?m)^\\s*(?!return\\b|new\\b|throw\\b|else\\b)(?:[\\w<>\\[\\],.?@]+\\s+)+"
                + Pattern.quote(method) + "\\s*\\(");
        try {
            return declaration.matcher(Files.readString(files.get(0))).find() ? Optional.empty()
                    : Optional.of(className + "#" + method + ": no method " + method + " in " + files.get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sourceFiles(String fileName) {
        try (Stream<Path> main = Files.walk(Path.of("src/main/java")); Stream<Path> test = Files.walk(Path.of("src/test/java"))) {
            return Stream.concat(main, test).filter(p -> p.getFileName().toString().equals(fileName)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
