package org.everycontact.cards;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.opportunities.Finding;
import org.everycontact.opportunities.Opportunities;
import org.everycontact.opportunities.Withheld;
import org.everycontact.record.Completeness;
import org.everycontact.record.Demographics;
import org.everycontact.record.FhirSupport;
import org.everycontact.record.NhsNumber;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.ResourceKind;
import org.everycontact.support.TestFhir;
import org.everycontact.terminology.CodeListReleases;
import org.everycontact.terminology.ValueSetLibrary;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of card composition (clinical-spec §7 C1, C3, C4, C5, C7, R-PRI-01; §9.3, §9.4) from
 * findings as the rules write them, without the service.
 */
class CardComposerTest {

    private static final String AREA_PHRASE = "Home postcode is in a neighbourhood in England's most deprived 20% "
            + "(IMD 2025, area-based measure)";
    private static final String PRIORITISED = "Prioritised under NHS Core20PLUS5 (local health inequalities programme)";
    private static final List<String> NEVER_IN_A_SUMMARY = List.of("deprived", "deprivation", "core20", "imd",
            "ethnic", "homeless", "prioritised", "plus", "local programme", "neighbourhood");

    /** Seven findings from every tier, as the finder orders them. */
    private static final Opportunities SEVEN = CardFixtures.opportunities(CardFixtures.severeBloodPressure(),
            CardFixtures.noBloodPressure(), CardFixtures.smiHealthCheck(), CardFixtures.bowelScreening(),
            CardFixtures.rsvVaccine(), CardFixtures.smoking(), CardFixtures.physicalActivity());

    private static final PatientRecord COMPLETE_RECORD = record(Map.of(), null);

    private static final FhirSupport FHIR = TestFhir.SUPPORT;
    /** National service pages only, and the shipped suggestion concepts. */
    private static final ServiceDirectory NATIONAL_SERVICES =
            new ServiceDirectory(ServiceDirectoryTest.parameters(Map.of(), Map.of()), Optional.empty());
    private static final SuggestionFactory SUGGESTIONS =
            new SuggestionFactory(FHIR, new ValueSetLibrary(FHIR, Optional.empty()));

    private static CardComposer composer(int maxPerHook) {
        return new CardComposer(new CodeListReleases("2026.11.0", Map.of()), new CardCap(maxPerHook),
                NATIONAL_SERVICES, SUGGESTIONS);
    }

    private static PatientRecord record(Map<ResourceKind, Completeness> completeness, NhsNumber nhsNumber) {
        return new PatientRecord(new Demographics("p1", LocalDate.of(1968, 4, 12), "female", false, nhsNumber,
                null, null), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), completeness, 0);
    }

    private static List<String> topics(List<Card> cards) {
        return cards.stream().map(card -> card.source().topic().code()).toList();
    }

    private static Card card(List<Card> cards, String topic) {
        return cards.stream().filter(card -> card.source().topic().code().equals(topic)).findFirst().orElseThrow();
    }

    private static Object findings(Card card) {
        return card.extension().get(CardComposer.FINDINGS_EXTENSION);
    }

    @Test
    void C1_threeRuleCardsThenOneMoreCardListingEveryOtherPrompt() {
        List<Card> all = composer(5).compose(COMPLETE_RECORD, CardFixtures.notPrioritised(),
                CardFixtures.opportunities(CardFixtures.bowelScreening(), CardFixtures.rsvVaccine(),
                        CardFixtures.smoking(), CardFixtures.physicalActivity()), Set.of());
        List<Card> cards = composer(3).compose(COMPLETE_RECORD, CardFixtures.notPrioritised(), SEVEN, Set.of());

        assertEquals(List.of("R-HTN-02", "R-HTN-03", "R-SMI-01", "MORE-OPPORTUNITIES"), topics(cards));
        Card more = cards.get(3);
        assertEquals("4 more opportunities for this patient — see the list in the card", more.summary());
        assertEquals("info", more.indicator());
        assertEquals(List.of("R-SCR-BOW-01", "R-VAC-RSV-01", "R-MECC-SMK-01", "R-MECC-PA-01"), findings(more));
        assertEquals("Held back so that no more than 3 prompts are shown at once; in order of priority:\n"
                + "- " + all.get(0).summary() + "\n- " + all.get(1).summary() + "\n- " + all.get(2).summary()
                + "\n- " + all.get(3).summary(), more.detail());
    }

    /**
     * T-UX-01: a patient meeting six rules sees three cards and one "more" card. The clinical-area tier
     * comes before the vaccine and lifestyle tiers (C7) and keeps the finder's order within it.
     */
    @Test
    void T_UX_01_sixRulesGiveThreeRankedCardsAndOneMoreCard() {
        Opportunities six = CardFixtures.opportunities(CardFixtures.physicalActivity(), CardFixtures.smoking(),
                CardFixtures.rsvVaccine(), CardFixtures.bowelScreening(), CardFixtures.smiHealthCheck(),
                CardFixtures.noBloodPressure());

        List<Card> cards = composer(3).compose(COMPLETE_RECORD, CardFixtures.notPrioritised(), six, Set.of());

        assertEquals(List.of("R-SCR-BOW-01", "R-SMI-01", "R-HTN-03", "MORE-OPPORTUNITIES"), topics(cards));
        assertEquals(List.of("R-VAC-RSV-01", "R-MECC-PA-01", "R-MECC-SMK-01"), findings(cards.get(3)));
    }

    @Test
    void C1_aCapOfOneShowsTheSevereReadingAndSummarisesTheOtherSix() {
        List<Card> cards = composer(1).compose(COMPLETE_RECORD, CardFixtures.notPrioritised(), SEVEN, Set.of());

        assertEquals(List.of("R-HTN-02", "MORE-OPPORTUNITIES"), topics(cards));
        assertEquals("6 more opportunities for this patient — see the list in the card", cards.get(1).summary());
        assertEquals(List.of("R-HTN-03", "R-SMI-01", "R-SCR-BOW-01", "R-VAC-RSV-01", "R-MECC-SMK-01",
                "R-MECC-PA-01"), findings(cards.get(1)));
        assertThat(cards.get(1).detail(), containsString("no more than 1 prompt is shown"));
    }

    @Test
    void C1_aCapOfFiveShowsFiveAndSummarisesTheOtherTwo() {
        List<Card> cards = composer(5).compose(COMPLETE_RECORD, CardFixtures.notPrioritised(), SEVEN, Set.of());

        assertEquals(List.of("R-HTN-02", "R-HTN-03", "R-SMI-01", "R-SCR-BOW-01", "R-VAC-RSV-01",
                "MORE-OPPORTUNITIES"), topics(cards));
        assertEquals("2 more opportunities for this patient — see the list in the card", cards.get(5).summary());
        assertEquals(List.of("R-MECC-SMK-01", "R-MECC-PA-01"), findings(cards.get(5)));
    }

    @Test
    void C1_noMoreCardWhenThePromptsFitTheCap() {
        List<Card> cards = composer(3).compose(COMPLETE_RECORD, CardFixtures.notPrioritised(),
                CardFixtures.opportunities(CardFixtures.noBloodPressure(), CardFixtures.smoking()), Set.of());

        assertEquals(List.of("R-HTN-03", "R-MECC-SMK-01"), topics(cards));
    }

    @Test
    void C1_theCapDefaultsToThreeAndAValueOutsideOneToFiveStopsStartUpNamingTheSetting() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(CardLimits.class)
                .withSources(new PropertiesConfigSource(Map.of(), "test", 100)).build();
        assertEquals(3, config.getConfigMapping(CardLimits.class).maxPerHook());

        for (int refused : new int[] {0, 6}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CardCap(refused));
            assertEquals("everycontact.cards.max-per-hook is " + refused + ": it must be from 1 to 5 "
                    + "(clinical-spec C1: each extra card lowers acceptance)", e.getMessage());
        }
    }

    @Test
    void C5_dataCardsAreShownBesideTheCapNeverBehindMore() {
        PatientRecord partial = record(Map.of(ResourceKind.OBSERVATION,
                new Completeness(Completeness.Status.PARTIAL, Completeness.Source.PREFETCH, "page limit")),
                new NhsNumber("9434765918", false));
        Opportunities found = CardFixtures.opportunities(CardFixtures.severeBloodPressure(),
                CardFixtures.noBloodPressure(), CardFixtures.smiHealthCheck(), CardFixtures.bowelScreening(),
                CardFixtures.rsvVaccine(), CardFixtures.smoking(), CardFixtures.physicalActivity(),
                CardFixtures.unreadableLabUnit());
        Opportunities withWithheld = new Opportunities(found.findings(), found.tiers(),
                List.of(new Withheld("R-HTN-01", List.of(ResourceKind.OBSERVATION))));

        List<Card> cards = composer(3).compose(partial, CardFixtures.notPrioritised(), withWithheld, Set.of());

        assertEquals(List.of("R-HTN-02", "R-HTN-03", "R-SMI-01", "DQ-LAB-UNIT", "DQ-INCOMPLETE-RECORD",
                "DQ-NHS-NUMBER", "MORE-OPPORTUNITIES"), topics(cards));
        assertEquals(List.of("R-SCR-BOW-01", "R-VAC-RSV-01", "R-MECC-SMK-01", "R-MECC-PA-01"),
                findings(cards.get(6)));
    }

    @Test
    void C4_snoozedRulesGetNoCardNorALineInTheMoreCard() {
        List<Card> cards = composer(3).compose(COMPLETE_RECORD, CardFixtures.notPrioritised(), SEVEN,
                Set.of("R-HTN-03", "R-MECC-PA-01"));

        assertEquals(List.of("R-HTN-02", "R-SMI-01", "R-SCR-BOW-01", "MORE-OPPORTUNITIES"), topics(cards));
        assertEquals(List.of("R-VAC-RSV-01", "R-MECC-SMK-01"), findings(cards.get(3)));
        assertThat(cards.get(3).detail(), not(containsString("physical activity")));
    }

    @Test
    void C3_warningOnlyForSevereBloodPressureAndNothingCritical() {
        for (CohortProfile profile : List.of(CardFixtures.core20(), CardFixtures.notPrioritised())) {
            for (Card card : composer(5).compose(COMPLETE_RECORD, profile, SEVEN, Set.of())) {
                assertEquals(card.source().topic().code().equals("R-HTN-02") ? "warning" : "info", card.indicator(),
                        card.source().topic().code());
            }
        }
    }

    @Test
    void C7_topicIsThePrimaryRuleIdAndTheFindingsExtensionListsTheCardsRules() {
        for (Card card : composer(5).compose(COMPLETE_RECORD, CardFixtures.notPrioritised(), SEVEN, Set.of())) {
            if (!card.source().topic().code().equals("MORE-OPPORTUNITIES")) {
                assertEquals(List.of(card.source().topic().code()), findings(card));
                assertEquals(OverrideReasons.ALL, card.overrideReasons());
            }
        }
    }

    @Test
    void R_PRI_01_core20CardsOfBoostedFamiliesGiveTheAreaPhrasingBeforeTheirSource() {
        List<Card> cards = composer(5).compose(COMPLETE_RECORD, CardFixtures.core20(), SEVEN, Set.of());

        for (String boosted : List.of("R-HTN-03", "R-SMI-01", "R-SCR-BOW-01", "R-VAC-RSV-01")) {
            String detail = card(cards, boosted).detail();
            assertThat(boosted, detail, containsString("\n- " + PRIORITISED + ". " + AREA_PHRASE
                    + "; IMD describes neighbourhoods, not individuals.\n- Source:"));
        }
        assertThat(card(cards, "R-HTN-02").detail(), not(containsString(PRIORITISED)));
    }

    @Test
    void R_PRI_01_lifestyleCardsCarryNoPrioritisation() {
        List<Card> cards = composer(5).compose(COMPLETE_RECORD, CardFixtures.core20(),
                CardFixtures.opportunities(CardFixtures.smoking(), CardFixtures.physicalActivity()), Set.of());

        for (Card card : cards) {
            assertThat(card.detail(), not(containsString(PRIORITISED)));
        }
    }

    @Test
    void T_LANG_02_aPlusGroupIsPrioritisedWithoutNamingItOrTheArea() {
        String detail = card(composer(5).compose(COMPLETE_RECORD, CardFixtures.plusOnly(), SEVEN, Set.of()),
                "R-SMI-01").detail();

        assertThat(detail, containsString("\n- " + PRIORITISED + ".\n- Source:"));
        assertThat(detail, not(containsString("most deprived")));
        for (String group : List.of("sex work", "migrant", "justice", "slavery", "drug", "local programme:")) {
            assertThat(detail, not(containsStringIgnoringCase(group)));
        }
    }

    @Test
    void R_PRI_01_noPrioritisationWithoutCore20OrPlus() {
        for (Card card : composer(5).compose(COMPLETE_RECORD, CardFixtures.notPrioritised(), SEVEN, Set.of())) {
            assertThat(card.detail(), not(containsStringIgnoringCase("prioritised")));
            assertThat(card.detail(), not(containsString("most deprived")));
        }
    }

    @Test
    void T_LANG_01_summariesAreShortAndNeverLabelThePatient() {
        for (CohortProfile profile : List.of(CardFixtures.core20(), CardFixtures.plusOnly(),
                CardFixtures.notPrioritised())) {
            for (int cap = 1; cap <= 5; cap++) {
                for (Card card : composer(cap).compose(COMPLETE_RECORD, profile, SEVEN, Set.of())) {
                    assertThat(card.summary().length(), lessThanOrEqualTo(Card.MAX_SUMMARY_LENGTH));
                    for (String word : NEVER_IN_A_SUMMARY) {
                        assertThat(card.summary(), not(containsStringIgnoringCase(word)));
                    }
                }
            }
        }
    }

    @Test
    void detailKeepsToTheFiveBulletsOfTheCardAnatomyBeforeItsCodeListProvenance() {
        for (Card card : composer(5).compose(COMPLETE_RECORD, CardFixtures.core20(),
                CardFixtures.opportunities(CardFixtures.severeBloodPressure(), CardFixtures.noBloodPressure(),
                        CardFixtures.bowelScreening(), CardFixtures.rsvVaccine(), CardFixtures.smoking()),
                Set.of())) {
            long bullets = card.detail().lines().filter(line -> line.startsWith("- ")
                    && !line.startsWith("- Code lists:")).count();
            assertThat(card.source().topic().code(), (int) bullets, lessThan(6));
        }
    }

    @Test
    void MECC_lifestyleCardsCarryAnAskAdviseActScript() {
        for (Finding finding : List.of(CardFixtures.smoking(), CardFixtures.physicalActivity())) {
            String detail = composer(5).compose(COMPLETE_RECORD, CardFixtures.notPrioritised(),
                    CardFixtures.opportunities(finding), Set.of()).get(0).detail();
            assertThat(detail, containsString("- **Very brief advice (Ask–Advise–Act):** Ask: \""));
            assertThat(detail, containsString(" Advise: \""));
            assertThat(detail, containsString(" Act: "));
        }
    }
}
