package org.everycontact.opportunities;

import java.util.List;

/** A missed opportunity found by one rule, identified by its clinical-spec rule id. */
public record Finding(String ruleId, List<Evidence> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
