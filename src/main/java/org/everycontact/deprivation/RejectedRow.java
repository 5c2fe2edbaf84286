package org.everycontact.deprivation;

/** A data row that could not be read, with its line number and why. */
public record RejectedRow(long line, String reason) {
}
