package org.everycontact.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;

/**
 * "The EHR's FHIR server" of the tests: HAPI FHIR's plain RESTful server in Jetty on loopback (a free
 * port), holding resources in memory. It loads transaction Bundles of POST entries, reads every type,
 * and answers the searches EveryContact's fetches issue ({@link PatientResources}); any other search
 * is refused with 400, as HAPI refuses a request no method of the server handles. Every request must
 * carry the bearer token it was started with (401 otherwise).
 */
public final class HapiFhirServer implements AutoCloseable {

    private final Server jetty;

    public HapiFhirServer(String bearerToken) throws Exception {
        FhirContext fhir = TestPatient.FHIR;
        Map<String, Resource> resources = new ConcurrentHashMap<>();
        RestfulServer restful = new RestfulServer(fhir);
        restful.setDefaultResponseEncoding(EncodingEnum.JSON);
        restful.setPagingProvider(new FifoMemoryPagingProvider(100));
        restful.setResourceProviders(List.of(
                new StoredResources<>(Patient.class, resources),
                new StoredResources<>(Medication.class, resources),
                new PatientResources<>(Condition.class, resources, null),
                new PatientResources<>(Observation.class, resources, PatientResources.DATE),
                new PatientResources<>(Immunization.class, resources, null),
                new PatientResources<>(Procedure.class, resources, null),
                new PatientResources<>(MedicationRequest.class, resources, PatientResources.AUTHORED_ON),
                new PatientResources<>(MedicationStatement.class, resources, null),
                new PatientResources<>(Encounter.class, resources, PatientResources.DATE)));
        restful.registerProvider(new TransactionLoader(fhir, resources));

        jetty = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        ServletContextHandler context = new ServletContextHandler();
        context.addFilter(new FilterHolder(new BearerTokenRequired(bearerToken)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(restful), "/fhir/*");
        jetty.setHandler(context);
        jetty.start();
    }

    /** The FHIR base URL, on 127.0.0.1 (the tests' CDS client may send EveryContact there). */
    public String baseUrl() {
        return "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort() + "/fhir";
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }

    /** Refuses a request without {@code Authorization: Bearer <token>} with 401, as an EHR's FHIR server does. */
    private static final class BearerTokenRequired extends HttpFilter {

        private final String expected;
        private final String refusal;

        BearerTokenRequired(String token) {
            this.expected = "Bearer " + token;
            OperationOutcome outcome = new OperationOutcome();
            outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(OperationOutcome.IssueType.LOGIN).setDiagnostics("a valid bearer token is required");
            this.refusal = TestPatient.FHIR.newJsonParser().encodeResourceToString(outcome);
        }

        @Override
        protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (expected.equals(request.getHeader("Authorization"))) {
                chain.doFilter(request, response);
                return;
            }
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/fhir+json");
            response.getWriter().write(refusal);
        }
    }
}
