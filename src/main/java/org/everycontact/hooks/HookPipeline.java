package org.everycontact.hooks;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.everycontact.cards.Card;
import org.everycontact.cards.CardComposer;
import org.everycontact.cohorts.Cohort;
import org.everycontact.cohorts.CohortFinder;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.deprivation.DeprivationService;
import org.everycontact.opportunities.Finding;
import org.everycontact.opportunities.OpportunityFinder;
import org.everycontact.opportunities.Opportunities;
import org.everycontact.record.FhirServer;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.PrefetchQuery;
import org.everycontact.record.RecordAssembler;
import org.everycontact.record.RecordRequest;
import org.everycontact.terminology.CodeListReleases;
import org.everycontact.terminology.ValueSetLibrary;

/**
 * The part of a hook call that depends on the request alone: resolve the prefetch templates, assemble
 * the record, place it, find the cohorts and the opportunities, compose the cards and the response. It
 * reads no database, clock or caller: {@link HookHandler} supplies the date and the snoozed rules and
 * records what was issued, and the pipeline benchmark drives these same steps.
 */
@Singleton
public class HookPipeline {

    /** What the parts found for one call, before snoozes. */
    public record Evaluation(LocalDate asOf, PatientRecord record, Deprivation place, CohortProfile profile,
                             Opportunities opportunities) {

        /** The rules that found an opportunity: the only ones a dismissal can snooze. */
        public Set<String> rulesInPlay() {
            return opportunities.findings().stream().map(Finding::ruleId).collect(Collectors.toUnmodifiableSet());
        }
    }

    private final ServiceCatalog catalog;
    private final RecordAssembler assembler;
    private final OpportunityFinder finder;
    private final CardComposer composer;
    private final DeprivationService deprivation;
    private final CohortFinder cohorts;
    private final CodeListReleases codeLists;

    public HookPipeline(ServiceCatalog catalog, RecordAssembler assembler, OpportunityFinder finder,
                        CardComposer composer, DeprivationService deprivation, CohortFinder cohorts,
                        ValueSetLibrary valueSets) {
        this.catalog = catalog;
        this.assembler = assembler;
        this.finder = finder;
        this.composer = composer;
        this.deprivation = deprivation;
        this.cohorts = cohorts;
        this.codeLists = valueSets.releases();
    }

    public Evaluation evaluate(HookRequest request, LocalDate asOf) {
        PatientRecord record = assembler.assemble(recordRequest(request, asOf));
        Deprivation place = deprivation.assess(record.demographics().homePostcode());
        CohortProfile inCohorts = cohorts.find(record, place, asOf);
        return new Evaluation(asOf, record, place, inCohorts, finder.find(record, inCohorts, asOf));
    }

    /** What the record assembler is asked for: the prefetch templates resolved against the context. */
    public RecordRequest recordRequest(HookRequest request, LocalDate asOf) {
        List<PrefetchQuery> queries = catalog.prefetch(asOf).stream()
                .flatMap(spec -> PrefetchTokens.resolve(spec.template(), request.context())
                        .map(query -> new PrefetchQuery(spec.key(), spec.kind(), query)).stream())
                .toList();
        FhirServer server = request.fhirServer() == null ? null
                : new FhirServer(request.fhirServer(), request.accessToken());
        return new RecordRequest(request.patientId(), queries, request.prefetch(), server, asOf);
    }

    /** The cards, less those of the snoozed rules. */
    public List<Card> cards(Evaluation evaluation, Set<String> snoozed) {
        return composer.compose(evaluation.record(), evaluation.profile(), evaluation.opportunities(), snoozed);
    }

    /** The response: the cards and the assessment extension. */
    public CdsResponse respond(HookRequest request, Evaluation evaluation, List<Card> cards, Set<String> snoozed,
                               boolean snoozesUnread) {
        return new CdsResponse(cards, Map.of(Assessment.EXTENSION, assessment(request, evaluation, snoozed,
                snoozesUnread)));
    }

    private Assessment assessment(HookRequest request, Evaluation evaluation, Set<String> snoozed,
                                  boolean snoozesUnread) {
        PatientRecord record = evaluation.record();
        Opportunities opportunities = evaluation.opportunities();
        CohortProfile profile = evaluation.profile();
        Map<String, Map<String, String>> completeness = new LinkedHashMap<>();
        record.completeness().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("status", e.getValue().status().name().toLowerCase(Locale.ROOT));
            entry.put("source", e.getValue().source().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (e.getValue().reason() != null) {
                entry.put("reason", e.getValue().reason());
            }
            completeness.put(e.getKey().fhirType(), entry);
        });
        List<Map<String, Object>> withheld = opportunities.withheld().stream()
                .map(w -> Map.<String, Object>of("rule", w.ruleId(),
                        "incomplete", w.incomplete().stream().map(k -> k.fhirType()).toList()))
                .toList();
        Boolean nhsNumberValid = record.demographics().nhsNumber() == null ? null
                : record.demographics().nhsNumber().valid();
        return new Assessment(evaluation.asOf().toString(), request.hook().wireName(),
                finder.configuration(evaluation.asOf()),
                DeprivationView.of(evaluation.place(), deprivation.edition()),
                entries(profile.cohorts()), entries(profile.areas()), entries(profile.facts()),
                opportunities.findings(), withheld, snoozed.stream().sorted().toList(), completeness, codeLists,
                record.excludedResources(), nhsNumberValid, snoozesUnread ? Boolean.TRUE : null);
    }

    private static List<Assessment.CohortEntry> entries(List<Cohort> cohorts) {
        return cohorts.stream().map(c -> new Assessment.CohortEntry(c.id(), c.evidence())).toList();
    }
}
