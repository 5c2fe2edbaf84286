package org.everycontact.equity;

import java.util.List;

/** One way of dividing the calls, with a row per group. */
public record Grouping(String id, String title, List<GroupRow> groups) {
}
