package org.everycontact.bench;

import io.smallrye.config.SmallRyeConfig;
import java.util.Optional;
import org.everycontact.cards.CardComposer;
import org.everycontact.cards.CardLimits;
import org.everycontact.cards.ServiceDirectory;
import org.everycontact.cards.ServiceDirectoryParameters;
import org.everycontact.cards.SuggestionFactory;
import org.everycontact.cohorts.CohortFinder;
import org.everycontact.cohorts.CohortParameters;
import org.everycontact.hooks.HookPipeline;
import org.everycontact.hooks.HookRequestParser;
import org.everycontact.hooks.PrefetchConfig;
import org.everycontact.hooks.ServiceCatalog;
import org.everycontact.opportunities.CardiovascularParameters;
import org.everycontact.opportunities.ChildrenParameters;
import org.everycontact.opportunities.ClinicalParameters;
import org.everycontact.opportunities.LifestyleParameters;
import org.everycontact.opportunities.MaternityParameters;
import org.everycontact.opportunities.OpportunityFinder;
import org.everycontact.opportunities.ScreeningParameters;
import org.everycontact.opportunities.VaccineParameters;
import org.everycontact.record.FetchConfig;
import org.everycontact.record.FhirSupport;
import org.everycontact.record.RecordAssembler;
import org.everycontact.record.RecordFetcher;
import org.everycontact.terminology.ConceptMapLibrary;
import org.everycontact.terminology.ValueSetLibrary;

/**
 * The hook pipeline's parts built as the service builds them but without Quarkus: the shipped
 * configuration ({@link ShippedConfig}), ValueSets and ConceptMaps, and the shipped deprivation index.
 */
record PipelineParts(FhirSupport fhir, ServiceCatalog catalog, HookRequestParser parser, HookPipeline pipeline,
                     RecordAssembler assembler, CohortFinder cohorts, OpportunityFinder finder) {

    static PipelineParts build(boolean requireHttps) {
        SmallRyeConfig config = ShippedConfig.load();
        FetchConfig fetch = config.getConfigMapping(FetchConfig.class);
        FhirSupport fhir = new FhirSupport(fetch);
        ValueSetLibrary valueSets = new ValueSetLibrary(fhir, Optional.empty());
        CohortParameters cohortParameters = config.getConfigMapping(CohortParameters.class);
        OpportunityFinder finder = new OpportunityFinder(config.getConfigMapping(ClinicalParameters.class),
                config.getConfigMapping(CardiovascularParameters.class),
                config.getConfigMapping(LifestyleParameters.class), config.getConfigMapping(VaccineParameters.class),
                config.getConfigMapping(ScreeningParameters.class), config.getConfigMapping(MaternityParameters.class),
                config.getConfigMapping(ChildrenParameters.class), valueSets);
        CohortFinder cohorts = new CohortFinder(valueSets, new ConceptMapLibrary(fhir), cohortParameters);
        RecordAssembler assembler = new RecordAssembler(fhir, new RecordFetcher(fhir, fetch), fetch);
        CardComposer composer = new CardComposer(valueSets, config.getConfigMapping(CardLimits.class),
                new ServiceDirectory(config.getConfigMapping(ServiceDirectoryParameters.class), cohortParameters),
                new SuggestionFactory(fhir, valueSets));
        ServiceCatalog catalog = new ServiceCatalog(config.getConfigMapping(PrefetchConfig.class));
        HookPipeline pipeline = new HookPipeline(catalog, assembler, finder, composer,
                ReferenceIndexes.service(ReferenceIndexes.shipped()), cohorts, valueSets);
        return new PipelineParts(fhir, catalog, new HookRequestParser(requireHttps), pipeline, assembler, cohorts,
                finder);
    }
}
