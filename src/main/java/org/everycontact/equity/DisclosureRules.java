package org.everycontact.equity;

import java.util.List;

/**
 * The statistical disclosure control applied to a report, stated with it.
 *
 * @param threshold counts from 1 to threshold − 1 are suppressed
 * @param marker what CSV writes for a suppressed value (JSON gives null and names it in {@code suppressed})
 */
public record DisclosureRules(int threshold, String marker, List<String> rules) {
}
