package org.everycontact.cards;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.everycontact.cohorts.CohortParameters;
import org.everycontact.deprivation.Deprivation;
import org.everycontact.deprivation.LocalAuthorityDistricts;

/**
 * Which page a card links to for a kind of service (clinical-spec §9.3 links). The most local entry
 * wins: the local authority district of the patient's home neighbourhood, then the practice's ICB,
 * then the national NHS website page. District beats ICB because the prevention services on cards
 * (stop smoking, NHS Health Check, weight management, alcohol) are commissioned by the local authority
 * where the patient lives, which for a patient living across a boundary is not the practice's area.
 *
 * <p>Every configured entry is checked at start-up: a known service type, a label, and an absolute
 * https URL. A mistake stops the service rather than sending a clinician to a broken link.
 */
@Singleton
public class ServiceDirectory {

    private final Map<ServiceType, Link> practiceIcb;
    private final Map<String, Map<ServiceType, Link>> byDistrict;
    /** LSOA to district, for the configured districts' LSOAs only. */
    private final Map<String, String> districtOf;

    @Inject
    public ServiceDirectory(ServiceDirectoryParameters parameters, CohortParameters cohorts) {
        this(parameters, cohorts.icb());
    }

    /** @param practiceIcb the ICB of the practice, by NHS code */
    ServiceDirectory(ServiceDirectoryParameters parameters, Optional<String> practiceIcb) {
        Map<String, Map<ServiceType, Link>> icbs = checked("icbs", parameters.icbs());
        this.practiceIcb = practiceIcb.map(icbs::get).orElse(Map.of());
        this.byDistrict = checked("districts", parameters.districts());
        this.districtOf = byDistrict.isEmpty() ? Map.of() : LocalAuthorityDistricts.lsoasIn(byDistrict.keySet());
    }

    /** One link per service type, in the order given, for a patient whose home is where {@code home} says. */
    public List<Link> links(List<ServiceType> services, Deprivation home) {
        String district = home.lsoa() == null ? null : districtOf.get(home.lsoa());
        Map<ServiceType, Link> local = district == null ? Map.of() : byDistrict.get(district);
        return services.stream()
                .map(type -> local.getOrDefault(type, practiceIcb.getOrDefault(type, type.national())))
                .toList();
    }

    private static Map<String, Map<ServiceType, Link>> checked(String kind, Map<String, Map<String,
            ServiceDirectoryParameters.Service>> areas) {
        Map<String, Map<ServiceType, Link>> links = new HashMap<>();
        areas.forEach((area, services) -> {
            Map<ServiceType, Link> forArea = new EnumMap<>(ServiceType.class);
            services.forEach((id, service) -> {
                String key = "everycontact.services." + kind + "." + area + "." + id;
                ServiceType type = ServiceType.byId(id).orElseThrow(() -> new IllegalStateException(
                        key + ": unknown service type; known: " + List.of(ServiceType.values()).stream()
                                .map(ServiceType::id).toList()));
                if (service.label().isBlank()) {
                    throw new IllegalStateException(key + ".label is blank");
                }
                forArea.put(type, Link.absolute(service.label().strip(), httpsUrl(key + ".url", service.url())));
            });
            links.put(area, Map.copyOf(forArea));
        });
        return Map.copyOf(links);
    }

    private static String httpsUrl(String key, String url) {
        try {
            URI uri = new URI(url.strip());
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalStateException(key + " must be an absolute https URL: " + url);
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(key + " is not a URL: " + url, e);
        }
    }
}
