package org.everycontact.opportunities;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * HbA1c units (clinical-spec §8.2, hazard H12, T-UNIT-01). UK results are IFCC mmol/mol; Synthea and
 * US records give NGSP/DCCT %. Converted with the master equation mmol/mol = (% − 2.15) × 10.929,
 * which the spec quotes from memory (U).
 */
final class Hba1cUnits {

    /** (U) The master equation's offset, in %. */
    static final BigDecimal NGSP_OFFSET = new BigDecimal("2.15");
    /** (U) The master equation's factor, mmol/mol per %. */
    static final BigDecimal IFCC_PER_NGSP = new BigDecimal("10.929");

    private Hba1cUnits() {
    }

    /** An NGSP % value in IFCC mmol/mol, unrounded. */
    static BigDecimal mmolPerMol(BigDecimal percent) {
        return percent.subtract(NGSP_OFFSET).multiply(IFCC_PER_NGSP);
    }

    /** "7.5 % (≈ 58 mmol/mol)" for a % value, "58 mmol/mol" for an IFCC one, else the value as recorded. */
    static String display(LifestyleReadings.Measured hba1c) {
        if ("%".equals(hba1c.unit())) {
            return hba1c.plainValue() + " % (≈ " + mmolPerMol(hba1c.value()).setScale(0, RoundingMode.HALF_UP)
                    + " mmol/mol)";
        }
        return hba1c.unit() == null ? hba1c.plainValue() : hba1c.plainValue() + " " + hba1c.unit();
    }
}
