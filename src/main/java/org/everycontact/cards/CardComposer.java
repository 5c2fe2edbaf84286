package org.everycontact.cards;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.opportunities.Finding;
import org.everycontact.opportunities.Opportunities;
import org.everycontact.opportunities.Tier;
import org.everycontact.opportunities.Withheld;
import org.everycontact.record.Completeness;
import org.everycontact.record.PatientRecord;
import org.everycontact.terminology.CodeListReleases;
import org.everycontact.terminology.ValueSetLibrary;

/**
 * Turns findings into the cards a GP sees (clinical-spec §7, §9): one card per finding (merged findings,
 * C2, arrive as one: R-SMI-01, R-RESP-01), less those the clinician snoozed (C4); ranked by C7 with the
 * R-PRI-01 boost ({@link CardRanking}), capped at {@code everycontact.cards.max-per-hook} with one
 * "n more opportunities" card for the rest ({@link CardCap}, C1). {@code warning} only for R-HTN-02,
 * never {@code critical} (C3). A lifted card's detail says why the patient is prioritised, in the area
 * phrasing of §9.4 ({@link PrioritisationText}).
 * <p>
 * Data cards are about the record, not opportunities: the findings of data-quality rules (DQ-LAB-UNIT:
 * a result that could not be judged), the data-completeness card (C5, hazard H05) and the NHS number
 * card (§3.1). They follow the rule cards, never count toward the cap and are never put behind "more",
 * so that a GP always sees that prompts were withheld or results not judged. Every card has a uuid, a topic (the
 * primary rule id) and the findings extension. A rule card's detail ends with the release tags of the
 * code lists in use (clinical-spec §8, T-CODE-01); which list carries which is in the assessment, as
 * list names could read as labels of the patient (§9.4).
 */
@Singleton
@Startup
public class CardComposer {

    public static final String FINDINGS_EXTENSION = "org.everycontact.findings";

    private final Map<String, RuleCardWriter> writers = List.<RuleCardWriter>of(
                    new NoBloodPressureCardWriter(), new RaisedBloodPressureCardWriter(),
                    new SevereBloodPressureCardWriter(), new HypertensionNotAtTargetCardWriter(),
                    // Vaccinations and the respiratory bundle
                    new RespiratoryVaccinesCardWriter(), new FluVaccineCardWriter(), new CovidVaccineCardWriter(),
                    new PneumococcalVaccineCardWriter(), new ShinglesVaccineCardWriter(), new RsvVaccineCardWriter(),
                    // Cardiovascular family: lipids, NHS Health Check, lab units
                    new CvdWithoutLipidTherapyCardWriter(), new CvdAboveLipidTargetCardWriter(),
                    new QriskWithoutStatinCardWriter(), new HealthCheckCardWriter(), new LabUnitCardWriter(),
                    // SMI physical health check and MECC lifestyle rules
                    new SmiHealthCheckCardWriter(), new SmokingCardWriter(), new AlcoholCardWriter(),
                    new HealthyWeightCardWriter(), new PhysicalActivityCardWriter(),
                    // Cancer screening, maternity continuity, children and young people
                    new BowelScreeningCardWriter(), new BreastScreeningCardWriter(), new CervicalScreeningCardWriter(),
                    new MaternityContinuityCardWriter(), new ChildAsthmaCardWriter(), new ChildType1DiabetesCardWriter(),
                    new ChildType2DiabetesCardWriter(), new ChildEpilepsyCardWriter(), new ChildOralHealthCardWriter())
            .stream().collect(Collectors.toMap(RuleCardWriter::ruleId, Function.identity()));

    private final String codeListsLine;
    private final CardCap cap;
    private final ServiceDirectory services;
    private final SuggestionFactory suggestions;

    /** Fails start-up with a message naming the setting when the cap is outside 1 to 5. */
    @Inject
    public CardComposer(ValueSetLibrary valueSets, CardLimits limits, ServiceDirectory services,
                        SuggestionFactory suggestions) {
        this(valueSets.releases(), new CardCap(limits.maxPerHook()), services, suggestions);
    }

    CardComposer(CodeListReleases releases, CardCap cap, ServiceDirectory services, SuggestionFactory suggestions) {
        Set<String> tags = releases.tags();
        this.codeListsLine = "- Code lists: release" + (tags.size() == 1 ? " " : "s ") + String.join(", ", tags) + ".";
        this.cap = cap;
        this.services = services;
        this.suggestions = suggestions;
    }

    /**
     * The cards for one hook call.
     *
     * @param profile where the patient's cohorts place them, for the R-PRI-01 boost and its wording, and
     *                their home area, for the local services linked
     * @param snoozedRuleIds rules the clinician dismissed for this patient within the snooze period: their
     *                       findings get no card, not even a line in the "more" card
     */
    public List<Card> compose(PatientRecord record, CohortProfile profile, Opportunities opportunities,
                              Set<String> snoozedRuleIds) {
        Map<Boolean, List<Card>> byDataQuality = CardRanking.rank(opportunities, profile).stream()
                .filter(finding -> !snoozedRuleIds.contains(finding.ruleId()))
                .collect(Collectors.partitioningBy(finding -> opportunities.tier(finding) == Tier.DATA_QUALITY,
                        Collectors.mapping(finding -> ruleCard(record, finding, profile), Collectors.toList())));
        List<Card> ranked = byDataQuality.get(false);
        List<Card> cards = new ArrayList<>(cap.shown(ranked));
        cards.addAll(byDataQuality.get(true));
        if (!opportunities.withheld().isEmpty()
                || record.completeness().values().stream().anyMatch(c -> !c.isComplete())) {
            cards.add(incompleteRecordCard(record, opportunities.withheld()));
        }
        if (record.demographics().nhsNumber() != null && !record.demographics().nhsNumber().valid()) {
            cards.add(invalidNhsNumberCard());
        }
        cap.more(ranked).ifPresent(cards::add);
        return cards;
    }

    /** The rule ids held back by the cap (clinical-spec C1): those the "more" card among {@code cards} lists. */
    public static List<String> cappedRuleIds(List<Card> cards) {
        return cards.stream()
                .filter(card -> card.source() != null && card.source().topic() != null
                        && CardTopics.MORE_OPPORTUNITIES.equals(card.source().topic().code()))
                .flatMap(card -> ((List<?>) card.extension().get(FINDINGS_EXTENSION)).stream())
                .map(String::valueOf).toList();
    }

    /** The topic display of a rule's card (e.g. "Current smoker: very brief advice"), if the rule has a card. */
    public Optional<String> topicDisplay(String ruleId) {
        return Optional.ofNullable(writers.get(ruleId)).map(writer -> writer.source().topic().display());
    }

    private Card ruleCard(PatientRecord record, Finding finding, CohortProfile profile) {
        RuleCardWriter writer = writers.get(finding.ruleId());
        if (writer == null) {
            throw new IllegalStateException("no card wording for rule " + finding.ruleId());
        }
        String written = writer.detail(finding).stripTrailing();
        String detail = PrioritisationText.bullet(finding.ruleId(), profile)
                .map(bullet -> PrioritisationText.withBullet(written, bullet)).orElse(written);
        return new Card(newUuid(), writer.summary(finding), detail + "\n" + codeListsLine,
                indicator(finding.ruleId()), writer.source(), links(writer, profile.deprivation()),
                OverrideReasons.ALL, Map.of(FINDINGS_EXTENSION, List.of(finding.ruleId())),
                suggestions.suggestions(writer.suggestions(finding), record.demographics().patientId()));
    }

    /** The services' pages for the patient's area, then the writer's guidance. */
    private List<Link> links(RuleCardWriter writer, Deprivation home) {
        List<Link> links = new ArrayList<>(services.links(writer.services(), home));
        links.addAll(writer.guidance());
        return links;
    }

    /** Clinical-spec C3: {@code warning} for R-HTN-02 only, {@code info} for every other card, never {@code critical}. */
    static String indicator(String ruleId) {
        return CardRanking.SEVERE_BLOOD_PRESSURE.equals(ruleId) ? "warning" : "info";
    }

    private static Card incompleteRecordCard(PatientRecord record, List<Withheld> withheld) {
        StringBuilder detail = new StringBuilder("EveryContact could not read all of this record, so prompts that "
                + "depend on something being absent were not shown.\n");
        record.completeness().entrySet().stream()
                .filter(e -> !e.getValue().isComplete())
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> detail.append("- ").append(e.getKey().fhirType()).append(": ")
                        .append(describe(e.getValue())).append('\n'));
        if (!withheld.isEmpty()) {
            detail.append("- Prompts withheld: ")
                    .append(withheld.stream().map(Withheld::ruleId).collect(Collectors.joining(", ")));
        }
        return new Card(newUuid(), "Part of the record could not be read — some prompts were withheld",
                detail.toString(), "info",
                new Source("EveryContact data check", null,
                        CardTopics.of(CardTopics.INCOMPLETE_RECORD, "Incomplete record")),
                List.of(), List.of(), Map.of(FINDINGS_EXTENSION, List.of(CardTopics.INCOMPLETE_RECORD)));
    }

    private static String describe(Completeness completeness) {
        String status = completeness.status() == Completeness.Status.PARTIAL ? "partly read" : "not available";
        return completeness.reason() == null ? status : status + " (" + completeness.reason() + ")";
    }

    private static Card invalidNhsNumberCard() {
        return new Card(newUuid(), "NHS number fails its check digit — please check the demographic record",
                "- The NHS number on the Patient record does not pass the Modulus 11 check.\n"
                        + "- Clinical prompts are still shown: they come from the practice record.\n"
                        + "- Source: NHS number check-digit algorithm (NHS Data Dictionary).",
                "info",
                new Source("EveryContact data check", null,
                        CardTopics.of(CardTopics.INVALID_NHS_NUMBER, "NHS number check digit")),
                List.of(), List.of(), Map.of(FINDINGS_EXTENSION, List.of(CardTopics.INVALID_NHS_NUMBER)));
    }

    private static String newUuid() {
        return UUID.randomUUID().toString();
    }
}
