package org.everycontact.equity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Stores one {@link HookInvocation} per hook call, off the hook's hot path ({@link OffPathWriter}): a
 * slow or failing database never delays or fails the answer. The practice is the client's tenant when
 * the token carries one, otherwise the configured {@code everycontact.equity.practice}.
 */
@ApplicationScoped
public class InvocationLog {

    private final OffPathWriter writer;
    private final Optional<String> practice;

    public InvocationLog(OffPathWriter writer, EquityParameters parameters) {
        this.writer = writer;
        this.practice = parameters.practice();
    }

    /** Queues the record of the call; returns at once. */
    public void record(Invocation invocation) {
        String practiceOfCall = invocation.tenant() != null ? invocation.tenant() : practice.orElse(null);
        writer.submit("invocation record", () -> row(invocation, practiceOfCall).persist());
    }

    private static HookInvocation row(Invocation invocation, String practice) {
        HookInvocation row = new HookInvocation();
        row.receivedAt = invocation.receivedAt();
        row.asOfDate = invocation.asOf();
        row.serviceId = invocation.serviceId();
        row.hook = invocation.hook();
        row.hookInstance = invocation.hookInstance();
        row.clientName = invocation.clientName();
        row.tenant = invocation.tenant();
        row.practice = practice;
        row.patientPseudonym = invocation.patientPseudonym();
        row.imdEdition = invocation.imdEdition();
        row.imdDecile = invocation.decile();
        row.imdQuintile = invocation.quintile();
        row.nation = invocation.nation();
        row.core20 = invocation.core20();
        row.ethnicGroup = invocation.ethnicGroup();
        row.cohortIds.addAll(invocation.cohortIds());
        row.findingRuleIds.addAll(invocation.findingRuleIds());
        row.shownCardUuids.addAll(invocation.shownCardUuids());
        row.withheldRuleIds.addAll(invocation.withheldRuleIds());
        row.snoozedRuleIds.addAll(invocation.snoozedRuleIds());
        row.cappedRuleIds.addAll(invocation.cappedRuleIds());
        return row;
    }
}
