package org.everycontact.cards;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.opportunities.Finding;
import org.everycontact.opportunities.Opportunities;
import org.everycontact.opportunities.Withheld;
import org.everycontact.record.Completeness;
import org.everycontact.record.PatientRecord;
import org.everycontact.terminology.ValueSetLibrary;

/**
 * Turns findings into the cards a GP sees: one card per finding, then one data-completeness card when
 * any part of the record could not be read in full (clinical-spec C5) and a data-quality card for an NHS number that fails its
 * check digit (§3.1). Every card has a uuid, a rule-id topic and the findings extension. A rule card's
 * detail ends with the release tags of the code lists in use (clinical-spec §8, T-CODE-01); which list
 * carries which is in the assessment, as list names could read as labels of the patient (§9.4).
 */
@Singleton
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
    private final ServiceDirectory services;
    private final SuggestionFactory suggestions;

    public CardComposer(ValueSetLibrary valueSets, ServiceDirectory services, SuggestionFactory suggestions) {
        this.services = services;
        this.suggestions = suggestions;
        Set<String> tags = valueSets.releases().tags();
        codeListsLine = "- Code lists: release" + (tags.size() == 1 ? " " : "s ") + String.join(", ", tags) + ".";
    }

    /** Composes the cards; findings of a rule in {@code snoozedRuleIds} (§7 C4) get no card. */
    public List<Card> compose(PatientRecord record, CohortProfile profile, Opportunities opportunities,
                              Set<String> snoozedRuleIds) {
        List<Card> cards = new ArrayList<>();
        for (Finding finding : opportunities.findings()) {
            if (snoozedRuleIds.contains(finding.ruleId())) {
                continue;
            }
            RuleCardWriter writer = writers.get(finding.ruleId());
            if (writer == null) {
                throw new IllegalStateException("no card wording for rule " + finding.ruleId());
            }
            cards.add(new Card(newUuid(), writer.summary(finding),
                    writer.detail(finding).stripTrailing() + "\n" + codeListsLine, writer.indicator(),
                    writer.source(), links(writer, profile.deprivation()), OverrideReasons.ALL,
                    Map.of(FINDINGS_EXTENSION, List.of(finding.ruleId())),
                    suggestions.suggestions(writer.suggestions(finding), record.demographics().patientId())));
        }
        if (!opportunities.withheld().isEmpty()
                || record.completeness().values().stream().anyMatch(c -> !c.isComplete())) {
            cards.add(incompleteRecordCard(record, opportunities.withheld()));
        }
        if (record.demographics().nhsNumber() != null && !record.demographics().nhsNumber().valid()) {
            cards.add(invalidNhsNumberCard());
        }
        return cards;
    }

    /** The services' pages for the patient's area, then the writer's guidance. */
    private List<Link> links(RuleCardWriter writer, Deprivation home) {
        List<Link> links = new ArrayList<>(services.links(writer.services(), home));
        links.addAll(writer.guidance());
        return links;
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
