package org.everycontact.support;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * GPath expressions for the rule ids a response carries, narrowed to some rule families, so that a
 * test about one rule (or about the protocol, probed with R-HTN-03) is not upset by other rules
 * that rightly fire for the same patient.
 */
public final class Topics {

    /** The blood-pressure rules and the data-quality cards: the probes of protocol tests. */
    public static final String PROBE = cards("R-HTN", "DQ-");
    private static final String MORE = "cards.find { it.source.topic.code == 'MORE-OPPORTUNITIES' }";

    private Topics() {
    }

    /** Card topic codes starting with any of the prefixes, in card order. */
    public static String cards(String... prefixes) {
        return "cards.source.topic.code.findAll { " + startsWithAny(prefixes) + " }";
    }

    /**
     * Rule ids starting with any of the prefixes, of the cards shown and then of those the "more
     * opportunities" card summarises beyond the cap: the whole ranked order.
     */
    public static List<String> shownOrSummarised(JsonPath response, String... prefixes) {
        List<String> ids = new ArrayList<>(response.getList("cards.source.topic.code", String.class));
        List<String> summarised = response.getList(MORE + ".extension.'org.everycontact.findings'", String.class);
        if (summarised != null) {
            ids.addAll(summarised);
        }
        return ids.stream().filter(id -> Arrays.stream(prefixes).anyMatch(id::startsWith)).toList();
    }

    /**
     * The summaries of the cards shown, then those the "more opportunities" card lists (one bullet each)
     * beyond the cap: every prompt's summary, whether or not its card made the cap.
     */
    public static List<String> summaries(JsonPath response) {
        List<String> summaries = new ArrayList<>(response.getList("cards.summary", String.class));
        String more = response.getString(MORE + ".detail");
        if (more != null) {
            more.lines().filter(line -> line.startsWith("- ")).map(line -> line.substring(2)).forEach(summaries::add);
        }
        return summaries;
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
