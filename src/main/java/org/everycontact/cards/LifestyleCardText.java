package org.everycontact.cards;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/** What the SMI and MECC cards share: evidence lookups, look-back wording, month dates, sources, the VBA pattern. */
final class LifestyleCardText {

    static final String SMI_GUIDANCE = "https://www.england.nhs.uk/long-read/improving-the-physical-health-of-people-"
            + "living-with-severe-mental-illness/";
    static final String IND98 = "https://www.nice.org.uk/indicators/ind98-smoking-support-and-treatment-for-people-"
            + "with-long-term-conditions-or-smi";
    static final String ALCOHOL_GUIDANCE = "https://www.gov.uk/guidance/clinical-guidelines-for-alcohol-treatment/"
            + "3-identification-and-brief-interventions";
    static final String NG246 = "https://www.nice.org.uk/guidance/ng246";
    static final String CMO_ACTIVITY = "https://www.gov.uk/government/publications/physical-activity-guidelines-uk-"
            + "chief-medical-officers-report";

    static final String VERY_BRIEF_ADVICE = "Very brief advice";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private LifestyleCardText() {
    }

    /**
     * A MECC script in the Ask–Advise–Act pattern of clinical-spec §9.2, as one detail bullet:
     * "- **Very brief advice (Ask–Advise–Act):** Ask: … Advise: … Act: …". Each part is a full sentence.
     */
    static String askAdviseAct(String heading, String ask, String advise, String act) {
        return "- **" + heading + " (Ask–Advise–Act):** Ask: " + ask + " Advise: " + advise + " Act: " + act + "\n";
    }

    /** "Jan 2026". */
    static String month(LocalDate date) {
        return MONTH.format(date);
    }

    static Optional<Evidence> find(Finding finding, String label) {
        return finding.evidence().stream().filter(e -> label.equals(e.label())).findFirst();
    }

    static Stream<Evidence> startingWith(Finding finding, String prefix) {
        return finding.evidence().stream().filter(e -> e.label().startsWith(prefix));
    }

    /** "2 years", "12 months", "5 years" for a look-back in months. */
    static String period(String months) {
        int m = Integer.parseInt(months);
        return m % 12 == 0 && m > 12 ? (m / 12) + " years" : m + " months";
    }
}
