package org.everycontact.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the record part needs to build a PatientRecord.
 *
 * @param prefetch the prefetch values the client sent, by key; a key that is absent was not sent,
 *                 a JSON null means "known to be empty"
 * @param server the client's FHIR server, or null when it gave none
 * @param asOf the call's as-of date, for what is current (an address's period)
 */
public record RecordRequest(String patientId, List<PrefetchQuery> queries, Map<String, JsonNode> prefetch,
                            FhirServer server, LocalDate asOf) {

    /** Prefetch bodies and the patient id stay out of any log line. */
    @Override
    public String toString() {
        return "RecordRequest[keys=" + prefetch.keySet() + ", server=" + server + "]";
    }
}
