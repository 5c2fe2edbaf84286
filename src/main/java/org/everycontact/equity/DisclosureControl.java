package org.everycontact.equity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Statistical disclosure control of the equity report. Primary: a count from 1 to threshold − 1 is
 * suppressed (zero is shown). Secondary: where counts add up to another one that is shown (groups to the
 * total, override reasons to the overrides, trend periods to the period's count), a single suppressed
 * count could be recovered by subtraction, so the smallest other non-zero count of the same sum (a zero
 * one only when no other is left, then the sum itself) is suppressed too, repeated until no sum has
 * exactly one unknown. Rates and gaps computed from a
 * suppressed count are suppressed by the report.
 */
final class DisclosureControl {

    /** Written for suppressed cells in CSV. */
    static final String MARKER = "suppressed";

    private final int threshold;

    DisclosureControl(int threshold) {
        this.threshold = threshold;
    }

    /** One count of the report, shown or suppressed. */
    static final class Cell {
        private final long value;
        private boolean suppressed;

        Cell(long value) {
            this.value = value;
        }

        long value() {
            return value;
        }

        boolean suppressed() {
            return suppressed;
        }

        /** The count as published: null when suppressed. */
        Long shown() {
            return suppressed ? null : value;
        }
    }

    /** Counts that add up: {@code total}, published unless suppressed, is the sum of {@code parts}. */
    record Sum(Cell total, List<Cell> parts) {
    }

    /** Suppresses the small counts among {@code cells}, then what would reveal them through {@code sums}. */
    void protect(Collection<Cell> cells, List<Sum> sums) {
        cells.forEach(cell -> cell.suppressed = cell.value > 0 && cell.value < threshold);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                changed |= protect(sum);
            }
        }
    }

    private static boolean protect(Sum sum) {
        long suppressed = sum.parts().stream().filter(Cell::suppressed).count() + (sum.total().suppressed ? 1 : 0);
        if (suppressed != 1) {
            return false;
        }
        Optional<Cell> next = sum.parts().stream().filter(cell -> !cell.suppressed)
                .min(Comparator.comparing((Cell cell) -> cell.value == 0).thenComparingLong(cell -> cell.value))
                .or(() -> Optional.of(sum.total()).filter(cell -> !cell.suppressed));
        next.ifPresent(cell -> cell.suppressed = true);
        return next.isPresent();
    }

    /** The two rules, as the report states them. */
    DisclosureRules rules() {
        return new DisclosureRules(threshold, MARKER, List.of(
                "Primary: counts from 1 to " + (threshold - 1) + " are suppressed; zero is shown.",
                "Secondary: where counts add up to a published count (groups to the total, override reasons to"
                        + " the overrides, trend periods to the whole period), a single suppressed count would be"
                        + " recoverable, so the next smallest non-zero count of the same sum is suppressed too.",
                "Rates and gaps computed from a suppressed count are suppressed."));
    }
}
