package org.everycontact.opportunities;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which clinical configuration judged a call: its version, its sign-off, and the QOF year whose
 * indicator ids the prompts name. Reported in every assessment for traceability (clinical-spec §6.9).
 *
 * @param signedOffBy absent while the configuration runs unsigned on the specification's defaults
 * @param qofYear absent when no signed-off QOF edition is in effect at the as-of date
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConfigurationInForce(String version, String signedOffBy, String qofYear) {
}
