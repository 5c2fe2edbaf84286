package org.everycontact.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.everycontact.record.Completeness.Source;
import org.everycontact.record.Completeness.Status;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.jboss.logging.Logger;

/**
 * Builds one PatientRecord from prefetch and, for what prefetch lacks, the client's FHIR server.
 *
 * <p>Each prefetch key is one of the cases CDS Hooks distinguishes: absent (not sent: fetch it, or
 * 412 when there is no FHIR server), JSON null or an empty Bundle (known to be empty), an
 * OperationOutcome with errors, top-level or as a Bundle entry (the client failed: fetch it), or a
 * Bundle with a next link (follow it). All fetches run in parallel under one deadline; what misses
 * it is marked incomplete rather than guessed. Only resources of the key's own type are read,
 * and the Medications any Bundle carries, for the medicines that name one by reference
 * ({@link MedicationLookup}); anything else (a stray Patient) is ignored. A medicine whose
 * Medication is not at hand has no codes, and its type is marked partial so that rules judging the
 * absence of a medicine are withheld rather than misled.
 */
@Singleton
public class RecordAssembler {

    private static final Logger LOG = Logger.getLogger(RecordAssembler.class);
    private static final String UNRESOLVED_MEDICATION = "medication reference not resolved";

    private final FhirSupport fhir;
    private final RecordFetcher fetcher;
    private final FetchConfig config;

    public RecordAssembler(FhirSupport fhir, RecordFetcher fetcher, FetchConfig config) {
        this.fhir = fhir;
        this.fetcher = fetcher;
        this.config = config;
    }

    public PatientRecord assemble(RecordRequest request) {
        Map<String, Retrieved> prefetched = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (PrefetchQuery query : request.queries()) {
            if (!request.prefetch().containsKey(query.key())) {
                missing.add(query.key());
            } else {
                prefetched.put(query.key(), parse(query, request.prefetch().get(query.key())));
            }
        }
        if (!missing.isEmpty() && request.server() == null) {
            throw new MissingDataException(missing,
                    "prefetch did not supply these keys and the request names no fhirServer to fetch them from");
        }

        Instant deadline = Instant.now().plus(config.deadline());
        Map<String, Future<Retrieved>> running = new LinkedHashMap<>();
        for (PrefetchQuery query : request.queries()) {
            Retrieved have = prefetched.get(query.key());
            boolean needsFetch = have == null || have.incomplete();
            if (needsFetch && request.server() != null) {
                Retrieved continueFrom = have != null && have.hasMore() ? have : null;
                running.put(query.key(), fetcher.start(request.server(), query, continueFrom, deadline));
            }
        }

        Map<ResourceKind, Completeness> completeness = new EnumMap<>(ResourceKind.class);
        Map<ResourceKind, List<Resource>> byKind = new EnumMap<>(ResourceKind.class);
        List<Resource> carried = new ArrayList<>();
        for (PrefetchQuery query : request.queries()) {
            Future<Retrieved> future = running.get(query.key());
            Retrieved result = future == null ? prefetched.get(query.key()) : await(future, deadline);
            Source source = future == null ? Source.PREFETCH : Source.FHIR_SERVER;
            completeness.merge(query.kind(), completenessOf(result, source), RecordAssembler::worse);
            carried.addAll(result.resources());
            result.resources().stream()
                    .filter(resource -> resource.fhirType().equals(query.kind().fhirType()))
                    .forEach(byKind.computeIfAbsent(query.kind(), k -> new ArrayList<>())::add);
        }
        String patientKey = request.queries().stream().filter(q -> q.kind() == ResourceKind.PATIENT)
                .map(PrefetchQuery::key).findFirst().orElse(ResourceKind.PATIENT.fhirType());
        return build(request, patientKey, byKind, completeness, new MedicationLookup(carried));
    }

    /**
     * Parses one prefetch value: a search key must hold a Bundle (or an OperationOutcome), a read key
     * the resource it names (or an OperationOutcome).
     */
    private Retrieved parse(PrefetchQuery query, JsonNode value) {
        String key = query.key();
        if (value == null || value.isNull()) {
            return Retrieved.of(List.of(), null);
        }
        if (!value.isObject()) {
            throw new InvalidPrefetchException(key, "prefetch '" + key + "' is neither a FHIR resource nor null");
        }
        Resource resource;
        try {
            resource = (Resource) fhir.parseTree((ObjectNode) value);
        } catch (RuntimeException e) {
            // HAPI's parser answers some malformed input (a blank resourceType, a Bundle entry with a
            // null resource) with a NullPointerException or IllegalArgumentException, not a
            // DataFormatException: all of them are the caller's mistake.
            throw new InvalidPrefetchException(key, "prefetch '" + key + "' is not valid FHIR R4 JSON");
        }
        String expected = query.isRead() ? query.kind().fhirType() : "Bundle";
        if (!expected.equals(resource.fhirType()) && !"OperationOutcome".equals(resource.fhirType())) {
            throw new InvalidPrefetchException(key, "prefetch '" + key + "' must be a " + expected
                    + " (or an OperationOutcome), not a " + resource.fhirType());
        }
        return Bundles.read(resource);
    }

    private static Retrieved await(Future<Retrieved> future, Instant deadline) {
        long remaining = Math.max(1, deadline.toEpochMilli() - System.currentTimeMillis());
        try {
            return future.get(remaining, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return Retrieved.failure(FetchBounds.DEADLINE);
        } catch (ExecutionException e) {
            return Retrieved.failure("fetch failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Retrieved.failure("interrupted");
        }
    }

    private static Completeness completenessOf(Retrieved result, Source source) {
        if (result.failed()) {
            return new Completeness(Status.UNAVAILABLE, source, result.failure());
        }
        if (result.hasMore()) {
            return new Completeness(Status.PARTIAL, source, "more pages than could be followed");
        }
        if (result.shortfall() != null) {
            return new Completeness(Status.PARTIAL, source, result.shortfall());
        }
        return Completeness.complete(source);
    }

    /** The medicine's codes; none, counted against its type, when its Medication is not at hand. */
    private static List<Code> medicineCodes(Type medication, DomainResource holder, ResourceKind kind,
                                            MedicationLookup lookup, Map<ResourceKind, Integer> unresolved) {
        Optional<List<Code>> codes = ResourceMapper.medicineCodes(medication, holder, lookup);
        if (codes.isEmpty()) {
            unresolved.merge(kind, 1, Integer::sum);
        }
        return codes.orElse(List.of());
    }

    private static Completeness worse(Completeness a, Completeness b) {
        return a.status().compareTo(b.status()) >= 0 ? a : b;
    }

    private PatientRecord build(RecordRequest request, String patientKey, Map<ResourceKind, List<Resource>> byKind,
                                Map<ResourceKind, Completeness> completeness, MedicationLookup lookup) {
        int excluded = 0;
        Map<ResourceKind, Integer> unresolved = new EnumMap<>(ResourceKind.class);
        Patient patient = null;
        List<ConditionEntry> conditions = new ArrayList<>();
        List<ObservationEntry> observations = new ArrayList<>();
        List<ImmunizationEntry> immunizations = new ArrayList<>();
        List<ProcedureEntry> procedures = new ArrayList<>();
        List<MedicationEntry> medications = new ArrayList<>();
        List<EncounterEntry> encounters = new ArrayList<>();
        for (List<Resource> resources : byKind.values()) {
            for (Resource resource : resources) {
                if (!SubjectCheck.belongsTo(resource, request.patientId())) {
                    excluded++;
                    continue;
                }
                if (resource instanceof Patient p) {
                    patient = p;
                } else if (resource instanceof Condition c) {
                    conditions.add(ResourceMapper.condition(c));
                } else if (resource instanceof Observation o) {
                    observations.add(ResourceMapper.observation(o));
                } else if (resource instanceof Immunization i) {
                    immunizations.add(ResourceMapper.immunization(i));
                } else if (resource instanceof Procedure p) {
                    procedures.add(ResourceMapper.procedure(p));
                } else if (resource instanceof MedicationRequest m) {
                    medications.add(ResourceMapper.medication(m, medicineCodes(m.getMedication(), m,
                            ResourceKind.MEDICATION_REQUEST, lookup, unresolved)));
                } else if (resource instanceof MedicationStatement m) {
                    medications.add(ResourceMapper.medication(m, medicineCodes(m.getMedication(), m,
                            ResourceKind.MEDICATION_STATEMENT, lookup, unresolved)));
                } else if (resource instanceof Encounter e) {
                    encounters.add(ResourceMapper.encounter(e));
                }
            }
        }
        if (excluded > 0) {
            LOG.warnf("security: %d resource(s) about another patient were left out of the record", excluded);
        }
        unresolved.forEach((kind, count) -> {
            LOG.infof("%d %s medication reference(s) not resolved: the type is marked partial", count, kind.fhirType());
            completeness.merge(kind, new Completeness(Status.PARTIAL, completeness.get(kind).source(),
                    UNRESOLVED_MEDICATION), RecordAssembler::worse);
        });
        if (patient == null) {
            throw new MissingDataException(List.of(patientKey), "the context patient's Patient resource could not be obtained");
        }
        return new PatientRecord(ResourceMapper.demographics(patient, request.asOf()), conditions, observations, immunizations,
                procedures, medications, encounters, completeness, excluded);
    }
}
