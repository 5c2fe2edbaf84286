package org.everycontact.opportunities;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.everycontact.record.ObservationEntry;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.Quantity;
import org.everycontact.terminology.CodeSet;

/**
 * Cholesterol results of a record in mmol/L (clinical-spec §8.2, hazard H12): mmol/L as recorded,
 * mg/dL (Synthea and US data) divided by the configured factor (38.67); any other unit, "%" for
 * one, cannot be read and the result is kept as unreadable, for the data-quality note, never
 * judged against a threshold. The UCUM code is read when given, otherwise the unit text.
 * Observations entered-in-error, cancelled or preliminary (IN-6), without a value, without an
 * effective date or dated after the as-of date are left out.
 */
final class LabValues {

    /** The cholesterol measures the lipid rules judge, with the label cards show. */
    enum Measure {
        LDL("LDL cholesterol"),
        NON_HDL("Non-HDL cholesterol");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** One result; {@code mmolPerL} is null when its unit cannot be read. */
    record Result(Measure measure, LocalDate date, Instant instant, Quantity recorded, BigDecimal mmolPerL) {

        boolean readable() {
            return mmolPerL != null;
        }

        /** "2.1 mmol/L" as recorded, or "2.33 mmol/L (90 mg/dL)" for a converted value. */
        String display() {
            if (!readable()) {
                return recordedDisplay();
            }
            if (isMmolPerL(unitOf(recorded))) {
                return recorded.value().toPlainString() + " mmol/L";
            }
            return mmolPerL.setScale(2, RoundingMode.HALF_UP).toPlainString() + " mmol/L (" + recordedDisplay() + ")";
        }

        /** The value with its unit as recorded, e.g. "3.1 %". */
        String recordedDisplay() {
            String unit = unitOf(recorded);
            return recorded.value().toPlainString() + (unit == null ? "" : " " + unit);
        }
    }

    static final Comparator<Result> CHRONOLOGICAL = Comparator.comparing(Result::date)
            .thenComparing(r -> r.instant() == null ? Instant.MIN : r.instant());

    private static final Set<String> MMOL_PER_L = Set.of("mmol/L", "mmol/l");
    private static final Set<String> MG_PER_DL = Set.of("mg/dL", "mg/dl");

    private final CodeSet ldl;
    private final CodeSet nonHdl;
    private final BigDecimal mgPerDlPerMmolPerL;

    LabValues(CodeSet ldl, CodeSet nonHdl, BigDecimal mgPerDlPerMmolPerL) {
        this.ldl = ldl;
        this.nonHdl = nonHdl;
        this.mgPerDlPerMmolPerL = mgPerDlPerMmolPerL;
    }

    /** Every LDL and non-HDL cholesterol result on or before the as-of date, oldest first. */
    List<Result> cholesterol(PatientRecord record, LocalDate asOf) {
        List<Result> results = new ArrayList<>();
        // only an Observation coded LDL or non-HDL gives a result
        for (ObservationEntry o : record.index().observations(ldl.keys(), nonHdl.keys())) {
            if (!o.isUsable() || "preliminary".equals(o.status()) || o.effective() == null
                    || o.effective().date().isAfter(asOf) || o.value() == null || o.value().value() == null) {
                continue;
            }
            Measure measure = ldl.containsAny(o.codes()) ? Measure.LDL
                    : nonHdl.containsAny(o.codes()) ? Measure.NON_HDL : null;
            if (measure != null) {
                results.add(new Result(measure, o.effective().date(), o.effective().instant(), o.value(),
                        mmolPerL(o.value()).orElse(null)));
            }
        }
        results.sort(CHRONOLOGICAL);
        return results;
    }

    /** The value in mmol/L, or empty when the unit is neither mmol/L nor mg/dL. */
    Optional<BigDecimal> mmolPerL(Quantity quantity) {
        String unit = unitOf(quantity);
        if (isMmolPerL(unit)) {
            return Optional.of(quantity.value());
        }
        if (unit != null && MG_PER_DL.contains(unit)) {
            return Optional.of(quantity.value().divide(mgPerDlPerMmolPerL, MathContext.DECIMAL64));
        }
        return Optional.empty();
    }

    private static boolean isMmolPerL(String unit) {
        return unit != null && MMOL_PER_L.contains(unit);
    }

    private static String unitOf(Quantity quantity) {
        return quantity.code() != null ? quantity.code() : quantity.unit();
    }
}
