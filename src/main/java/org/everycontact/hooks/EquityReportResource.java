package org.everycontact.hooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.everycontact.equity.EquityReport;
import org.everycontact.equity.EquityReports;
import org.everycontact.equity.ReportCsv;
import org.everycontact.equity.ReportPage;
import org.everycontact.equity.ReportParameters;
import org.everycontact.equity.ReportQuery;

/**
 * The equity report (issue 7) over HTTP: JSON, CSV and a web page with charts. Staff only: /equity is
 * guarded by the {@code reports} HTTP permission (analyst or admin) before routing.
 */
@Path("/equity/report")
public class EquityReportResource {

    static final String CSV = "text/csv";
    /** Our scripts and styles and uPlot's, all served by us; nothing inline, nothing from elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final int MAX_PRACTICE_LENGTH = 255;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(EquityReport report, ReportPage page, String data, String from,
                                            String to, String practice, String csvLink);
    }

    private final EquityReports reports;
    private final ReportParameters parameters;
    private final AsOfClock clock;
    private final ObjectMapper json;

    public EquityReportResource(EquityReports reports, ReportParameters parameters, AsOfClock clock,
                                ObjectMapper json) {
        this.reports = reports;
        this.parameters = parameters;
        this.clock = clock;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Prompts shown, accepted and overridden by IMD quintile, Core20, ethnic group and rule")
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("practice") String practice, @QueryParam("format") String format,
                           @Context HttpHeaders headers) {
        boolean csv = wantsCsv(format, headers);
        EquityReport report = reports.report(query(from, to, practice));
        if (!csv) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(ReportCsv.of(report), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"equity-report-" + report.from() + "-to-"
                        + report.to() + ".csv\"")
                .build();
    }

    @GET
    @Path("page")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The equity report as a web page with charts")
    public Response page(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("practice") String practice) {
        EquityReport report = reports.report(query(from, to, practice));
        String csvLink = "/equity/report?format=csv&from=" + report.from() + "&to=" + report.to()
                + (report.practice() == null ? "" : "&practice="
                + URLEncoder.encode(report.practice(), StandardCharsets.UTF_8));
        String html = Templates.page(report, ReportPage.of(report), scriptData(report), report.from().toString(),
                report.to().toString(), report.practice() == null ? "" : report.practice(), csvLink).render();
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** {@code format} decides; without it, the Accept header (JSON unless CSV is preferred). */
    private static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw CdsException.invalid("format must be json or csv", "format");
            };
        }
        MediaType csv = MediaType.valueOf(CSV);
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(csv))
                .findFirst().map(type -> !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)).orElse(false);
    }

    /** The period and practice asked for; the caller's 400 when they cannot be used. */
    private ReportQuery query(String from, String to, String practice) {
        LocalDate end = isBlank(to) ? clock.today() : date(to, "to");
        LocalDate start = isBlank(from) ? end.minusDays(parameters.defaultPeriodDays() - 1L) : date(from, "from");
        if (start.isAfter(end)) {
            throw CdsException.invalid("from is after to", "from");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > parameters.maxPeriodDays()) {
            throw CdsException.invalid("The period is longer than the " + parameters.maxPeriodDays()
                    + " days a report may cover", "to");
        }
        if (isBlank(practice)) {
            return new ReportQuery(start, end, null);
        }
        if (practice.length() > MAX_PRACTICE_LENGTH || practice.chars().anyMatch(Character::isISOControl)) {
            throw CdsException.invalid("practice must be at most " + MAX_PRACTICE_LENGTH
                    + " characters without control characters", "practice");
        }
        return new ReportQuery(start, end, practice);
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw CdsException.invalid(name + " must be a date as YYYY-MM-DD", name);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The report as JSON for the page's {@code <script type="application/json">}: {@code <}, {@code >} and
     * {@code &} are written as JSON escapes, so that nothing in it can close the element.
     */
    private String scriptData(EquityReport report) {
        try {
            return json.writeValueAsString(report).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the equity report could not be written as JSON", e);
        }
    }
}
