package org.everycontact.cards;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/cards.md, the catalogue of every card type, in step with the code: every example patient
 * goes through the real hook endpoint and the catalogue is rendered from the cards it answers. With
 * {@code -Dcatalogue.write=true} the test writes the file; otherwise it fails while the file differs.
 * Every code of the card-topic CodeSystem (one per kind of card, each rule's card included) must be
 * shown by some example, and every card shown must carry one of its codes.
 */
@QuarkusTest
@TestProfile(CatalogueProfile.class)
class CardCatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Path CARD_TOPICS = Path.of("fhir-profiles/CodeSystem-card-topic.json");

    @Test
    void catalogueShowsEveryCardTypeAndMatchesTheCode() throws IOException {
        Map<String, String> topics = cardTopics();
        List<CardCatalogue.Shown> shown = new ArrayList<>();
        for (CatalogueExamples.Example example : CatalogueExamples.all()) {
            shown.add(new CardCatalogue.Shown(example, cards(example)));
        }
        checkEveryCardTypeIsShown(topics, shown);

        String catalogue = new CardCatalogue(topics).render(shown);
        Path file = Path.of(CardCatalogue.PATH);
        if (Boolean.getBoolean("catalogue.write")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, catalogue);
            return;
        }
        assertTrue(Files.exists(file), CardCatalogue.PATH + " is missing; generate it with: " + CardCatalogue.REGENERATE);
        String checkedIn = Files.readString(file).replace("\r\n", "\n");
        if (!checkedIn.equals(catalogue)) {
            fail(CardCatalogue.PATH + " is stale (" + firstDifference(checkedIn, catalogue)
                    + "); regenerate it with: " + CardCatalogue.REGENERATE);
        }
    }

    private static List<Card> cards(CatalogueExamples.Example example) throws IOException {
        String body = given().contentType("application/json").body(example.request().toString())
                .when().post("/cds-services/everycontact").then().statusCode(200).extract().asString();
        List<Card> cards = new ArrayList<>();
        for (JsonNode card : JSON.readTree(body).get("cards")) {
            // A suggested resource is raw JSON on the wire and a String in the Card record.
            for (JsonNode suggestion : card.path("suggestions")) {
                for (JsonNode action : suggestion.path("actions")) {
                    ((ObjectNode) action).put("resource", action.path("resource").toString());
                }
            }
            cards.add(JSON.treeToValue(card, Card.class));
        }
        return cards;
    }

    private static void checkEveryCardTypeIsShown(Map<String, String> topics, List<CardCatalogue.Shown> shown) {
        Set<String> notShown = new LinkedHashSet<>(topics.keySet());
        List<String> problems = new ArrayList<>();
        for (CardCatalogue.Shown s : shown) {
            String wanted = s.example().topic();
            List<String> answered = s.cards().stream().map(CardCatalogue::topicOf).toList();
            if (wanted != null && !answered.contains(wanted)) {
                problems.add("example \"" + s.example().title() + "\" no longer shows a " + wanted
                        + " card (cards: " + answered + ")");
            }
            answered.stream().filter(topic -> !topics.containsKey(topic))
                    .forEach(topic -> problems.add("card topic " + topic + " is not in " + CARD_TOPICS));
            if (wanted == null) {
                answered.forEach(notShown::remove);
            } else {
                notShown.remove(wanted);
            }
        }
        notShown.forEach(topic -> problems.add("no example patient shows a " + topic
                + " card: add one to CatalogueExamples"));
        assertEquals(List.of(), problems, "card catalogue");
    }

    /** The card-topic CodeSystem's codes and displays, in its order. */
    private static Map<String, String> cardTopics() throws IOException {
        Map<String, String> topics = new LinkedHashMap<>();
        for (JsonNode concept : JSON.readTree(CARD_TOPICS.toFile()).get("concept")) {
            topics.put(concept.get("code").asText(), concept.get("display").asText());
        }
        return topics;
    }

    private static String firstDifference(String checkedIn, String generated) {
        List<String> expected = checkedIn.lines().toList();
        List<String> actual = generated.lines().toList();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String was = i < expected.size() ? expected.get(i) : "(end of file)";
            String now = i < actual.size() ? actual.get(i) : "(end of file)";
            if (!was.equals(now)) {
                return "line " + (i + 1) + " reads \"" + was + "\" but the code gives \"" + now + "\"";
            }
        }
        return "line endings differ";
    }
}
