package org.everycontact.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Coding;

/**
 * What an example patient should produce when the service runs it on its as-of date, written into the
 * example's Bundle as {@code Bundle.meta.tag} codings (fhir-profiles/README.md, "Example patients"):
 * each expected finding as its card-topic code, the rest as codes of the example-expectation CodeSystem.
 *
 * @param findings the rule ids of the findings, exactly: no other rule may fire
 * @param imdEdition the IMD edition the service must be configured with for the deprivation expectations
 *                   ({@code null}: the example does not depend on it and runs under the default edition)
 * @param core20 whether the home neighbourhood is Core20 ({@code null}: not stated)
 * @param imdDecile the English IMD decile of the home neighbourhood ({@code null}: not stated)
 * @param nationalIndex the devolved nation's index the postcode is reported under ({@code null}: not stated)
 * @param noFixedAbode whether the assessment carries the fact {@code no-fixed-abode}
 */
public record Expectation(LocalDate asOf, SortedSet<String> findings, String imdEdition, Boolean core20,
        Integer imdDecile, String nationalIndex, boolean noFixedAbode) {

    public static final String SYSTEM = "https://everycontact.org/fhir/CodeSystem/example-expectation";
    public static final String FINDING_SYSTEM = "https://everycontact.org/fhir/CodeSystem/card-topic";
    /** The clinical spec's as-of date, the one the test profile fixes: most examples hold on it. */
    public static final LocalDate AS_OF = LocalDate.parse("2026-11-26");

    private static final String AS_OF_PREFIX = "as-of-";
    private static final String EDITION_PREFIX = "imd-edition-";
    private static final String DECILE_PREFIX = "imd-decile-";
    private static final String NATIONAL_PREFIX = "national-index-";
    private static final String NO_FINDINGS = "no-findings";
    private static final String CORE20 = "core20";
    private static final String NOT_CORE20 = "not-core20";
    private static final String NO_FIXED_ABODE = "no-fixed-abode";

    public Expectation {
        findings = new TreeSet<>(findings);
    }

    public static Expectation fires(String... ruleIds) {
        return new Expectation(AS_OF, new TreeSet<>(Set.of(ruleIds)), null, null, null, null, false);
    }

    public Expectation on(LocalDate date) {
        return new Expectation(date, findings, imdEdition, core20, imdDecile, nationalIndex, noFixedAbode);
    }

    /** An English neighbourhood: its decile in the edition, and whether that makes it Core20. */
    public Expectation england(String edition, int decile, boolean isCore20) {
        return new Expectation(asOf, findings, edition, isCore20, decile, nationalIndex, noFixedAbode);
    }

    /** A devolved nation's postcode: reported under its own index, never Core20. */
    public Expectation devolved(String edition, String index) {
        return new Expectation(asOf, findings, edition, false, null, index, noFixedAbode);
    }

    /** The NHS pseudo-postcode for no fixed abode: no neighbourhood, never Core20. */
    public Expectation withNoFixedAbode(String edition) {
        return new Expectation(asOf, findings, edition, false, null, nationalIndex, true);
    }

    /** The tags that state this expectation, in a fixed order. */
    public List<Coding> tags() {
        List<Coding> tags = new ArrayList<>();
        tags.add(expectation(AS_OF_PREFIX + asOf));
        if (findings.isEmpty()) {
            tags.add(expectation(NO_FINDINGS));
        }
        findings.forEach(f -> tags.add(new Coding(FINDING_SYSTEM, f, null)));
        if (imdEdition != null) {
            tags.add(expectation(EDITION_PREFIX + imdEdition));
        }
        if (core20 != null) {
            tags.add(expectation(core20 ? CORE20 : NOT_CORE20));
        }
        if (imdDecile != null) {
            tags.add(expectation(DECILE_PREFIX + imdDecile));
        }
        if (nationalIndex != null) {
            tags.add(expectation(NATIONAL_PREFIX + nationalIndex));
        }
        if (noFixedAbode) {
            tags.add(expectation(NO_FIXED_ABODE));
        }
        return tags;
    }

    private static Coding expectation(String code) {
        return new Coding(SYSTEM, code, null);
    }

    /** Reads the expectation back from a Bundle's tags; a tag it does not know is an error. */
    public static Expectation of(List<Coding> tags) {
        LocalDate asOf = null;
        SortedSet<String> findings = new TreeSet<>();
        String edition = null;
        Boolean core20 = null;
        Integer decile = null;
        String national = null;
        boolean noFixedAbode = false;
        for (Coding tag : tags) {
            String code = tag.getCode();
            if (FINDING_SYSTEM.equals(tag.getSystem())) {
                findings.add(code);
            } else if (!SYSTEM.equals(tag.getSystem())) {
                throw new IllegalArgumentException("tag of an unknown system " + tag.getSystem());
            } else if (code.startsWith(AS_OF_PREFIX)) {
                asOf = LocalDate.parse(code.substring(AS_OF_PREFIX.length()));
            } else if (code.startsWith(EDITION_PREFIX)) {
                edition = code.substring(EDITION_PREFIX.length());
            } else if (code.startsWith(DECILE_PREFIX)) {
                decile = Integer.valueOf(code.substring(DECILE_PREFIX.length()));
            } else if (code.startsWith(NATIONAL_PREFIX)) {
                national = code.substring(NATIONAL_PREFIX.length());
            } else if (code.equals(CORE20) || code.equals(NOT_CORE20)) {
                core20 = code.equals(CORE20);
            } else if (code.equals(NO_FIXED_ABODE)) {
                noFixedAbode = true;
            } else if (!code.equals(NO_FINDINGS)) {
                throw new IllegalArgumentException("unknown expectation code " + code);
            }
        }
        if (asOf == null) {
            throw new IllegalArgumentException("no as-of date tag");
        }
        return new Expectation(asOf, findings, edition, core20, decile, national, noFixedAbode);
    }
}
