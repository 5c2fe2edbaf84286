package org.everycontact.hooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The as-of date of a hook call: today in Europe/London (clinical-spec IN-5), or a fixed date for
 * tests and demonstrations ({@code everycontact.as-of-date}). Application-scoped so that a test can
 * move the date within one run (QuarkusMock), as a snooze round trip needs.
 */
@ApplicationScoped
public class AsOfClock {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Optional<LocalDate> fixed;

    public AsOfClock(@ConfigProperty(name = "everycontact.as-of-date") Optional<LocalDate> fixed) {
        this.fixed = fixed;
    }

    public LocalDate today() {
        return fixed.orElseGet(() -> LocalDate.now(LONDON));
    }
}
