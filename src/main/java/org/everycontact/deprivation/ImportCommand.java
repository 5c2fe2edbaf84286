package org.everycontact.deprivation;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.LongConsumer;

/**
 * {@code import FILE...}: loads published postcode, deprivation-index or LSOA lookup files into the
 * database with a progress bar and a summary per file, then rebuilds the index once.
 */
@Singleton
public class ImportCommand {

    private static final int BAR = 40;

    private final ReferenceImporter importer;

    public ImportCommand(ReferenceImporter importer) {
        this.importer = importer;
    }

    public int run(PrintStream out, PrintStream progress, String... files) {
        if (files.length == 0) {
            out.println("usage: import FILE...   (ONSPD/NSPL CSV, MHCLG IMD File 1/7, devolved indices, "
                    + "LSOA 2011 to 2021 best-fit lookup; .csv or .csv.gz)");
            return 2;
        }
        int failures = 0;
        for (String name : files) {
            Path file = Path.of(name);
            try {
                long size = Files.size(file);
                ImportResult result = importer.load(file.getFileName().toString(), () -> Files.newInputStream(file),
                        bar(progress, file, size));
                progress.println();
                summarise(out, result);
            } catch (IOException | SQLException | RuntimeException e) {
                progress.println();
                out.printf("%s: FAILED: %s%n", file.getFileName(), e.getMessage());
                failures++;
            }
        }
        try {
            importer.rebuildIndex();
        } catch (SQLException e) {
            out.println("index rebuild failed: " + e.getMessage());
            failures++;
        }
        return failures == 0 ? 0 : 1;
    }

    private static void summarise(PrintStream out, ImportResult result) {
        if (result.unchanged()) {
            out.printf("%s: already imported with the same content; nothing changed%n", result.sourceName());
            return;
        }
        out.printf("%s: %s%s, %,d rows read, %,d stored, %,d rejected, %.1f s%n", result.sourceName(),
                ReferenceLayout.valueOf(result.layout()).description(),
                result.edition() == null ? "" : " " + result.edition(), result.rowsRead(),
                result.rowsStored(), result.rowsRejected(), result.took().toMillis() / 1000.0);
        result.firstRejections().forEach(r -> out.printf("  rejected line %d: %s%n", r.line(), r.reason()));
    }

    /** Redraws the bar only when the percentage changes. */
    private static LongConsumer bar(PrintStream progress, Path file, long size) {
        long[] shown = {-1};
        return bytes -> {
            long percent = size == 0 ? 100 : Math.min(100, bytes * 100 / size);
            if (percent != shown[0]) {
                shown[0] = percent;
                int filled = (int) (percent * BAR / 100);
                progress.printf("\r%s [%s%s] %3d%%", file.getFileName(), "#".repeat(filled),
                        ".".repeat(BAR - filled), percent);
            }
        };
    }
}
