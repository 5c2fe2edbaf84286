package org.everycontact.examples;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.everycontact.support.TestPatient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Writes an example patient as the FHIR R4 transaction Bundle of fhir-profiles/examples: the Patient and
 * its records as conditional-free POST entries with {@code urn:uuid} full URLs (any FHIR server can load
 * them), the expectation as {@code Bundle.meta.tag}, and the example's name as {@code Bundle.identifier}.
 * What the example shows is in the README table, not in a narrative: HAPI parses a narrative's XHTML with
 * XML classes that clash between Quarkus test applications in one JVM. UUIDs derive from the example's
 * name, so the output is the same on every run.
 */
public final class ExampleBundles {

    public static final String FOLDER = "fhir-profiles/examples";
    public static final String REGENERATE = "./mvnw -B -q test -Dtest=ExampleFilesTest -Dexamples.write=true";
    private static final FhirContext FHIR = TestPatient.FHIR;
    /** The identifier system of the example Bundles: the value is the example's name. */
    private static final String EXAMPLE_SYSTEM = "https://everycontact.org/fhir/example-patient";
    private static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    /** The types of the records a patient's examples hold, in the order the Bundle lists them. */
    private static final List<String> RECORD_TYPES = List.of("Condition", "Observation", "Immunization",
            "Procedure", "MedicationRequest", "MedicationStatement", "Encounter");
    /** NHS numbers 999 000 0000 to 999 999 9999 are reserved for testing and never issued to a person. */
    private static final long TEST_NHS_NUMBERS = 999_000_000L;

    private ExampleBundles() {
    }

    /** The file text of each example, numbered by its place in the list (which gives its NHS number). */
    public static String json(ExamplePatient example, int number) {
        return FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(transaction(example, number)) + "\n";
    }

    static Bundle transaction(ExamplePatient example, int number) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        bundle.setId(example.name());
        bundle.getIdentifier().setSystem(EXAMPLE_SYSTEM).setValue(example.name());
        bundle.getMeta().setTag(example.expectation().tags());
        String patientUrl = uuid(example.name() + "/Patient");
        entry(bundle, patientUrl, patient(example, number));
        for (String type : RECORD_TYPES) {
            for (Resource original : example.record().resourcesOf(type)) {
                Resource resource = original.copy();
                String url = uuid(example.name() + "/" + type + "/" + original.getIdElement().getIdPart());
                resource.setId((String) null);
                // Every reference to a Patient in an example is to its one patient.
                FHIR.newTerser().getAllResourceReferences(resource).stream()
                        .map(r -> r.getResourceReference())
                        .filter(r -> "Patient".equals(r.getReferenceElement().getResourceType()))
                        .forEach(r -> r.setReference(patientUrl));
                entry(bundle, url, resource);
            }
        }
        return bundle;
    }

    private static Patient patient(ExamplePatient example, int number) {
        Patient patient = example.record().patient().copy();
        patient.setId((String) null);
        patient.addIdentifier().setSystem(NHS_NUMBER).setValue(nhsNumber(number));
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily("Example").addGiven("Sam");
        return patient;
    }

    /** The expected findings as a reader sees them: rule ids, or "none". */
    static String findings(Expectation expectation) {
        return expectation.findings().isEmpty() ? "none" : String.join(", ", expectation.findings());
    }

    private static void entry(Bundle bundle, String fullUrl, Resource resource) {
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl(resource.fhirType());
    }

    private static String uuid(String seed) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code number}th valid NHS number of the test range (Modulus 11 check digit). */
    static String nhsNumber(int number) {
        int valid = 0;
        for (long base = TEST_NHS_NUMBERS + 1; ; base++) {
            String digits = Long.toString(base);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10 && valid++ == number) {
                return digits + check;
            }
        }
    }

    /** The README table of the examples: file, what it shows, as-of date, expected findings, place. */
    public static String readmeTable(List<ExamplePatient> examples) {
        return "| file | what it shows | as of | expected findings | deprivation expected |\n"
                + "|---|---|---|---|---|\n"
                + examples.stream().map(ExampleBundles::readmeRow).collect(Collectors.joining());
    }

    private static String readmeRow(ExamplePatient example) {
        Expectation e = example.expectation();
        StringBuilder place = new StringBuilder();
        if (e.imdEdition() != null) {
            place.append(e.imdEdition());
        }
        if (e.imdDecile() != null) {
            place.append(", decile ").append(e.imdDecile());
        }
        if (e.core20() != null) {
            place.append(e.core20() ? ", Core20" : ", not Core20");
        }
        if (e.nationalIndex() != null) {
            place.append(", ").append(e.nationalIndex());
        }
        if (e.noFixedAbode()) {
            place.append(", no fixed abode");
        }
        return "| `examples/" + example.file() + "` | " + example.shows() + " | " + e.asOf() + " | "
                + findings(e) + " | " + place + " |\n";
    }
}
