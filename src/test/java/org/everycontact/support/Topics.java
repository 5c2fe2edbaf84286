package org.everycontact.support;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * GPath expressions for the rule ids a response carries, narrowed to some rule families, so that a
 * test about one rule (or about the protocol, probed with R-HTN-03) is not upset by other rules
 * that rightly fire for the same patient.
 */
public final class Topics {

    /** The blood-pressure rules and the data-quality cards: the probes of protocol tests. */
    public static final String PROBE = cards("R-HTN", "DQ-");

    private Topics() {
    }

    /** Card topic codes starting with any of the prefixes, in card order. */
    public static String cards(String... prefixes) {
        return "cards.source.topic.code.findAll { " + startsWithAny(prefixes) + " }";
    }

    /** The first card whose topic is the rule id, as a GPath to read its fields from. */
    public static String card(String ruleId) {
        return "cards.find { it.source.topic.code == '" + ruleId + "' }";
    }

    /** Rule ids of the assessment's findings starting with any of the prefixes. */
    public static String findings(String... prefixes) {
        return "extension.'org.everycontact.assessment'.findings.ruleId.findAll { " + startsWithAny(prefixes) + " }";
    }

    private static String startsWithAny(String... prefixes) {
        return Arrays.stream(prefixes).map(p -> "it.startsWith('" + p + "')").collect(Collectors.joining(" || "));
    }
}
