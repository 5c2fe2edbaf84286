package org.everycontact.cards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders docs/cards.md: every card type with the card the service composed for an example patient,
 * field by field, so a clinical safety officer can review every word without running the service.
 * Works from {@link Card}'s accessors only; uuids are random, so none is shown.
 */
final class CardCatalogue {

    static final String PATH = "docs/cards.md";
    static final String REGENERATE = "./mvnw -B -q test -Dtest=CardCatalogueTest -Dcatalogue.write=true";

    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** An example's title and the cards the service answered with, in order. */
    record Shown(CatalogueExamples.Example example, List<Card> cards) {
    }

    private final Map<String, String> topics;
    private final StringBuilder out = new StringBuilder();

    /** @param topics the card-topic CodeSystem's codes, in its order, with their displays */
    CardCatalogue(Map<String, String> topics) {
        this.topics = topics;
    }

    String render(List<Shown> shown) {
        line("# Card catalogue");
        line();
        line("Every kind of card EveryContact sends, as the service composes it for an example patient. This file is "
                + "generated from the code by `CardCatalogueTest`: do not edit it by hand. After changing any card "
                + "wording, regenerate it with");
        line();
        line("```bash");
        line(REGENERATE);
        line("```");
        line();
        line("and review the difference; the test fails while this file is stale. The examples are the clinical-spec "
                + "§11 test vectors where one exists, sent as a `patient-view` call with the as-of date 2026-11-26 and "
                + "the shipped configuration, plus one example autumn 2026 COVID-19 campaign (none is shipped, "
                + "clinical-spec §12) so that the COVID-19 card can be shown. Besides what its title says, each example's "
                + "record holds this year's routine records (blood pressure, BMI, smoking, alcohol and activity "
                + "status, Health Check, bowel screening, vaccines) except the one it is about, so that its card is "
                + "not crowded out by others. Card `uuid`s are random and left out. Each card's *Detail* is its "
                + "Markdown exactly as sent, shown as a quotation.");
        line();
        Map<String, List<Shown>> byTopic = new LinkedHashMap<>();
        topics.keySet().forEach(topic -> byTopic.put(topic, new ArrayList<>()));
        List<Shown> wholeResponses = new ArrayList<>();
        for (Shown s : shown) {
            if (s.example().topic() == null) {
                wholeResponses.add(s);
            } else {
                byTopic.computeIfAbsent(s.example().topic(), topic -> new ArrayList<>()).add(s);
            }
        }
        line("## Contents");
        line();
        byTopic.keySet().forEach(topic -> line("- " + topic + ": " + topics.getOrDefault(topic, "(not in the card-topic CodeSystem)")));
        line("- Several findings for one patient: ranking, merging and the cap");
        byTopic.forEach((topic, examples) -> {
            line();
            line("## " + topic + ": " + topics.getOrDefault(topic, "(not in the card-topic CodeSystem)"));
            for (Shown s : examples) {
                line();
                line("*Example:* " + s.example().title() + ".");
                line();
                line("*Cards in the response, in order:* " + topicsOf(s.cards()) + ".");
                s.cards().stream().filter(card -> topic.equals(topicOf(card))).forEach(this::card);
            }
        });
        line();
        line("## Several findings for one patient: ranking, merging and the cap");
        for (Shown s : wholeResponses) {
            line();
            line("*Example:* " + s.example().title() + ". The whole response, in order.");
            int n = 0;
            for (Card card : s.cards()) {
                line();
                line("### " + ++n + ". " + topicOf(card));
                card(card);
            }
        }
        return UUID.matcher(out).replaceAll("<uuid>");
    }

    private void card(Card card) {
        line();
        line("- **Summary** (" + card.summary().length() + " characters): " + card.summary());
        line("- **Indicator:** " + card.indicator());
        Source source = card.source();
        line("- **Source:** " + source.label() + (source.url() == null ? "" : " <" + source.url() + ">")
                + (source.topic() == null ? "" : "; topic `" + source.topic().code() + "` " + source.topic().display()));
        if (card.extension() != null) {
            new TreeMap<>(card.extension()).forEach((key, value) -> line("- **Extension** `" + key + "`: " + json(value)));
        }
        line("- **Detail:**");
        line();
        card.detail().lines().forEach(detailLine -> line(detailLine.isEmpty() ? ">" : "> " + detailLine));
        line();
        if (card.links() == null || card.links().isEmpty()) {
            line("- **Links:** none");
        } else {
            line("- **Links:**");
            card.links().forEach(link -> line("  - " + link.label() + " <" + link.url() + "> (" + link.type() + ")"));
        }
        if (card.suggestions() == null || card.suggestions().isEmpty()) {
            line("- **Suggestions:** none");
        } else {
            line("- **Suggestions** (selection behaviour " + card.selectionBehavior() + "):");
            card.suggestions().forEach(suggestion -> suggestion.actions().forEach(action -> {
                line("  - " + suggestion.label() + " — " + action.type() + ": " + action.description());
                line("    `" + action.resource() + "`");
            }));
        }
        if (card.overrideReasons() == null || card.overrideReasons().isEmpty()) {
            line("- **Override reasons:** none");
        } else {
            line("- **Override reasons:** " + card.overrideReasons().stream()
                    .map(reason -> "`" + reason.code() + "` " + reason.display()).collect(Collectors.joining("; ")));
        }
    }

    static String topicOf(Card card) {
        return card.source() == null || card.source().topic() == null ? null : card.source().topic().code();
    }

    private static String topicsOf(List<Card> cards) {
        return cards.isEmpty() ? "none" : cards.stream().map(CardCatalogue::topicOf).collect(Collectors.joining(", "));
    }

    private static String json(Object value) {
        try {
            return "`" + JSON.writeValueAsString(value) + "`";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("card extension is not JSON", e);
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void line() {
        out.append('\n');
    }
}
