package org.everycontact.hooks;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.everycontact.record.FhirSupport;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.StringType;
import org.jboss.logging.Logger;

/** Error responses as FHIR OperationOutcome JSON, the body CDS Hooks 3.0 asks for on any non-2xx. */
@Singleton
public class OperationOutcomes {

    private static final Logger LOG = Logger.getLogger(OperationOutcomes.class);

    public static final String FHIR_JSON = "application/fhir+json";

    private final FhirSupport fhir;

    public OperationOutcomes(FhirSupport fhir) {
        this.fhir = fhir;
    }

    /**
     * The error response. Its status and issue code are logged (at DEBUG), never its diagnostics,
     * which may repeat what the caller sent.
     */
    public Response response(int status, String issueCode, String diagnostics, List<String> expressions) {
        LOG.debugf("answered %d (%s)", status, issueCode);
        return Response.status(status)
                .type(FHIR_JSON)
                .entity(json(issueCode, diagnostics, expressions))
                .build();
    }

    public Response response(CdsException e) {
        return response(e.status(), e.issueCode(), e.getMessage(), e.expressions());
    }

    public String json(String issueCode, String diagnostics, List<String> expressions) {
        OperationOutcome outcome = new OperationOutcome();
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(IssueType.fromCode(issueCode))
                .setDiagnostics(diagnostics);
        expressions.forEach(expression -> issue.getExpression().add(new StringType(expression)));
        return fhir.jsonParser().encodeResourceToString(outcome);
    }
}
