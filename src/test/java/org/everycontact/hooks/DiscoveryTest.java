package org.everycontact.hooks;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.everycontact.support.TestPatient;
import org.junit.jupiter.api.Test;

/** CDS Hooks discovery: {@code GET /cds-services} (guide §1.1, §1.2, §1.4). */
@QuarkusTest
class DiscoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern READ = Pattern.compile("[A-Z][A-Za-z]+/\\{\\{context\\.patientId}}");
    private static final Pattern SEARCH = Pattern.compile("([A-Z][A-Za-z]+)\\?(.+)");
    private static final Pattern DATE_PARAM = Pattern.compile("(date|authoredon)=ge(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern COUNT_PARAM = Pattern.compile("_count=[1-9]\\d*");
    private static final Pattern TOKEN = Pattern.compile("\\{\\{(.*?)}}");

    private static JsonNode discovery() throws Exception {
        String body = given().when().get("/cds-services")
                .then().statusCode(200).contentType("application/json")
                .extract().asString();
        return JSON.readTree(body);
    }

    private static List<JsonNode> services() throws Exception {
        JsonNode services = discovery().get("services");
        assertTrue(services != null && services.isArray(), "services must be an array");
        return StreamSupport.stream(services.spliterator(), false).toList();
    }

    @Test
    void offersOneServiceIdForPatientViewEncounterStartAndAppointmentBook() throws Exception {
        List<JsonNode> services = services();
        assertEquals(3, services.size());
        assertEquals(Set.of("patient-view", "encounter-start", "appointment-book"),
                services.stream().map(s -> s.path("hook").asText()).collect(Collectors.toSet()));
        services.forEach(s -> assertEquals("everycontact", s.path("id").asText()));
    }

    @Test
    void everyServiceHasHookTitleDescriptionIdPrefetchAndUsageRequirements() throws Exception {
        for (JsonNode service : services()) {
            for (String field : List.of("hook", "title", "description", "id", "usageRequirements")) {
                assertTrue(service.path(field).isTextual() && !service.path(field).asText().isBlank(),
                        service.path("hook") + " lacks " + field);
            }
            assertTrue(service.path("prefetch").isObject() && !service.path("prefetch").isEmpty(),
                    service.path("hook") + " lacks prefetch");
        }
    }

    @Test
    void bodyHoldsNoNullEmptyStringEmptyArrayOrEmptyObject() throws Exception {
        List<String> violations = new ArrayList<>();
        walk(discovery(), "$", violations);
        assertEquals(List.of(), violations);
    }

    @Test
    void prefetchKeysAreTheOnesTheServiceReads() throws Exception {
        for (JsonNode service : services()) {
            Set<String> keys = new LinkedHashSet<>();
            service.get("prefetch").fieldNames().forEachRemaining(keys::add);
            assertEquals(TestPatient.KEYS.keySet(), keys, service.path("hook").asText());
        }
    }

    @Test
    void prefetchTemplatesStayInTheCdsHooksQuerySubset() throws Exception {
        List<String> violations = new ArrayList<>();
        for (JsonNode service : services()) {
            service.get("prefetch").fields().forEachRemaining(e -> {
                String problem = subsetViolation(e.getValue().asText());
                if (problem != null) {
                    violations.add(service.path("hook").asText() + " " + e.getKey() + ": " + problem);
                }
            });
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void prefetchTemplatesUseOnlyThePatientIdToken() throws Exception {
        Set<String> tokens = new LinkedHashSet<>();
        for (JsonNode service : services()) {
            service.get("prefetch").elements().forEachRemaining(template -> {
                Matcher matcher = TOKEN.matcher(template.asText());
                while (matcher.find()) {
                    tokens.add(matcher.group(1));
                }
            });
        }
        assertEquals(Set.of("context.patientId"), tokens);
    }

    @Test
    void prefetchDatesAreComputedFromTheAsOfDate() throws Exception {
        Map<String, String> expected = Map.of(
                "observations", "date=ge2021-05-26",
                "medicationRequests", "authoredon=ge2024-11-26",
                "encounters", "date=ge2024-11-26");
        for (JsonNode service : services()) {
            expected.forEach((key, param) -> assertTrue(
                    List.of(service.path("prefetch").path(key).asText().split("[?&]")).contains(param),
                    service.path("hook").asText() + " " + key + " lacks " + param));
        }
    }

    /** Null if the template is an instance read or a search with only the allowed parameters. */
    private static String subsetViolation(String template) {
        if (READ.matcher(template).matches()) {
            return null;
        }
        Matcher search = SEARCH.matcher(template);
        if (!search.matches()) {
            return "neither a read nor a type search: " + template;
        }
        boolean byPatient = false;
        for (String param : search.group(2).split("&")) {
            if (param.equals("patient={{context.patientId}}")) {
                byPatient = true;
                continue;
            }
            Matcher date = DATE_PARAM.matcher(param);
            if (date.matches()) {
                try {
                    LocalDate.parse(date.group(2));
                } catch (DateTimeParseException e) {
                    return "not a date: " + param;
                }
                continue;
            }
            if (!COUNT_PARAM.matcher(param).matches()) {
                return "parameter outside the subset: " + param;
            }
        }
        return byPatient ? null : "search not restricted to the patient: " + template;
    }

    private static void walk(JsonNode node, String path, List<String> violations) {
        if (node.isNull()) {
            violations.add(path + " is null");
        } else if (node.isTextual() && node.asText().isEmpty()) {
            violations.add(path + " is \"\"");
        } else if (node.isContainerNode() && node.isEmpty()) {
            violations.add(path + (node.isArray() ? " is []" : " is {}"));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(e.getValue(), path + "." + e.getKey(), violations));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", violations);
            }
        }
    }
}
