package org.everycontact.cohorts;

import java.time.LocalDate;
import org.everycontact.record.Code;

/**
 * What the patient's recorded ethnic category says, and where it was read.
 *
 * @param gypsyRomaTraveller the retired UK Core code system's CL, CM or CN, or a SNOMED finding the
 *                           ethnicity map sends to T (Traveller) (clinical-spec §3.4)
 * @param code the coding the group was read from, or null when there was none
 * @param source where the coding was read
 * @param recorded the Observation's date for {@link Source#OBSERVATION}, else null
 */
public record Ethnicity(EthnicGroup group, boolean gypsyRomaTraveller, Code code, Source source, LocalDate recorded) {

    /** Where an ethnic category was read. */
    public enum Source {
        /** The UK Core ethnic category extension on the Patient. */
        PATIENT_EXTENSION("Patient ethnic category extension"),
        /** The latest SNOMED CT ethnicity Observation (ETHNALL_COD), when the extension gave nothing usable. */
        OBSERVATION("ethnicity Observation"),
        /** Nothing recorded. */
        NONE("none");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Read from the Patient extension (or nothing, when {@code code} is null). */
    public Ethnicity(EthnicGroup group, boolean gypsyRomaTraveller, Code code) {
        this(group, gypsyRomaTraveller, code, code == null ? Source.NONE : Source.PATIENT_EXTENSION, null);
    }

    /** The source only: the coding stays out of any log line. */
    @Override
    public String toString() {
        return "Ethnicity[source=" + source + "]";
    }

    /** The coding and where it was read, as the cohorts' evidence gives it. */
    String evidence() {
        String where = recorded == null ? source.label() : source.label() + " " + recorded;
        return code.system() + "|" + code.code() + " (" + where + ")";
    }
}
