package org.everycontact.opportunities;

import java.util.List;
import org.everycontact.record.ResourceKind;

/** A rule not run because the record lacks resource types it needs in full (clinical-spec C5). */
public record Withheld(String ruleId, List<ResourceKind> incomplete) {
}
