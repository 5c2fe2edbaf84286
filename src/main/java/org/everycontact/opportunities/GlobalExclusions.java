package org.everycontact.opportunities;

import java.time.LocalDate;
import org.everycontact.record.ConditionEntry;
import org.everycontact.record.ObservationEntry;
import org.everycontact.record.PatientRecord;
import org.everycontact.terminology.CodeSet;

/**
 * GX of clinical-spec §6: a deceased patient gets no prompt ({@link #excludesAny}); a patient on the
 * palliative care register ({@code PALCARE_COD}) gets no prompt from the rules GX lists (R-HTN-03,
 * R-NHC-01, R-LIP-03, R-SCR-* and MECC lifestyle; {@link #excludesPreventive}; hazard H15). Vaccines
 * are not on that list and use {@link #excludesAny}.
 * Registration type is not judged: how a temporary resident is represented is unverified (U).
 */
final class GlobalExclusions {

    private final CodeSet palliativeCare;

    GlobalExclusions(CodeSet palliativeCare) {
        this.palliativeCare = palliativeCare;
    }

    boolean excludesAny(PatientRecord record) {
        return record.demographics().deceased();
    }

    boolean excludesPreventive(PatientRecord record, LocalDate asOf) {
        return excludesAny(record) || onPalliativeCareRegister(record, asOf);
    }

    private boolean onPalliativeCareRegister(PatientRecord record, LocalDate asOf) {
        boolean activeCondition = record.index().conditions(palliativeCare.keys()).stream()
                .anyMatch(GlobalExclusions::isActive);
        return activeCondition || record.index().observations(palliativeCare.keys()).stream()
                .filter(ObservationEntry::isUsable)
                .anyMatch(o -> o.effective() == null || !o.effective().date().isAfter(asOf))
                || record.index().procedures(palliativeCare.keys()).stream()
                .anyMatch(p -> !"entered-in-error".equals(p.status()));
    }

    private static boolean isActive(ConditionEntry c) {
        if (c.isRefutedOrError()) {
            return false;
        }
        String status = c.clinicalStatus();
        return status == null || "active".equals(status) || "recurrence".equals(status) || "relapse".equals(status);
    }
}
