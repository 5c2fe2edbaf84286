package org.everycontact.cohorts;

import java.util.List;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.deprivation.Nation;

/**
 * What the cohorts part found for one patient, as the rules downstream read it: the recorded ethnic
 * group, where the home postcode places them, every cohort (Core20 and PLUS) with its evidence, the
 * Core20PLUS5 clinical areas that apply (§4, §5), and facts that are prompts rather than cohorts.
 *
 * @param cohorts {@code core20} and {@code plus:*} entries
 * @param areas {@code area:*} entries, see {@link ClinicalAreas}
 * @param facts {@link Cohort#NO_FIXED_ABODE}
 */
public record CohortProfile(Ethnicity ethnicity, Deprivation deprivation, List<Cohort> cohorts, List<Cohort> areas,
                            List<Cohort> facts) {

    public CohortProfile {
        cohorts = List.copyOf(cohorts);
        areas = List.copyOf(areas);
        facts = List.copyOf(facts);
    }

    public CohortProfile(Ethnicity ethnicity, Deprivation deprivation, List<Cohort> cohorts) {
        this(ethnicity, deprivation, cohorts, List.of(), List.of());
    }

    /** Counts only: codes and groups stay out of any log line. */
    @Override
    public String toString() {
        return "CohortProfile[cohorts=" + cohorts.size() + ", areas=" + areas.size() + ", facts=" + facts.size() + "]";
    }

    public EthnicGroup ethnicGroup() {
        return ethnicity.group();
    }

    public boolean core20() {
        return deprivation.core20();
    }

    /** The national IMD decile of an English neighbourhood, or null (other nations have their own indices). */
    public Integer englishImdDecile() {
        return deprivation.nation() == Nation.ENGLAND ? deprivation.decile() : null;
    }

    /** Whether any active PLUS group is recorded (clinical-spec §3.5), the sensitive ones included. */
    public boolean inAnyPlusGroup() {
        return cohorts.stream().anyMatch(c -> c.id().startsWith(Cohort.PLUS_PREFIX));
    }

    public boolean inCohort(String id) {
        return cohorts.stream().anyMatch(c -> c.id().equals(id));
    }

    /** Whether a Core20PLUS5 clinical area applies, by its id ({@code area:adult-smi}, ...). */
    public boolean inArea(String id) {
        return areas.stream().anyMatch(c -> c.id().equals(id));
    }

    /**
     * The home postcode is the pseudo-postcode ZZ99 3VZ (clinical-spec §3.2, §9.4, T-PC-02): a prompt
     * to check housing status and code it if appropriate, never the label "homeless".
     */
    public boolean noFixedAbode() {
        return facts.stream().anyMatch(c -> c.id().equals(Cohort.NO_FIXED_ABODE));
    }
}
