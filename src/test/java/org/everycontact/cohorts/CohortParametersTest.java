package org.everycontact.cohorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which PLUS groups are active: the practice's ICB's choice, else the deployment's (clinical-spec §3.5). */
class CohortParametersTest {

    private static CohortParameters parameters(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(CohortParameters.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return config.getConfigMapping(CohortParameters.class);
    }

    @Test
    void withoutAnIcbTheDeploymentDefaultApplies() {
        Set<PlusGroup> active = CohortFinder.activeGroups(parameters(Map.of()));
        assertEquals(Set.of(PlusGroup.values()), active);
    }

    @Test
    void thePracticesIcbListApplies() {
        CohortParameters p = parameters(Map.of(
                "everycontact.cohorts.icb", "QOP",
                "everycontact.cohorts.icbs.\"QOP\".plus-groups", "carer,sex-worker",
                "everycontact.cohorts.icbs.\"QHM\".plus-groups", "autism"));
        assertEquals(Set.of(PlusGroup.CARER, PlusGroup.SEX_WORKER), CohortFinder.activeGroups(p));
    }

    @Test
    void anIcbWithoutItsOwnListFallsBackToTheDeploymentList() {
        CohortParameters p = parameters(Map.of(
                "everycontact.cohorts.icb", "QRV",
                "everycontact.cohorts.plus-groups", "homeless,autism",
                "everycontact.cohorts.icbs.\"QOP\".plus-groups", "carer"));
        assertEquals(Set.of(PlusGroup.HOMELESS, PlusGroup.AUTISM), CohortFinder.activeGroups(p));
    }

    @Test
    void locallyCodedGroupsAreSensitiveByDefault() {
        CohortParameters p = parameters(Map.of());
        assertEquals(Set.of(PlusGroup.VULNERABLE_MIGRANT, PlusGroup.SEX_WORKER, PlusGroup.JUSTICE_CONTACT,
                PlusGroup.MODERN_SLAVERY, PlusGroup.DRUG_DEPENDENCE), p.sensitiveGroups());
        assertTrue(p.localGroups().isEmpty());
        assertTrue(p.coastal().lsoas().isEmpty());
    }
}
