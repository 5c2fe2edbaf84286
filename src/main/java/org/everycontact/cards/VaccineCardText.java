package org.everycontact.cards;

import java.time.LocalDate;
import java.util.Optional;
import org.everycontact.opportunities.Evidence;
import org.everycontact.opportunities.Finding;

/**
 * What the vaccination cards share (clinical-spec §6.5, §6.8, §9.3): the evidence lookups, the
 * sources, and the one line per seasonal or pneumococcal vaccine that both its own card and the
 * respiratory bundle's card show. Wording says "not recorded", never "not given" (hazard H01).
 */
final class VaccineCardText {

    static final String FLU_URL = "https://www.gov.uk/government/publications/national-flu-immunisation-programme-plan-2026-to-2027/national-flu-immunisation-programme-2026-to-2027-letter";
    static final String COVID_URL = "https://www.gov.uk/government/news/advice-accepted-on-spring-2026-covid-19-vaccination-programme";
    static final String PNEUMOCOCCAL_URL = "https://www.gov.uk/government/publications/change-of-vaccine-for-the-routine-adult-pneumococcal-vaccination-programme-and-individuals-at-increased-clinical-risk/change-of-vaccine-for-the-routine-adult-pneumococcal-vaccination-programme-and-individuals-at-increased-clinical-risk-letter";
    static final String SHINGLES_URL = "https://www.gov.uk/government/publications/shingles-herpes-zoster-the-green-book-chapter-28a";
    static final String RSV_URL = "https://www.gov.uk/government/news/advice-accepted-on-extending-the-rsv-vaccination-programme";
    static final String CORE20PLUS5_URL = "https://www.england.nhs.uk/about/equality/equality-hub/national-healthcare-inequalities-improvement-programme/core20plus5/evidence-for-the-five-clinical-priorities/";

    static final String FLU_SOURCE = "National flu immunisation programme 2026 to 2027 letter (DHSC, UKHSA, NHS England); "
            + "Green Book chapter 19.";
    static final String COVID_SOURCE = "COVID-19 vaccination programme (DHSC, JCVI advice accepted); Green Book chapter 14a.";
    static final String PNEUMOCOCCAL_SOURCE = "Adult pneumococcal programme, change to PCV20 (UKHSA, NHS England, "
            + "Dec 2025); Green Book chapter 25.";
    static final String RECORD_IT = "If it was given elsewhere (pharmacy, hospital), record it; if the patient "
            + "declines, record the decline.";

    private VaccineCardText() {
    }

    static Optional<String> value(Finding finding, String label) {
        return finding.evidence().stream().filter(e -> label.equals(e.label()) && e.value() != null)
                .map(Evidence::value).findFirst();
    }

    static Optional<LocalDate> date(Finding finding, String label) {
        return finding.evidence().stream().filter(e -> label.equals(e.label()) && e.date() != null)
                .map(Evidence::date).findFirst();
    }

    /** "Flu: none recorded since 01 Sep 2026 (2026/27 season); last 12 Oct 2025", from R-VAC-FLU-01's evidence. */
    static String fluLine(Finding finding) {
        return "Flu: none recorded since " + CardText.date(date(finding, "Flu season opened").orElseThrow())
                + " (" + value(finding, "Flu season").orElseThrow() + " season)"
                + last(finding, "Last flu vaccination") + "; eligible as "
                + value(finding, "Flu eligible as").orElseThrow() + ".";
    }

    /** From R-VAC-COV-01's evidence. */
    static String covidLine(Finding finding) {
        return "COVID-19: none recorded since " + CardText.date(date(finding, "COVID-19 campaign opened").orElseThrow())
                + " (" + value(finding, "COVID-19 campaign").orElseThrow() + " campaign)"
                + last(finding, "Last COVID-19 vaccination") + "; eligible as "
                + value(finding, "COVID-19 eligible as").orElseThrow() + ".";
    }

    /** From R-VAC-PNEU-01's evidence. */
    static String pneumococcalLine(Finding finding) {
        return "Pneumococcal: none recorded"
                + date(finding, "Pneumococcal counted from").map(d -> " since " + CardText.date(d)).orElse("")
                + last(finding, "Last pneumococcal vaccination") + "; eligible as "
                + value(finding, "Pneumococcal eligible as").orElseThrow() + ".";
    }

    private static String last(Finding finding, String label) {
        return date(finding, label).map(d -> "; last recorded " + CardText.date(d)).orElse("");
    }
}
