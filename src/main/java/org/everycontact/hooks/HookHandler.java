package org.everycontact.hooks;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.cards.Card;
import org.everycontact.cards.CardComposer;
import org.everycontact.cards.SnoozePolicy;
import org.everycontact.cohorts.Cohort;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.equity.CardIssue;
import org.everycontact.equity.Dismissals;
import org.everycontact.equity.Invocation;
import org.everycontact.equity.InvocationLog;
import org.everycontact.equity.IssuedCardLog;
import org.everycontact.equity.PatientPseudonyms;
import org.everycontact.opportunities.Finding;
import org.everycontact.opportunities.Opportunities;
import org.everycontact.opportunities.Withheld;
import org.everycontact.record.PatientRecord;
import org.jboss.logging.Logger;

/**
 * One hook call, end to end: the {@link HookPipeline} evaluates the request on today's date and
 * composes the cards without the rules snoozed for this patient (clinical-spec §7 C4; when the database
 * cannot say which in time, without any, and the assessment says so); this class reads the snoozes and
 * queues the record of the cards issued and of the call (for the equity report). It wires the parts
 * together and decides nothing clinical. Cohorts go to the assessment extension only, never to a card
 * (clinical-spec §9.4).
 */
@Singleton
public class HookHandler {

    private static final Logger LOG = Logger.getLogger(HookHandler.class);

    private final HookPipeline pipeline;
    private final AsOfClock clock;
    private final PatientPseudonyms pseudonyms;
    private final SnoozePolicy snoozes;
    private final IssuedCardLog issuedCards;
    private final InvocationLog invocations;
    private final CallingClient calling;

    public HookHandler(HookPipeline pipeline, AsOfClock clock, PatientPseudonyms pseudonyms, SnoozePolicy snoozes,
                       IssuedCardLog issuedCards, InvocationLog invocations, CallingClient calling) {
        this.pipeline = pipeline;
        this.clock = clock;
        this.pseudonyms = pseudonyms;
        this.snoozes = snoozes;
        this.issuedCards = issuedCards;
        this.invocations = invocations;
        this.calling = calling;
    }

    public CdsResponse handle(String serviceId, HookRequest request) {
        Instant received = Instant.now();
        LocalDate asOf = clock.today();
        HookPipeline.Evaluation evaluation = pipeline.evaluate(request, asOf);
        PatientRecord record = evaluation.record();
        String patient = pseudonyms.of(record.demographics().nhsNumber(), request.fhirServer(), request.patientId());
        Dismissals dismissals = issuedCards.dismissals(patient, evaluation.rulesInPlay(),
                snoozes.earliestInForce(asOf));
        Set<String> snoozed = snoozes.snoozed(dismissals.found(), asOf);
        List<Card> cards = pipeline.cards(evaluation, snoozed);
        issuedCards.record(new CardIssue(serviceId, request.hookInstance(), patient, asOf, Instant.now()), cards);
        Opportunities opportunities = evaluation.opportunities();
        invocations.record(invocation(received, asOf, serviceId, request, patient, evaluation.profile(),
                opportunities, cards, snoozed));
        LOG.debugf("%s answered: %d card(s), %d finding(s), %d rule(s) withheld, %d snoozed", request.hook().wireName(),
                cards.size(), opportunities.findings().size(), opportunities.withheld().size(), snoozed.size());
        return pipeline.respond(request, evaluation, cards, snoozed, dismissals.unreadable());
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
}
