package org.everycontact.opportunities;

import java.util.List;

/** The outcome of running every rule on one record: what was found and what could not be judged. */
public record Opportunities(List<Finding> findings, List<Withheld> withheld) {

    public Opportunities {
        findings = List.copyOf(findings);
        withheld = List.copyOf(withheld);
    }
}
