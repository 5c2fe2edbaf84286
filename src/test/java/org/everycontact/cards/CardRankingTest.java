package org.everycontact.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.opportunities.Finding;
import org.everycontact.opportunities.Opportunities;
import org.everycontact.opportunities.Tier;
import org.junit.jupiter.api.Test;

/** Clinical-spec §7 C7 card order, with and without the R-PRI-01 Core20/PLUS boost. */
class CardRankingTest {

    /** As the finder gives them: by tier (safety, clinical area, other vaccine, lifestyle), then rule order. */
    private static final Opportunities FOUND = CardFixtures.opportunities(CardFixtures.severeBloodPressure(),
            CardFixtures.noBloodPressure(), CardFixtures.smiHealthCheck(), CardFixtures.bowelScreening(),
            CardFixtures.rsvVaccine(), CardFixtures.smoking(), CardFixtures.physicalActivity());

    private static List<String> order(Opportunities opportunities, CohortProfile profile) {
        return CardRanking.rank(opportunities, profile).stream().map(Finding::ruleId).toList();
    }

    @Test
    void C7_withoutPrioritisationCardsKeepTheTierOrderAndTheBoostKeepsTheFindersOrderWithinARank() {
        List<String> tierOrder = List.of("R-HTN-02", "R-HTN-03", "R-SMI-01", "R-SCR-BOW-01", "R-VAC-RSV-01",
                "R-MECC-SMK-01", "R-MECC-PA-01");
        assertEquals(tierOrder, order(FOUND, CardFixtures.notPrioritised()));
        // Boosted, every clinical-area card here rises together and the vaccine follows them: no reordering.
        assertEquals(tierOrder, order(FOUND, CardFixtures.core20()));
    }

    @Test
    void R_PRI_01_core20LiftsTheBoostedFamiliesOneTier() {
        // The boosted SMI card passes R-NHC-01, a clinical-area rule outside the boosted families; the vaccine,
        // lifted into the clinical-area tier, still follows the cards the finder gave before it; lifestyle is last.
        Opportunities withHealthCheck = new Opportunities(List.of(
                new Finding("R-NHC-01", List.of()), new Finding("R-SMI-01", List.of()),
                new Finding("R-VAC-RSV-01", List.of()), new Finding("R-MECC-SMK-01", List.of())),
                Map.of("R-NHC-01", Tier.CLINICAL_AREA,
                        "R-SMI-01", Tier.CLINICAL_AREA,
                        "R-VAC-RSV-01", Tier.OTHER_VACCINE,
                        "R-MECC-SMK-01", Tier.LIFESTYLE), List.of());
        assertEquals(List.of("R-NHC-01", "R-SMI-01", "R-VAC-RSV-01", "R-MECC-SMK-01"),
                order(withHealthCheck, CardFixtures.notPrioritised()));
        assertEquals(List.of("R-SMI-01", "R-NHC-01", "R-VAC-RSV-01", "R-MECC-SMK-01"),
                order(withHealthCheck, CardFixtures.core20()));
    }

    @Test
    void R_PRI_01_anActivePlusGroupBoostsAsCore20Does() {
        assertEquals(order(FOUND, CardFixtures.core20()), order(FOUND, CardFixtures.plusOnly()));
    }

    @Test
    void R_PRI_01_severeBloodPressureIsFirstWhateverTheOrderAndTheBoost() {
        Opportunities lastGiven = CardFixtures.opportunities(CardFixtures.smiHealthCheck(),
                CardFixtures.rsvVaccine(), CardFixtures.severeBloodPressure());
        assertEquals("R-HTN-02", order(lastGiven, CardFixtures.core20()).get(0));
        assertEquals("R-HTN-02", order(lastGiven, CardFixtures.notPrioritised()).get(0));
    }

    @Test
    void R_PRI_01_boostsOnlyTheNamedFamilies() {
        CohortProfile core20 = CardFixtures.core20();
        for (String ruleId : List.of("R-HTN-01", "R-HTN-03", "R-LIP-02", "R-SMI-01", "R-RESP-01", "R-SCR-CER-01",
                "R-VAC-FLU-01")) {
            assertTrue(CardRanking.boosted(ruleId, core20), ruleId);
            assertFalse(CardRanking.boosted(ruleId, CardFixtures.notPrioritised()), ruleId);
        }
        for (String ruleId : List.of("R-HTN-02", "R-NHC-01", "R-MAT-01", "R-CYP-AST-01", "R-MECC-SMK-01",
                "DQ-LAB-UNIT")) {
            assertFalse(CardRanking.boosted(ruleId, core20), ruleId);
        }
    }
}
