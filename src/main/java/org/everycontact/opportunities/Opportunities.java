package org.everycontact.opportunities;

import java.util.List;
import java.util.Map;

/**
 * The outcome of running every rule on one record: what was found, in card order (clinical-spec C7),
 * the ranking tier of each finding's rule, and what could not be judged.
 *
 * @param tiers for each finding's rule id, the tier its rule ranks in ({@link Rule#tier()})
 */
public record Opportunities(List<Finding> findings, Map<String, Tier> tiers, List<Withheld> withheld) {

    public Opportunities {
        findings = List.copyOf(findings);
        tiers = Map.copyOf(tiers);
        withheld = List.copyOf(withheld);
        for (Finding finding : findings) {
            if (!tiers.containsKey(finding.ruleId())) {
                throw new IllegalArgumentException("no tier for rule " + finding.ruleId());
            }
        }
    }

    public Tier tier(Finding finding) {
        return tiers.get(finding.ruleId());
    }
}
