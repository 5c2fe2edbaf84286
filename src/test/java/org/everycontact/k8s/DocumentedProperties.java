package org.everycontact.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration properties the README's Configuration section documents, as patterns: a
 * {@code <name>} placeholder stands for one segment, a trailing {@code *} for any rest, and a cell
 * like {@code `a.b.c`, `.d`} documents both {@code a.b.c} and {@code a.b.d}.
 */
final class DocumentedProperties {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern PLACEHOLDER = Pattern.compile("\"?<[^>]+>\"?");

    private final List<String> properties;

    private DocumentedProperties(List<String> properties) {
        this.properties = properties;
    }

    static DocumentedProperties fromReadme() {
        try {
            String readme = Files.readString(Path.of("README.md"));
            int start = readme.indexOf("\n## Configuration");
            int end = readme.indexOf("\n## ", start + 1);
            List<String> properties = new ArrayList<>();
            for (String line : readme.substring(start, end).split("\n")) {
                if (line.startsWith("| `")) {
                    properties.addAll(firstCell(line.substring(1, line.indexOf('|', 1))));
                }
            }
            return new DocumentedProperties(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> firstCell(String cell) {
        List<String> names = new ArrayList<>();
        Matcher code = CODE.matcher(cell);
        while (code.find()) {
            String name = code.group(1);
            String previous = names.isEmpty() ? "" : names.get(names.size() - 1);
            if (name.startsWith(".") && previous.contains(".")) {
                name = previous.substring(0, previous.lastIndexOf('.')) + name;
            }
            names.add(name);
        }
        return names;
    }

    List<String> all() {
        return properties;
    }

    /** Whether a property name (as in application.properties) is documented. */
    boolean documents(String property) {
        return properties.stream().anyMatch(p -> regex(p, "[^.]+").matcher(property).matches());
    }

    /** Whether an environment variable name is the environment form of a documented property. */
    boolean documentsEnvironmentName(String name) {
        return properties.stream().anyMatch(p -> regex(environmentForm(p), "[A-Z0-9_]+").matcher(name).matches());
    }

    /** MicroProfile Config's mapping: upper case, anything not a letter or digit becomes '_'. */
    private static String environmentForm(String property) {
        StringBuilder form = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(property);
        int last = 0;
        while (placeholder.find()) {
            form.append(property.substring(last, placeholder.start()).replaceAll("[^A-Za-z0-9*]", "_")
                    .toUpperCase(Locale.ROOT)).append(placeholder.group());
            last = placeholder.end();
        }
        return form.append(property.substring(last).replaceAll("[^A-Za-z0-9*]", "_").toUpperCase(Locale.ROOT))
                .toString();
    }

    private static Pattern regex(String documented, String segment) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(documented);
        int last = 0;
        while (placeholder.find()) {
            regex.append(literal(documented.substring(last, placeholder.start()))).append(segment);
            last = placeholder.end();
        }
        return Pattern.compile(regex.append(literal(documented.substring(last))).toString());
    }

    private static String literal(String text) {
        return text.endsWith("*")
                ? (text.length() > 1 ? Pattern.quote(text.substring(0, text.length() - 1)) : "") + ".*"
                : text.isEmpty() ? "" : Pattern.quote(text);
    }
}
