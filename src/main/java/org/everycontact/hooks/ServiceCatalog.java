package org.everycontact.hooks;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.everycontact.record.ResourceKind;

/**
 * The services EveryContact offers: one service id for patient-view (its main hook) and, with the
 * same logic and id, encounter-start and appointment-book, so that a client replaces the cards of
 * one hook with those of the next (CDS Hooks "update stale guidance").
 *
 * <p>Prefetch templates stay inside the spec's query subset: instance read, type search with a
 * patient reference, date with a {@code ge} prefix, and {@code _count}. Dates are computed from
 * the as-of date each time the templates are built. So the medication templates carry no
 * {@code _include} of the Medications that UK records name by reference: the record part reads
 * those an EHR sends in the Bundle anyway, and asks for them itself when it fetches.
 */
@Singleton
public class ServiceCatalog {

    public static final String SERVICE_ID = "everycontact";

    static final String USAGE = "Needs read access to the patient's Patient, Condition, Observation, Immunization, "
            + "Procedure, MedicationRequest, MedicationStatement and Encounter resources (FHIR R4, UK Core), through "
            + "prefetch or through fhirServer with fhirAuthorization. Clinician-facing only; England.";

    private static final String DESCRIPTION = "Making Every Contact Count prompts for English general practice: "
            + "finds missed opportunities (blood pressure, screening, vaccination, lifestyle) and prioritises "
            + "NHS England Core20PLUS5 groups. Answers with at most a few short cards.";

    private final PrefetchConfig config;

    private final Set<String> prefetchKeys;

    public ServiceCatalog(PrefetchConfig config) {
        this.config = config;
        this.prefetchKeys = prefetch(LocalDate.EPOCH).stream().map(PrefetchSpec::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A prefetch key with the resource type it returns and its template. */
    public record PrefetchSpec(String key, ResourceKind kind, String template) {
    }

    public List<ServiceDescriptor> descriptors(LocalDate asOf) {
        Map<String, String> prefetch = new LinkedHashMap<>();
        prefetch(asOf).forEach(spec -> prefetch.put(spec.key(), spec.template()));
        return Arrays.stream(Hook.values())
                .map(hook -> new ServiceDescriptor(hook.wireName(), title(hook), DESCRIPTION, SERVICE_ID,
                        prefetch, USAGE))
                .toList();
    }

    /** The hook this service answers under the given id, if it does. */
    public Optional<Hook> find(String serviceId, String hookName) {
        if (!SERVICE_ID.equals(serviceId)) {
            return Optional.empty();
        }
        return Hook.of(hookName);
    }

    public boolean exists(String serviceId) {
        return SERVICE_ID.equals(serviceId);
    }

    /** The prefetch keys of every hook (they do not depend on the date). */
    public Set<String> prefetchKeys() {
        return prefetchKeys;
    }

    /**
     * The prefetch templates for the as-of date. Conditions, Immunizations and Procedures are asked for
     * whatever their age: once-only events (a pneumococcal or shingles vaccination recorded as a
     * procedure, a hysterectomy) count for life, and GP records hold few of them.
     */
    public List<PrefetchSpec> prefetch(LocalDate asOf) {
        String patient = "patient={{context.patientId}}";
        String count = "&_count=" + config.pageSize();
        LocalDate longAgo = asOf.minusMonths(config.observationLookbackMonths());
        LocalDate recent = asOf.minusMonths(config.recentLookbackMonths());
        return List.of(
                new PrefetchSpec("patient", ResourceKind.PATIENT, "Patient/{{context.patientId}}"),
                new PrefetchSpec("conditions", ResourceKind.CONDITION, "Condition?" + patient + count),
                new PrefetchSpec("observations", ResourceKind.OBSERVATION,
                        "Observation?" + patient + "&date=ge" + longAgo + count),
                new PrefetchSpec("immunizations", ResourceKind.IMMUNIZATION, "Immunization?" + patient + count),
                new PrefetchSpec("procedures", ResourceKind.PROCEDURE, "Procedure?" + patient + count),
                new PrefetchSpec("medicationRequests", ResourceKind.MEDICATION_REQUEST,
                        "MedicationRequest?" + patient + "&authoredon=ge" + recent + count),
                new PrefetchSpec("medicationStatements", ResourceKind.MEDICATION_STATEMENT,
                        "MedicationStatement?" + patient + count),
                new PrefetchSpec("encounters", ResourceKind.ENCOUNTER,
                        "Encounter?" + patient + "&date=ge" + recent + count));
    }

    private static String title(Hook hook) {
        return switch (hook) {
            case PATIENT_VIEW -> "EveryContact: missed opportunities and Core20PLUS5 prompts";
            case ENCOUNTER_START -> "EveryContact: prompts at the start of a consultation";
            case APPOINTMENT_BOOK -> "EveryContact: prompts when booking an appointment";
        };
    }
}
