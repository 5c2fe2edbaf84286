package org.everycontact.record;

import java.util.List;

public record EncounterEntry(String classCode, List<Code> types, String status, ClinicalTime start) {
}
