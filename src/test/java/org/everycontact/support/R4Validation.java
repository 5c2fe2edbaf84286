package org.everycontact.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.utils.validation.constants.BestPracticeWarningLevel;

/**
 * HAPI's instance validator against the base FHIR R4 specification. Options: the R4 core
 * StructureDefinitions and ValueSets (DefaultProfileValidationSupport), in-memory code validation of the
 * code systems it holds plus the common ones (UCUM, BCP-47 languages, MIME types, ISO currencies and
 * countries); no terminology server, so SNOMED CT, LOINC, dm+d and CVX codes are not checked; extensions
 * not defined in the core specification allowed (UK Core's, for instance); best-practice findings as
 * warnings. Only errors and fatal messages fail a test. Use it from plain JUnit tests only:
 * its XML classes must not be loaded by Quarkus's class loader in a JVM that also runs plain tests.
 */
public final class R4Validation {

    private final FhirValidator validator;

    public R4Validation(FhirContext fhir) {
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(fhir),
                new InMemoryTerminologyServerValidationSupport(fhir), new CommonCodeSystemsTerminologyService(fhir));
        FhirInstanceValidator instance = new FhirInstanceValidator(support);
        instance.setAnyExtensionsAllowed(true);
        instance.setBestPracticeWarningLevel(BestPracticeWarningLevel.Warning);
        validator = fhir.newValidator().registerValidatorModule(instance);
    }

    /** The errors (and worse) the validator finds, one a line with their location; empty when valid. */
    public String errors(IBaseResource resource) {
        return validator.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(m -> m.getLocationString() + ": " + m.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
