package org.everycontact.simulator;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Patient;

/**
 * One example patient as the simulator lists it, read from its transaction Bundle: the Bundle's id, and
 * from {@code Bundle.meta.tag} (fhir-profiles/README.md, "Example patients") the as-of date the
 * expectations hold on, whether the home is Core20 and the rule ids expected to fire.
 *
 * @param core20 whether the home neighbourhood is Core20; {@code null} when the example does not say
 * @param description one line: sex and age on the as-of date, Core20 or not, the rules expected
 */
public record ExampleSummary(String id, String description, LocalDate asOf, Boolean core20,
        List<String> expectedFindings) {

    static final String EXPECTATION_SYSTEM = "https://everycontact.org/fhir/CodeSystem/example-expectation";
    static final String FINDING_SYSTEM = "https://everycontact.org/fhir/CodeSystem/card-topic";
    private static final String AS_OF_PREFIX = "as-of-";
    private static final String DECILE_PREFIX = "imd-decile-";

    static ExampleSummary of(Bundle bundle) {
        LocalDate asOf = null;
        Boolean core20 = null;
        String decile = null;
        List<String> findings = new ArrayList<>();
        for (Coding tag : bundle.getMeta().getTag()) {
            String code = tag.getCode();
            if (FINDING_SYSTEM.equals(tag.getSystem())) {
                findings.add(code);
            } else if (EXPECTATION_SYSTEM.equals(tag.getSystem())) {
                if (code.startsWith(AS_OF_PREFIX)) {
                    asOf = LocalDate.parse(code.substring(AS_OF_PREFIX.length()));
                } else if (code.equals("core20") || code.equals("not-core20")) {
                    core20 = code.equals("core20");
                } else if (code.startsWith(DECILE_PREFIX)) {
                    decile = code.substring(DECILE_PREFIX.length());
                }
            }
        }
        String id = bundle.getIdElement().getIdPart();
        if (asOf == null) {
            throw new IllegalArgumentException("example " + id + " has no as-of tag");
        }
        return new ExampleSummary(id, describe(patient(bundle), asOf, core20, decile, findings), asOf, core20,
                List.copyOf(findings));
    }

    private static Patient patient(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance).map(Patient.class::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("example " + bundle.getIdElement().getIdPart()
                        + " holds no Patient"));
    }

    private static String describe(Patient patient, LocalDate asOf, Boolean core20, String decile,
                                   List<String> findings) {
        StringBuilder line = new StringBuilder();
        line.append(patient.hasGender() ? capitalised(patient.getGender().toCode()) : "Sex unknown");
        String born = patient.getBirthDateElement().getValueAsString();
        if (born != null && born.length() == "YYYY-MM-DD".length()) {
            line.append(", aged ").append(Period.between(LocalDate.parse(born), asOf).getYears());
        }
        if (core20 != null) {
            line.append(core20 ? ", Core20" : ", not Core20");
        }
        if (decile != null) {
            line.append(" (IMD decile ").append(decile).append(')');
        }
        line.append(findings.isEmpty() ? "; expects no findings" : "; expects " + String.join(", ", findings));
        return line.append(" (as of ").append(asOf).append(')').toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
