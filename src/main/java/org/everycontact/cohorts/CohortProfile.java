package org.everycontact.cohorts;

import java.util.List;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.deprivation.Nation;

/**
 * What the cohorts part found for one patient, as the rules downstream read it: the recorded ethnic
 * group, where the home postcode places them, and every cohort with its evidence.
 */
public record CohortProfile(Ethnicity ethnicity, Deprivation deprivation, List<Cohort> cohorts) {

    public CohortProfile {
        cohorts = List.copyOf(cohorts);
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

    /** Whether any active PLUS group is recorded (clinical-spec §3.5). */
    public boolean inAnyPlusGroup() {
        return cohorts.stream().anyMatch(c -> c.id().startsWith(Cohort.PLUS_PREFIX));
    }

    public boolean inCohort(String id) {
        return cohorts.stream().anyMatch(c -> c.id().equals(id));
    }
}
