package org.everycontact.cohorts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which cohorts EveryContact looks for, and how (clinical-spec §3.3 to §5).
 *
 * <p>PLUS groups are chosen locally by each ICS (§3.5). A hook request names no practice, so the
 * practice's ICB is configured for the deployment ({@link #icb()}); its entry under {@link #icbs()}
 * lists its active groups, and without one the deployment's {@link #plusGroups()} apply. The ICB of the
 * patient's home neighbourhood is deliberately not used: a cross-boundary patient is prioritised by the
 * programme of the ICB that commissions their practice.
 */
@ConfigMapping(prefix = "everycontact.cohorts")
public interface CohortParameters {

    /**
     * Treat 2001-census code R (Chinese, under "Other ethnic groups") as Asian, as the 2021 census
     * does. The spec author's recommendation, graded <b>U</b>: needs clinical sign-off (§3.4).
     */
    @WithDefault("true")
    boolean chineseAsAsian();

    /**
     * The deployment's default active PLUS groups, by {@link PlusGroup#id()}. The locally coded and
     * area groups are listed but find nobody until their codes or areas are configured.
     */
    @WithDefault("learning-disability,autism,homeless,carer,care-home,gypsy-roma-traveller,ethnic-minority,"
            + "vulnerable-migrant,sex-worker,justice-contact,modern-slavery,drug-dependence,coastal-community")
    Set<PlusGroup> plusGroups();

    /** The practice's ICB, by its NHS code (e.g. {@code QOP}); none by default. */
    Optional<String> icb();

    /** Per ICB code: the PLUS groups that ICB chose. */
    Map<String, Icb> icbs();

    /** One ICB's choices. */
    interface Icb {
        /** Its active PLUS groups; without it, the deployment's default list. */
        Optional<Set<PlusGroup>> plusGroups();
    }

    /**
     * Per locally coded group ({@code vulnerable-migrant}, {@code sex-worker}, {@code justice-contact},
     * {@code modern-slavery}, {@code drug-dependence}): the codes that place a patient in it. No
     * national list was verified (U); none by default.
     */
    Map<String, LocalGroup> localGroups();

    /** One locally coded group. */
    interface LocalGroup {
        /** Codes as {@code system|code}; a bare code is SNOMED CT. */
        Optional<List<String>> codes();
    }

    /**
     * Groups whose name and codes never leave the service (clinical-spec §9.4, hazard H16, T-LANG-02):
     * a patient in any of them is reported once as {@code plus:local}, "prioritised (local programme)".
     */
    @WithDefault("vulnerable-migrant,sex-worker,justice-contact,modern-slavery,drug-dependence")
    Set<PlusGroup> sensitiveGroups();

    /** The coastal communities the ICS lists (U: area-level, not derivable nationally). */
    Coastal coastal();

    /** Coastal areas; none by default. */
    interface Coastal {
        /** LSOA codes (2011 or 2021, as the deprivation lookup reports the home neighbourhood). */
        Optional<Set<String>> lsoas();

        /**
         * Local authority district codes; a neighbourhood's district is read from the shipped IoD File 1
         * (LSOA 2021 to LAD 2024, and LSOA 2011 to LAD 2019).
         */
        Optional<Set<String>> districts();
    }

    /** Core20PLUS5 clinical areas (§4 adults, §5 children and young people). */
    Areas areas();

    /** Ages and windows that place a patient in a clinical area. */
    interface Areas {
        /** Adult areas from this age; children and young people's areas below it. */
        @WithDefault("18")
        int adultAge();

        /** Pregnancy recorded within this many weeks (8.5 months, R-MAT-01; PREGDEL is not loaded). */
        @WithDefault("37")
        int pregnancyWeeks();

        /** Bowel screening ages, inclusive (S25). */
        @WithDefault("50")
        int bowelScreeningFromAge();

        @WithDefault("74")
        int bowelScreeningToAge();

        /** Breast screening ages, inclusive: 50 to the 71st birthday, women (S26). */
        @WithDefault("50")
        int breastScreeningFromAge();

        @WithDefault("70")
        int breastScreeningToAge();

        /** Cervical screening ages, inclusive, women (S24; trans and non-binary rules are U). */
        @WithDefault("25")
        int cervicalScreeningFromAge();

        @WithDefault("64")
        int cervicalScreeningToAge();

        /** Oral health: children under this age, Core20 or in a PLUS group (R-CYP-ORAL-01). */
        @WithDefault("10")
        int oralHealthUnderAge();
    }
}
