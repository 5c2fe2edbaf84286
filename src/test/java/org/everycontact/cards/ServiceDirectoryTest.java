package org.everycontact.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.deprivation.DeprivationStatus;
import org.junit.jupiter.api.Test;

/**
 * The local service directory (clinical-spec §9.3 links): the home district's entry beats the practice
 * ICB's, which beats the national NHS website page; configuration mistakes stop start-up.
 */
class ServiceDirectoryTest {

    private static final String ICB = "QOP";
    /** E01005061 (Manchester 018A) is in Manchester, E08000003, in the shipped IoD2025 File 1. */
    private static final String MANCHESTER_LSOA = "E01005061";
    private static final String MANCHESTER = "E08000003";
    private static final Link ICB_STOP_SMOKING = Link.absolute("Greater Manchester stop smoking service",
            "https://example.org/gm/stop-smoking");
    private static final Link DISTRICT_STOP_SMOKING = Link.absolute("Manchester stop smoking service",
            "https://example.org/manchester/stop-smoking");
    private static final Link ICB_HEALTH_CHECK = Link.absolute("Greater Manchester NHS Health Check",
            "https://example.org/gm/health-check");

    @Test
    void practiceIcbEntryIsUsedForItsServicesAndNationalPagesForTheRest() {
        ServiceDirectory directory = new ServiceDirectory(parameters(icbEntries(), Map.of()), Optional.of(ICB));

        assertEquals(List.of(ICB_STOP_SMOKING, ServiceType.ALCOHOL_SERVICE.national()),
                directory.links(List.of(ServiceType.STOP_SMOKING, ServiceType.ALCOHOL_SERVICE), home(null)));
    }

    @Test
    void withoutAnEntryForThePracticeIcbEveryLinkIsTheNationalPage() {
        ServiceDirectory otherIcb = new ServiceDirectory(parameters(icbEntries(), Map.of()), Optional.of("QHM"));
        ServiceDirectory unconfigured = new ServiceDirectory(parameters(Map.of(), Map.of()), Optional.empty());

        for (ServiceDirectory directory : List.of(otherIcb, unconfigured)) {
            assertEquals(List.of(ServiceType.STOP_SMOKING.national()),
                    directory.links(List.of(ServiceType.STOP_SMOKING), home(MANCHESTER_LSOA)));
        }
    }

    @Test
    void homeDistrictEntryBeatsThePracticeIcbEntry() {
        ServiceDirectory directory = new ServiceDirectory(parameters(icbEntries(),
                Map.of(MANCHESTER, Map.of("stop-smoking", service(DISTRICT_STOP_SMOKING)))), Optional.of(ICB));
        List<ServiceType> services = List.of(ServiceType.STOP_SMOKING, ServiceType.NHS_HEALTH_CHECK);

        assertEquals(List.of(DISTRICT_STOP_SMOKING, ICB_HEALTH_CHECK), directory.links(services, home(MANCHESTER_LSOA)),
                "district first, then the ICB for what the district does not list");
        assertEquals(List.of(ICB_STOP_SMOKING, ICB_HEALTH_CHECK), directory.links(services, home("E01006109")),
                "a home outside the district gets the ICB's services");
    }

    @Test
    void everyNationalFallbackIsAnAbsoluteHttpsNhsWebsitePage() {
        for (ServiceType type : ServiceType.values()) {
            assertTrue(type.national().url().startsWith("https://www.nhs.uk/"), type.id());
            assertEquals("absolute", type.national().type());
        }
    }

    @Test
    void aUrlThatIsNotAbsoluteHttpsStopsStartUp() {
        for (String url : List.of("http://example.org/stop-smoking", "/stop-smoking", "example.org", "https:// bad")) {
            Map<String, Map<String, ServiceDirectoryParameters.Service>> icbs =
                    Map.of(ICB, Map.of("stop-smoking", service(Link.absolute("Stop smoking", url))));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new ServiceDirectory(parameters(icbs, Map.of()), Optional.of(ICB)), url);
            assertTrue(e.getMessage().contains("everycontact.services.icbs.QOP.stop-smoking.url"), e.getMessage());
        }
    }

    @Test
    void anUnknownServiceTypeOrBlankLabelStopsStartUp() {
        Map<String, Map<String, ServiceDirectoryParameters.Service>> unknown =
                Map.of(ICB, Map.of("stop-smokin", service(ICB_STOP_SMOKING)));
        assertThrows(IllegalStateException.class,
                () -> new ServiceDirectory(parameters(unknown, Map.of()), Optional.of(ICB)));
        Map<String, Map<String, ServiceDirectoryParameters.Service>> blank =
                Map.of(MANCHESTER, Map.of("stop-smoking", service(Link.absolute(" ", "https://example.org/"))));
        assertThrows(IllegalStateException.class,
                () -> new ServiceDirectory(parameters(Map.of(), blank), Optional.empty()));
    }

    private static Map<String, Map<String, ServiceDirectoryParameters.Service>> icbEntries() {
        return Map.of(ICB, Map.of("stop-smoking", service(ICB_STOP_SMOKING),
                "nhs-health-check", service(ICB_HEALTH_CHECK)));
    }

    private static Deprivation home(String lsoa) {
        return new Deprivation(DeprivationStatus.FOUND, -1, null, lsoa, 2021, null, null, null, null, null, null, false,
                false, false, null, null);
    }

    private static ServiceDirectoryParameters.Service service(Link link) {
        return new ServiceDirectoryParameters.Service() {
            @Override
            public String label() {
                return link.label();
            }

            @Override
            public String url() {
                return link.url();
            }
        };
    }

    static ServiceDirectoryParameters parameters(
            Map<String, Map<String, ServiceDirectoryParameters.Service>> icbs,
            Map<String, Map<String, ServiceDirectoryParameters.Service>> districts) {
        return new ServiceDirectoryParameters() {
            @Override
            public Map<String, Map<String, Service>> icbs() {
                return icbs;
            }

            @Override
            public Map<String, Map<String, Service>> districts() {
                return districts;
            }
        };
    }
}
