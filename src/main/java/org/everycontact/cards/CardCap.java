package org.everycontact.cards;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Clinical-spec §7 C1: at most {@code max} rule cards a call, in rank order; the others are summarised
 * in one "n more opportunities" card whose detail lists each held-back prompt's summary, so that
 * nothing is lost, and whose findings extension lists their rule ids.
 */
final class CardCap {

    static final int LOWEST = 1;
    static final int HIGHEST = 5;

    private final int max;

    /** @throws IllegalArgumentException naming the setting when {@code max} is outside 1 to 5 */
    CardCap(int max) {
        if (max < LOWEST || max > HIGHEST) {
            throw new IllegalArgumentException("everycontact.cards.max-per-hook is " + max + ": it must be from "
                    + LOWEST + " to " + HIGHEST + " (clinical-spec C1: each extra card lowers acceptance)");
        }
        this.max = max;
    }

    /** The ranked cards that are shown. */
    List<Card> shown(List<Card> ranked) {
        return ranked.subList(0, Math.min(max, ranked.size()));
    }

    /** The card summarising the ranked cards beyond the cap, if any. */
    Optional<Card> more(List<Card> ranked) {
        if (ranked.size() <= max) {
            return Optional.empty();
        }
        List<Card> rest = ranked.subList(max, ranked.size());
        String detail = "Held back so that no more than " + max + (max == 1 ? " prompt is" : " prompts are")
                + " shown at once; in order of priority:\n"
                + rest.stream().map(card -> "- " + card.summary()).collect(Collectors.joining("\n"));
        List<String> ruleIds = rest.stream().flatMap(card -> ruleIds(card).stream()).toList();
        return Optional.of(new Card(UUID.randomUUID().toString(),
                rest.size() + " more " + (rest.size() == 1 ? "opportunity" : "opportunities")
                        + " for this patient — see the list in the card",
                detail, "info",
                new Source("EveryContact: at most " + max + " prompts per consultation", null,
                        CardTopics.of(CardTopics.MORE_OPPORTUNITIES, "More opportunities")),
                List.of(), List.of(), Map.of(CardComposer.FINDINGS_EXTENSION, ruleIds)));
    }

    private static List<String> ruleIds(Card card) {
        return ((List<?>) card.extension().get(CardComposer.FINDINGS_EXTENSION)).stream()
                .map(String.class::cast).toList();
    }
}
