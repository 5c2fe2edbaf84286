package org.everycontact.terminology;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.everycontact.record.FhirSupport;
import org.jboss.logging.Logger;

/**
 * Loads the rules' ValueSets at start-up and expands their enumerated concepts: the shipped ones from
 * fhir-profiles on the class path, each replaced by its file in {@code everycontact.code-lists.directory}
 * when one is configured, so that a deployment takes up a newer PRIMIS/PCD cluster release without a
 * rebuild (clinical-spec §8, hazard H02). Any fault stops start-up naming the file, never falling back
 * to the shipped list: a {@code .json} file in the folder that is not {@code ValueSet-<id>.json} for a
 * list in {@link ValueSetId} (a misspelt name would silently keep the old release), a replacement that
 * {@link ValueSetReader} refuses, one with another url, or one with the shipped release tag but other
 * concepts (the provenance would be false). Other files in the folder are ignored.
 */
@Singleton
@Startup
public class ValueSetLibrary {

    static final String DIRECTORY = "everycontact.code-lists.directory";
    private static final Logger LOG = Logger.getLogger(ValueSetLibrary.class);

    private final Map<ValueSetId, CodeSet> sets = new EnumMap<>(ValueSetId.class);
    private final Set<ValueSetId> replaced = EnumSet.noneOf(ValueSetId.class);
    private final CodeListReleases releases;

    public ValueSetLibrary(FhirSupport fhir, @ConfigProperty(name = DIRECTORY) Optional<Path> directory) {
        ValueSetReader reader = new ValueSetReader(fhir);
        for (ValueSetId id : ValueSetId.values()) {
            sets.put(id, shipped(reader, id));
        }
        directory.ifPresent(folder -> replaceFrom(reader, folder));
        Map<String, String> versions = new TreeMap<>();
        sets.forEach((id, set) -> versions.put(id.id(), set.version()));
        releases = CodeListReleases.of(versions);
        LOG.infof("Code lists: %d ValueSets, release %s%s", sets.size(), releases.release(),
                releases.others().isEmpty() ? "" : "; others " + releases.others());
    }

    public CodeSet get(ValueSetId id) {
        return sets.get(id);
    }

    public int size() {
        return sets.size();
    }

    /** The release tags of the loaded lists. */
    public CodeListReleases releases() {
        return releases;
    }

    /** The lists read from {@code everycontact.code-lists.directory} in place of the shipped ones. */
    public Set<ValueSetId> replaced() {
        return Collections.unmodifiableSet(replaced);
    }

    private static CodeSet shipped(ValueSetReader reader, ValueSetId id) {
        try (InputStream in = ValueSetLibrary.class.getClassLoader().getResourceAsStream(id.resourcePath())) {
            if (in == null) {
                throw new IllegalStateException("ValueSet " + id.resourcePath() + " is not on the class path");
            }
            return reader.read(in, id.resourcePath(), id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void replaceFrom(ValueSetReader reader, Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(DIRECTORY + " " + folder + " is not a folder");
        }
        for (Path file : jsonFiles(folder)) {
            ValueSetId id = ValueSetId.ofFileName(file.getFileName().toString()).orElseThrow(() ->
                    ValueSetReader.refused(file.toString(), "not ValueSet-<id>.json for a code list EveryContact uses"));
            CodeSet shipped = sets.get(id);
            CodeSet replacement;
            try (InputStream in = Files.newInputStream(file)) {
                replacement = reader.read(in, file.toString(), id);
            } catch (IOException e) {
                throw ValueSetReader.refused(file.toString(), "unreadable (" + e.getMessage() + ")");
            }
            if (!replacement.url().equals(shipped.url())) {
                throw ValueSetReader.refused(file.toString(), "url is " + replacement.url() + ", not " + shipped.url());
            }
            if (replacement.version().equals(shipped.version()) && !replacement.keys().equals(shipped.keys())) {
                throw ValueSetReader.refused(file.toString(), "other concepts than the shipped list under the same "
                        + "release tag " + shipped.version() + ": give the release its own version");
            }
            LOG.infof("Code list %s: release %s from %s replaces the shipped release %s", id.id(),
                    replacement.version(), file, shipped.version());
            sets.put(id, replacement);
            replaced.add(id);
        }
        if (replaced.isEmpty()) {
            LOG.warnf("%s %s holds no ValueSet file: the shipped code lists are used", DIRECTORY, folder);
        }
    }

    private static List<Path> jsonFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(DIRECTORY + " " + folder + " cannot be listed (" + e.getMessage() + ")", e);
        }
    }
}
