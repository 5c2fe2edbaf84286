package org.everycontact;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.everycontact.deprivation.ImportCommand;

/**
 * Runs the service, or with {@code import FILE...} imports reference files and exits. An import
 * takes no HTTP port and waits for the shipped data to be in place before it starts.
 */
@QuarkusMain
public class EveryContactMain implements QuarkusApplication {

    @Inject
    ImportCommand importCommand;

    public static void main(String... args) {
        if (isImport(args)) {
            System.setProperty("quarkus.http.port", "0");
            System.setProperty("everycontact.deprivation.block-startup", "true");
        }
        Quarkus.run(EveryContactMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (isImport(args)) {
            return importCommand.run(System.out, System.err, Arrays.copyOfRange(args, 1, args.length));
        }
        Quarkus.waitForExit();
        return 0;
    }

    private static boolean isImport(String... args) {
        return args.length > 0 && "import".equals(args[0]);
    }
}
