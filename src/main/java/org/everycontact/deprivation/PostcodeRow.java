package org.everycontact.deprivation;

/**
 * One postcode as a published postcode file gives it.
 *
 * @param postcode the postcode exactly as in the file (pcd, pcd2 or pcds form)
 * @param lsoa11 the LSOA 2011 (or Scottish data zone 2011, or NI SOA) code, or null
 * @param lsoa21 the LSOA 2021 code, or null
 * @param terminated whether the file marks the postcode terminated (doterm set)
 */
public record PostcodeRow(String postcode, String lsoa11, String lsoa21, boolean terminated) {
}
