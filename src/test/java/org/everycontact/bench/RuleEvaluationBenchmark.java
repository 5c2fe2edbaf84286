package org.everycontact.bench;

import io.smallrye.config.SmallRyeConfig;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.everycontact.cohorts.CohortFinder;
import org.everycontact.cohorts.CohortParameters;
import org.everycontact.cohorts.CohortProfile;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.opportunities.CardiovascularParameters;
import org.everycontact.opportunities.ChildrenParameters;
import org.everycontact.opportunities.ClinicalParameters;
import org.everycontact.opportunities.Finding;
import org.everycontact.opportunities.LifestyleParameters;
import org.everycontact.opportunities.MaternityParameters;
import org.everycontact.opportunities.Opportunities;
import org.everycontact.opportunities.OpportunityFinder;
import org.everycontact.opportunities.ScreeningParameters;
import org.everycontact.opportunities.VaccineParameters;
import org.everycontact.record.FetchConfig;
import org.everycontact.record.FhirSupport;
import org.everycontact.record.PatientRecord;
import org.everycontact.terminology.ConceptMapLibrary;
import org.everycontact.terminology.ValueSetLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rules' hot path: {@link OpportunityFinder#find} runs every rule on one {@link SyntheticRecords}
 * record of {@link #resources} resources. The finders are the product's, built as the service builds
 * them but without Quarkus: the shipped application.properties (campaigns included) through SmallRye
 * Config, and the shipped ValueSets and ConceptMaps. The cohort profile is the cohorts part's own answer
 * for the record, its home postcode placed by the shipped deprivation index.
 *
 * <p>{@link #opportunities} is the requirement's measure; {@link #cohortsAndOpportunities} adds
 * {@link CohortFinder#find}, as a hook call runs both, and {@link #indexedOpportunities} adds building
 * the record's code index. Each call gets a record of its own (see {@link #newRecordForEachCall}).
 * Run with {@code -prof gc} for bytes/op.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RuleEvaluationBenchmark {

    /** The clinical spec's as-of date: inside the 2026/27 flu campaign. */
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-26");
    private static final long SEED = 26_112_026L;

    /** Resources in the record, the Patient included. */
    @Param({"500", "2000"})
    public int resources;

    private OpportunityFinder opportunityFinder;
    private CohortFinder cohortFinder;
    private PatientRecord record;
    private Deprivation deprivation;
    private CohortProfile profile;

    @Setup(Level.Trial)
    public void setUp() {
        SmallRyeConfig config = ShippedConfig.load();
        FhirSupport fhir = new FhirSupport(config.getConfigMapping(FetchConfig.class));
        ValueSetLibrary valueSets = new ValueSetLibrary(fhir, Optional.empty());
        opportunityFinder = new OpportunityFinder(config.getConfigMapping(ClinicalParameters.class),
                config.getConfigMapping(CardiovascularParameters.class),
                config.getConfigMapping(LifestyleParameters.class), config.getConfigMapping(VaccineParameters.class),
                config.getConfigMapping(ScreeningParameters.class), config.getConfigMapping(MaternityParameters.class),
                config.getConfigMapping(ChildrenParameters.class), valueSets);
        cohortFinder = new CohortFinder(valueSets, new ConceptMapLibrary(fhir),
                config.getConfigMapping(CohortParameters.class));
        record = SyntheticRecords.of(resources, AS_OF, SEED);
        deprivation = ReferenceIndexes.service(ReferenceIndexes.shipped()).assess(record.demographics().homePostcode());
        profile = cohortFinder.find(record, deprivation, AS_OF);
        Opportunities found = opportunityFinder.find(record, profile, AS_OF);
        System.out.printf("%n[setup] resources=%d: %d (%s); %s; cohorts %s, areas %s; %d findings %s, %d withheld%n",
                resources, SyntheticRecords.count(record), record, deprivation,
                profile.cohorts().stream().map(c -> c.id()).toList(), profile.areas().stream().map(c -> c.id()).toList(),
                found.findings().size(), found.findings().stream().map(Finding::ruleId).toList(),
                found.withheld().size());
    }

    /**
     * A new record with the same entries before each call, as each hook call assembles its own: the
     * values the rules share within a call (the record index's derived values) start empty, as in the
     * service. Building its code index is not timed here; {@link #indexedOpportunities} times it too.
     */
    @Setup(Level.Invocation)
    public void newRecordForEachCall() {
        record = sameEntries(record);
    }

    private static PatientRecord sameEntries(PatientRecord r) {
        return new PatientRecord(r.demographics(), r.conditions(), r.observations(), r.immunizations(),
                r.procedures(), r.medications(), r.encounters(), r.completeness(), r.excludedResources());
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    public Opportunities opportunities() {
        return opportunityFinder.find(record, profile, AS_OF);
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    public Opportunities cohortsAndOpportunities() {
        return opportunityFinder.find(record, cohortFinder.find(record, deprivation, AS_OF), AS_OF);
    }

    /** The record's code index built (as record assembly builds it), then every rule. */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    public Opportunities indexedOpportunities() {
        return opportunityFinder.find(sameEntries(record), profile, AS_OF);
    }
}
