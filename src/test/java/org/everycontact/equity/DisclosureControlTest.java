package org.everycontact.equity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.everycontact.equity.DisclosureControl.Cell;
import org.everycontact.equity.DisclosureControl.Sum;
import org.junit.jupiter.api.Test;

/** Primary and secondary suppression, threshold 5. */
class DisclosureControlTest {

    private final DisclosureControl control = new DisclosureControl(5);

    private static List<Long> shown(Cell... cells) {
        return Stream.of(cells).map(Cell::shown).toList();
    }

    private static List<Long> expected(Long... values) {
        return Arrays.asList(values);
    }

    @Test
    void countsFromOneToFourAreSuppressedAndZeroAndFiveAreShown() {
        Cell zero = new Cell(0), one = new Cell(1), four = new Cell(4), five = new Cell(5), sixteen = new Cell(16);
        Cell total = new Cell(26);
        control.protect(List.of(zero, one, four, five, sixteen, total),
                List.of(new Sum(total, List.of(zero, one, four, five, sixteen))));
        assertEquals(expected(0L, null, null, 5L, 16L, 26L), shown(zero, one, four, five, sixteen, total));
    }

    @Test
    void aSingleSuppressedCountTakesTheNextSmallestNonZeroOneWithIt() {
        Cell two = new Cell(2), zero = new Cell(0), six = new Cell(6), nine = new Cell(9), total = new Cell(17);
        control.protect(List.of(two, zero, six, nine, total), List.of(new Sum(total, List.of(two, zero, six, nine))));
        assertEquals(expected(null, 0L, null, 9L, 17L), shown(two, zero, six, nine, total));
    }

    @Test
    void suppressionCarriesOnThroughEverySumACountIsIn() {
        // Quintile 1 (9) is suppressed with its sibling (3); Core20 counts the same 9, so it goes too.
        Cell quintile1 = new Cell(9), quintile3 = new Cell(3), all = new Cell(12), core20 = new Cell(9);
        // Trend: Core20's 9 were all in the first of two weeks; with Core20 suppressed, that week goes too
        // and the empty week stays 0 (two unknowns in the sum).
        Cell week1 = new Cell(9), week2 = new Cell(0);
        control.protect(List.of(quintile1, quintile3, all, core20, week1, week2), List.of(
                new Sum(all, List.of(quintile1, quintile3)),
                new Sum(core20, List.of(quintile1)),
                new Sum(core20, List.of(week1, week2))));
        assertEquals(expected(null, null, 12L, null), shown(quintile1, quintile3, all, core20));
        assertEquals(expected(null, 0L), shown(week1, week2));
    }

    @Test
    void theRulesAreStatedWithTheThreshold() {
        DisclosureRules rules = control.rules();
        assertEquals(5, rules.threshold());
        assertEquals("Primary: counts from 1 to 4 are suppressed; zero is shown.", rules.rules().get(0));
    }
}
