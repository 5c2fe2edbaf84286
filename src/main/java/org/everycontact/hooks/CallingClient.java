package org.everycontact.hooks;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The CDS client that authenticated the current request; empty when authentication is off. */
@RequestScoped
public class CallingClient {

    private CdsClient client;

    void set(CdsClient client) {
        this.client = client;
    }

    Optional<CdsClient> get() {
        return Optional.ofNullable(client);
    }
}
