package org.everycontact.opportunities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The HbA1c % to mmol/mol master equation (clinical-spec §8.2, U) and its display (T-UNIT-01). */
class Hba1cUnitsTest {

    @Test
    void T_UNIT_01_sevenPointFivePercentIsAbout58MmolPerMol() {
        assertEquals(0, new BigDecimal("58.47015").compareTo(Hba1cUnits.mmolPerMol(new BigDecimal("7.5"))));
        assertEquals("7.5 % (≈ 58 mmol/mol)", Hba1cUnits.display(
                new LifestyleReadings.Measured(LocalDate.of(2026, 6, 1), new BigDecimal("7.5"), "%")));
    }

    @Test
    void sixPointFivePercentIsTheDiagnosticThresholdOf48() {
        assertEquals("6.5 % (≈ 48 mmol/mol)", Hba1cUnits.display(
                new LifestyleReadings.Measured(LocalDate.of(2026, 6, 1), new BigDecimal("6.5"), "%")));
    }

    @Test
    void ifccValuesAreShownAsRecorded() {
        assertEquals("58 mmol/mol", Hba1cUnits.display(
                new LifestyleReadings.Measured(LocalDate.of(2026, 6, 1), new BigDecimal("58"), "mmol/mol")));
    }
}
