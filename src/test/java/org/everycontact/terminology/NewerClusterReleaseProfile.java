package org.everycontact.terminology;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A deployment that took up a newer release of one cluster without a rebuild: the test folder
 * {@code code-lists-2027} holds chronic-liver-disease at release 2027.01.0, which adds
 * {@link #CHRONIC_HEPATITIS_C} (T-CODE-01).
 */
public class NewerClusterReleaseProfile implements QuarkusTestProfile {

    static final String FOLDER = "code-lists-2027";
    static final String RELEASE = "2027.01.0";
    /** SNOMED CT Chronic hepatitis C: in the newer release only. */
    static final String CHRONIC_HEPATITIS_C = "128302006";

    static Path folder() {
        try {
            return Path.of(NewerClusterReleaseProfile.class.getClassLoader().getResource(FOLDER).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(ValueSetLibrary.DIRECTORY, folder().toString());
    }
}
