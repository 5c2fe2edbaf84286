package org.everycontact.deprivation;

/** One row of the ONS best-fit lookup: each LSOA 2011 to exactly one LSOA 2021. */
public record LsoaMappingRow(String lsoa11, String lsoa21) {
}
