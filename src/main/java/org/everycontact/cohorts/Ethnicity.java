package org.everycontact.cohorts;

import org.everycontact.record.Code;

/**
 * What the patient's recorded ethnic category says.
 *
 * @param gypsyRomaTraveller the retired UK Core code system's CL, CM or CN (clinical-spec §3.4)
 * @param code the coding the group was read from, or null when there was none
 */
public record Ethnicity(EthnicGroup group, boolean gypsyRomaTraveller, Code code) {
}
