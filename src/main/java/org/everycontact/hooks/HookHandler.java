package org.everycontact.hooks;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.everycontact.cards.Card;
import org.everycontact.cards.CardComposer;
import org.everycontact.cards.SnoozePolicy;
import org.everycontact.cohorts.Cohort;
import org.everycontact.cohorts.CohortFinder;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.deprivation.DeprivationService;
import org.everycontact.equity.CardIssue;
import org.everycontact.equity.Dismissals;
import org.everycontact.equity.Invocation;
import org.everycontact.equity.InvocationLog;
import org.everycontact.equity.IssuedCardLog;
import org.everycontact.equity.PatientPseudonyms;
import org.everycontact.opportunities.ConfigurationInForce;
import org.everycontact.opportunities.Finding;
import org.everycontact.opportunities.OpportunityFinder;
import org.everycontact.opportunities.Opportunities;
import org.everycontact.opportunities.Withheld;
import org.everycontact.record.FhirServer;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.PrefetchQuery;
import org.everycontact.record.RecordAssembler;
import org.everycontact.record.RecordRequest;
import org.everycontact.terminology.CodeListReleases;
import org.everycontact.terminology.ValueSetLibrary;
import org.jboss.logging.Logger;

/**
 * One hook call, end to end: resolve the prefetch templates, assemble the record, find the
 * opportunities, compose the cards without the rules snoozed for this patient (clinical-spec §7 C4;
 * when the database cannot say which in time, without any, and the assessment says so), and queue the record of the cards issued and of the call (for the equity report). This class wires the parts together and decides nothing
 * clinical. Cohorts go to the assessment extension only, never to a card (clinical-spec §9.4).
 */
@Singleton
public class HookHandler {

    private static final Logger LOG = Logger.getLogger(HookHandler.class);

    private final ServiceCatalog catalog;
    private final AsOfClock clock;
    private final RecordAssembler assembler;
    private final OpportunityFinder finder;
    private final CardComposer composer;
    private final DeprivationService deprivation;
    private final CohortFinder cohorts;
    private final CodeListReleases codeLists;
    private final PatientPseudonyms pseudonyms;
    private final SnoozePolicy snoozes;
    private final IssuedCardLog issuedCards;
    private final InvocationLog invocations;
    private final CallingClient calling;

    public HookHandler(ServiceCatalog catalog, AsOfClock clock, RecordAssembler assembler,
                       OpportunityFinder finder, CardComposer composer, DeprivationService deprivation,
                       CohortFinder cohorts, ValueSetLibrary valueSets, PatientPseudonyms pseudonyms,
                       SnoozePolicy snoozes, IssuedCardLog issuedCards, InvocationLog invocations,
                       CallingClient calling) {
        this.invocations = invocations;
        this.calling = calling;
        this.pseudonyms = pseudonyms;
        this.snoozes = snoozes;
        this.issuedCards = issuedCards;
        this.deprivation = deprivation;
        this.cohorts = cohorts;
        this.codeLists = valueSets.releases();
        this.catalog = catalog;
        this.clock = clock;
        this.assembler = assembler;
        this.finder = finder;
        this.composer = composer;
    }

    public CdsResponse handle(String serviceId, HookRequest request) {
        Instant received = Instant.now();
        LocalDate asOf = clock.today();
        List<PrefetchQuery> queries = catalog.prefetch(asOf).stream()
                .flatMap(spec -> PrefetchTokens.resolve(spec.template(), request.context())
                        .map(query -> new PrefetchQuery(spec.key(), spec.kind(), query)).stream())
                .toList();
        FhirServer server = request.fhirServer() == null ? null
                : new FhirServer(request.fhirServer(), request.accessToken());
        PatientRecord record = assembler.assemble(
                new RecordRequest(request.patientId(), queries, request.prefetch(), server, asOf));
        Deprivation place = deprivation.assess(record.demographics().homePostcode());
        CohortProfile inCohorts = cohorts.find(record, place, asOf);
        Opportunities opportunities = finder.find(record, inCohorts, asOf);
        String patient = pseudonyms.of(record.demographics().nhsNumber(), request.fhirServer(), request.patientId());
        Dismissals dismissals = issuedCards.dismissals(patient, inPlay(opportunities), snoozes.earliestInForce(asOf));
        Set<String> snoozed = snoozes.snoozed(dismissals.found(), asOf);
        List<Card> cards = composer.compose(record, inCohorts, opportunities, snoozed);
        issuedCards.record(new CardIssue(serviceId, request.hookInstance(), patient, asOf, Instant.now()), cards);
        invocations.record(invocation(received, asOf, serviceId, request, patient, inCohorts, opportunities,
                cards, snoozed));
        LOG.debugf("%s answered: %d card(s), %d finding(s), %d rule(s) withheld, %d snoozed", request.hook().wireName(),
                cards.size(), opportunities.findings().size(), opportunities.withheld().size(), snoozed.size());
        return new CdsResponse(cards, Map.of(Assessment.EXTENSION,
                assessment(request, asOf, record, finder.configuration(asOf),
                        DeprivationView.of(place, deprivation.edition()), inCohorts, opportunities, snoozed,
                        dismissals.unreadable())));
    }

    /** The rules that found an opportunity on this call: the only ones a dismissal can snooze. */
    private static Set<String> inPlay(Opportunities opportunities) {
        return opportunities.findings().stream().map(Finding::ruleId).collect(Collectors.toUnmodifiableSet());
    }

    /** The call as the parts saw it, copied from what they produced. */
    private Invocation invocation(Instant received, LocalDate asOf, String serviceId, HookRequest request,
                                  String patient, CohortProfile profile, Opportunities opportunities,
                                  List<Card> cards, Set<String> snoozed) {
        Optional<CdsClient> client = calling.get();
        Deprivation place = profile.deprivation();
        return new Invocation(received, asOf, serviceId, request.hook().wireName(), request.hookInstance(),
                client.map(CdsClient::name).orElse(null), client.map(CdsClient::tenant).orElse(null), patient,
                place.index() == null ? null : place.index().name(), place.decile(), place.quintile(),
                place.nation() == null ? null : place.nation().name(), profile.core20(), profile.ethnicGroup().name(),
                profile.cohorts().stream().map(Cohort::id).toList(),
                opportunities.findings().stream().map(Finding::ruleId).toList(),
                cards.stream().map(Card::uuid).toList(),
                opportunities.withheld().stream().map(Withheld::ruleId).toList(),
                snoozed.stream().sorted().toList(), CardComposer.cappedRuleIds(cards));
    }

    private Assessment assessment(HookRequest request, LocalDate asOf, PatientRecord record,
                                  ConfigurationInForce configuration, DeprivationView place, CohortProfile cohorts,
                                  Opportunities opportunities, Set<String> snoozed, boolean snoozesUnread) {
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
        return new Assessment(asOf.toString(), request.hook().wireName(), configuration, place,
                entries(cohorts.cohorts()), entries(cohorts.areas()), entries(cohorts.facts()),
                opportunities.findings(), withheld, snoozed.stream().sorted().toList(), completeness, codeLists,
                record.excludedResources(), nhsNumberValid, snoozesUnread ? Boolean.TRUE : null);
    }

    private static List<Assessment.CohortEntry> entries(List<Cohort> cohorts) {
        return cohorts.stream().map(c -> new Assessment.CohortEntry(c.id(), c.evidence())).toList();
    }
}
