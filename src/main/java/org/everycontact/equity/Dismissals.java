package org.everycontact.equity;

import java.util.List;
import org.everycontact.cards.Dismissal;

/**
 * A patient's dismissals as read for a hook call.
 *
 * @param found the dismissals that could be read
 * @param unreadable true when the database could not answer in time, so {@code found} is empty and
 *                   rules the patient snoozed may show again
 */
public record Dismissals(List<Dismissal> found, boolean unreadable) {

    public Dismissals {
        found = List.copyOf(found);
    }

    static Dismissals of(List<Dismissal> found) {
        return new Dismissals(found, false);
    }

    static Dismissals notRead() {
        return new Dismissals(List.of(), true);
    }
}
