package org.everycontact.hooks;

import jakarta.inject.Singleton;
import java.util.List;

/**
 * Whether a service call may name its fhirServer, decided before any connection is made: it must be
 * on the authenticated client's {@code fhir-servers}; with authentication off, on
 * {@code everycontact.auth.dev-fhir-servers}. Otherwise 403: the caller is known but not permitted to
 * send EveryContact there (a well-formed request, so not 400).
 */
@Singleton
public class FhirServerAccess {

    private final boolean authEnabled;
    private final FhirServerAllowlist devServers;
    private final CallingClient calling;

    public FhirServerAccess(ClientAuthConfig config, CallingClient calling) {
        this.authEnabled = config.enabled();
        this.devServers = FhirServerAllowlist.of(config.devFhirServers().orElse(List.of()));
        this.calling = calling;
    }

    void check(String fhirServer) {
        if (fhirServer == null) {
            return;
        }
        FhirServerAllowlist allowed = authEnabled
                ? calling.get().map(CdsClient::fhirServers).orElse(FhirServerAllowlist.of(List.of()))
                : devServers;
        if (!allowed.allows(fhirServer)) {
            throw new CdsException(403, "forbidden", "fhirServer is not on this client's list of allowed FHIR servers",
                    List.of("fhirServer"));
        }
    }
}
