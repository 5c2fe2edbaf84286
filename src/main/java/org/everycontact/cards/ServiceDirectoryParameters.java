package org.everycontact.cards;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * The local service directory (clinical-spec §9.3 links): per area, per {@link ServiceType#id()}, the
 * service's label and page. Areas are ICBs by NHS code ({@code icbs.QOP.stop-smoking.url}) and local
 * authority districts by ONS code ({@code districts.E08000003.stop-smoking.url}). None by default: every
 * card then links to the national NHS website page.
 */
@ConfigMapping(prefix = "everycontact.services")
public interface ServiceDirectoryParameters {

    /** Per ICB code, per service type id. Only the practice's ICB ({@code everycontact.cohorts.icb}) is used. */
    Map<String, Map<String, Service>> icbs();

    /** Per local authority district code, per service type id: for patients whose home is in the district. */
    Map<String, Map<String, Service>> districts();

    /** One local service. */
    interface Service {
        /** What the clinician sees, e.g. "Manchester Stop Smoking Service". */
        String label();

        /** Absolute https URL of the service's page or referral form. */
        String url();
    }
}
