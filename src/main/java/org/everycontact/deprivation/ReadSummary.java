package org.everycontact.deprivation;

/**
 * What reading one file found.
 *
 * @param edition the deprivation index of a rank file; null for postcode and mapping files
 * @param rowsRead data rows read, rejected ones included and all-blank ones not
 * @param rowsRejected rows sent to {@link ReferenceSink#rejected}
 */
public record ReadSummary(ReferenceLayout layout, IndexEdition edition, long rowsRead, long rowsRejected) {
}
