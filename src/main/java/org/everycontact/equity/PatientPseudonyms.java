package org.everycontact.equity;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.everycontact.record.NhsNumber;

/**
 * A keyed pseudonym of a patient (HMAC-SHA256, 64 hex digits) under which cards, feedback and snoozes
 * are stored: of the NHS number when it passes its check digit, otherwise of the FHIR server and the
 * patient's id there. The same patient gets the same pseudonym under one key; without the key it
 * cannot be turned back into the identifier. The key is configuration ({@value #KEY_PROPERTY}); the
 * service does not start without one of at least {@value #MIN_KEY_LENGTH} characters.
 */
@Startup
@Singleton
public class PatientPseudonyms {

    public static final String KEY_PROPERTY = "everycontact.pseudonym.key";
    public static final int MIN_KEY_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public PatientPseudonyms(@ConfigProperty(name = KEY_PROPERTY) Optional<String> key) {
        String secret = key.filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                KEY_PROPERTY + " is not set: give the secret pseudonym key of at least " + MIN_KEY_LENGTH
                        + " characters (environment variable EVERYCONTACT_PSEUDONYM_KEY; see README, Feedback and snooze)"));
        if (secret.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException(KEY_PROPERTY + " is shorter than " + MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /**
     * @param nhsNumber the record's NHS number, or null
     * @param fhirServer the client's FHIR base URL, or null when everything came by prefetch
     */
    public String of(NhsNumber nhsNumber, String fhirServer, String patientId) {
        String identifier = nhsNumber != null && nhsNumber.valid()
                ? "nhs:" + nhsNumber.value()
                : "fhir:" + (fhirServer == null ? "" : fhirServer) + "|" + patientId;
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }
}
