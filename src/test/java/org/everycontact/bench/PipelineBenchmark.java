package org.everycontact.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.smallrye.config.SmallRyeConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.everycontact.cards.CardComposer;
import org.everycontact.cards.CardLimits;
import org.everycontact.cards.ServiceDirectory;
import org.everycontact.cards.ServiceDirectoryParameters;
import org.everycontact.cards.SuggestionFactory;
import org.everycontact.cohorts.CohortFinder;
import org.everycontact.cohorts.CohortParameters;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.hooks.CdsResponse;
import org.everycontact.hooks.HookPipeline;
import org.everycontact.hooks.HookRequest;
import org.everycontact.hooks.HookRequestParser;
import org.everycontact.hooks.PrefetchConfig;
import org.everycontact.hooks.ServiceCatalog;
import org.everycontact.opportunities.CardiovascularParameters;
import org.everycontact.opportunities.ChildrenParameters;
import org.everycontact.opportunities.ClinicalParameters;
import org.everycontact.opportunities.LifestyleParameters;
import org.everycontact.opportunities.MaternityParameters;
import org.everycontact.opportunities.Opportunities;
import org.everycontact.opportunities.OpportunityFinder;
import org.everycontact.opportunities.ScreeningParameters;
import org.everycontact.opportunities.VaccineParameters;
import org.everycontact.record.FetchConfig;
import org.everycontact.record.FhirSupport;
import org.everycontact.record.PatientRecord;
import org.everycontact.record.RecordAssembler;
import org.everycontact.record.RecordFetcher;
import org.everycontact.record.RecordRequest;
import org.everycontact.terminology.ConceptMapLibrary;
import org.everycontact.terminology.ValueSetLibrary;
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
 * {@link #parse}: each prefetch value's JSON text parsed by HAPI; (b) {@link #assemble}: the record
 * assembled from the request's prefetch tree; (c) {@link #rules}: every cohort and opportunity rule
 * on the assembled record; (d) {@link #compose}: the cards and the response; (e) {@link #pipeline}:
 * request bytes to response bytes through the classes the hook handler uses ({@link HookRequestParser},
 * {@link HookPipeline}) without HTTP, the database (no snoozes) or the records of the call. The parts
 * are built as the service builds them but without Quarkus (see {@link ShippedConfig}).
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
    private List<String> prefetchTexts;
    private RecordRequest recordRequest;
    private HookPipeline.Evaluation evaluation;
    private HookRequest request;

    @Setup
    public void setUp() throws IOException {
        SmallRyeConfig config = ShippedConfig.load();
        FetchConfig fetch = config.getConfigMapping(FetchConfig.class);
        fhir = new FhirSupport(fetch);
        ValueSetLibrary valueSets = new ValueSetLibrary(fhir, Optional.empty());
        CohortParameters cohortParameters = config.getConfigMapping(CohortParameters.class);
        finder = new OpportunityFinder(config.getConfigMapping(ClinicalParameters.class),
                config.getConfigMapping(CardiovascularParameters.class),
                config.getConfigMapping(LifestyleParameters.class), config.getConfigMapping(VaccineParameters.class),
                config.getConfigMapping(ScreeningParameters.class), config.getConfigMapping(MaternityParameters.class),
                config.getConfigMapping(ChildrenParameters.class), valueSets);
        cohorts = new CohortFinder(valueSets, new ConceptMapLibrary(fhir), cohortParameters);
        assembler = new RecordAssembler(fhir, new RecordFetcher(fhir, fetch), fetch);
        CardComposer composer = new CardComposer(valueSets, config.getConfigMapping(CardLimits.class),
                new ServiceDirectory(config.getConfigMapping(ServiceDirectoryParameters.class), cohortParameters),
                new SuggestionFactory(fhir, valueSets));
        catalog = new ServiceCatalog(config.getConfigMapping(PrefetchConfig.class));
        parser = new HookRequestParser(true);
        pipeline = new HookPipeline(catalog, assembler, finder, composer,
                ReferenceIndexes.service(ReferenceIndexes.shipped()), cohorts, valueSets);

        String text = "typical".equals(record)
                ? SyntheticPrefetch.request(SyntheticPrefetch.Style.UK_GP, 150, AS_OF, SEED)
                : SyntheticPrefetch.request(SyntheticPrefetch.Style.SYNTHEA, 1_000, AS_OF, SEED);
        requestBytes = text.getBytes(StandardCharsets.UTF_8);
        request = parser.parse(SERVICE, json.readTree(requestBytes), catalog);
        prefetchTexts = new ArrayList<>();
        request.prefetch().values().forEach(value -> prefetchTexts.add(value.toString()));
        recordRequest = pipeline.recordRequest(request, AS_OF);
        evaluation = pipeline.evaluate(request, AS_OF);
        CdsResponse response = pipeline.respond(request, evaluation, pipeline.cards(evaluation, Set.of()), Set.of(),
                false);
        System.out.printf("%n[setup] %s: %d request bytes, %d resources; %d findings, %d cards, %d response bytes%n",
                record, requestBytes.length, SyntheticRecords.count(evaluation.record()) ,
                evaluation.opportunities().findings().size(), response.cards().size(),
                json.writeValueAsBytes(response).length);
    }

    /** (a) The floor: HAPI parses each prefetch value's JSON text. */
    @Benchmark
    public List<IBaseResource> parse() {
        List<IBaseResource> parsed = new ArrayList<>(prefetchTexts.size());
        for (String text : prefetchTexts) {
            parsed.add(fhir.jsonParser().parseResource(text));
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
