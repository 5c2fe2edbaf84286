package org.everycontact.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.everycontact.cohorts.CohortFinder;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.hooks.CdsResponse;
import org.everycontact.hooks.HookPipeline;
import org.everycontact.hooks.HookRequest;
import org.everycontact.hooks.HookRequestParser;
import org.everycontact.hooks.ServiceCatalog;
import org.everycontact.opportunities.Opportunities;
import org.everycontact.opportunities.OpportunityFinder;
import org.everycontact.record.FhirSupport;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.RecordAssembler;
import org.everycontact.record.RecordRequest;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A patient-view call's steps against the floor, the HAPI parse of its prefetch (issue 10): (a)
 * {@link #parse}: the request's JSON read and each prefetch value parsed by HAPI; (b) {@link #assemble}: the record
 * assembled from the request's prefetch tree; (c) {@link #rules}: every cohort and opportunity rule
 * on the assembled record; (d) {@link #compose}: the cards and the response; (e) {@link #pipeline}:
 * request bytes to response bytes through the classes the hook handler uses ({@link HookRequestParser},
 * {@link HookPipeline}) without HTTP, the database (no snoozes) or the records of the call. The parts
 * are built as the service builds them but without Quarkus ({@link PipelineParts}).
 * scripts/bench-pipeline.sh prints each as a ratio to (a).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PipelineBenchmark {

    private static final LocalDate AS_OF = LocalDate.parse("2026-11-26");
    private static final long SEED = 26_112_026L;
    private static final String SERVICE = "everycontact";

    /** typical: a UK GP record of about 150 resources; large: a Synthea-style one of about 1,000. */
    @Param({"typical", "large"})
    public String record;

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private FhirSupport fhir;
    private ServiceCatalog catalog;
    private HookRequestParser parser;
    private HookPipeline pipeline;
    private RecordAssembler assembler;
    private CohortFinder cohorts;
    private OpportunityFinder finder;
    private byte[] requestBytes;
    private RecordRequest recordRequest;
    private HookPipeline.Evaluation evaluation;
    private HookRequest request;

    @Setup
    public void setUp() throws IOException {
        PipelineParts parts = PipelineParts.build(true);
        fhir = parts.fhir();
        catalog = parts.catalog();
        parser = parts.parser();
        pipeline = parts.pipeline();
        assembler = parts.assembler();
        cohorts = parts.cohorts();
        finder = parts.finder();

        String text = "typical".equals(record)
                ? SyntheticPrefetch.request(SyntheticPrefetch.Style.UK_GP, 150, AS_OF, SEED)
                : SyntheticPrefetch.request(SyntheticPrefetch.Style.SYNTHEA, 1_000, AS_OF, SEED);
        requestBytes = text.getBytes(StandardCharsets.UTF_8);
        request = parser.parse(SERVICE, json.readTree(requestBytes), catalog);
        recordRequest = pipeline.recordRequest(request, AS_OF);
        evaluation = pipeline.evaluate(request, AS_OF);
        CdsResponse response = pipeline.respond(request, evaluation, pipeline.cards(evaluation, Set.of()), Set.of(),
                false);
        System.out.printf("%n[setup] %s: %d request bytes, %d resources; %d findings, %d cards, %d response bytes%n",
                record, requestBytes.length, SyntheticRecords.count(evaluation.record()),
                evaluation.opportunities().findings().size(), response.cards().size(),
                json.writeValueAsBytes(response).length);
    }

    /** (a) The floor: the request read, and each prefetch value parsed by HAPI, as the service parses it. */
    @Benchmark
    public List<IBaseResource> parse() throws IOException {
        List<IBaseResource> parsed = new ArrayList<>();
        for (JsonNode value : json.readTree(requestBytes).path("prefetch")) {
            if (value.isObject()) {
                parsed.add(fhir.parseTree((ObjectNode) value));
            }
        }
        return parsed;
    }

    /** (b) Record assembly from the request's prefetch tree (its HAPI parse included). */
    @Benchmark
    public PatientRecord assemble() {
        return assembler.assemble(recordRequest);
    }

    /** (c) Every cohort and opportunity rule, on a record whose derived values start empty, as in a call. */
    @Benchmark
    public Opportunities rules() {
        PatientRecord fresh = sameEntries(evaluation.record());
        CohortProfile profile = cohorts.find(fresh, evaluation.place(), AS_OF);
        return finder.find(fresh, profile, AS_OF);
    }

    /** (d) The cards and the response with its assessment. */
    @Benchmark
    public CdsResponse compose() {
        return pipeline.respond(request, evaluation, pipeline.cards(evaluation, Set.of()), Set.of(), false);
    }

    /** (e) Request bytes to response bytes. */
    @Benchmark
    public byte[] pipeline() throws IOException {
        JsonNode body = json.readTree(requestBytes);
        HookRequest parsed = parser.parse(SERVICE, body, catalog);
        HookPipeline.Evaluation evaluated = pipeline.evaluate(parsed, AS_OF);
        return json.writeValueAsBytes(
                pipeline.respond(parsed, evaluated, pipeline.cards(evaluated, Set.of()), Set.of(), false));
    }

    private static PatientRecord sameEntries(PatientRecord r) {
        return new PatientRecord(r.demographics(), r.conditions(), r.observations(), r.immunizations(),
                r.procedures(), r.medications(), r.encounters(), r.completeness(), r.excludedResources());
    }
}
