package org.everycontact.record;

import java.math.BigDecimal;

/** A measured value with its unit as recorded (UCUM code where given). */
public record Quantity(BigDecimal value, String unit, String system, String code) {
}
