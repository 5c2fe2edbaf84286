package org.everycontact.record;

import java.util.List;

public record ProcedureEntry(List<Code> codes, String status, ClinicalTime performed) {
}
