package org.everycontact.cards;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of local service a card can link to (clinical-spec §9.3 links), each with the national NHS
 * website page shown when the service directory has no local entry for the patient's area.
 */
public enum ServiceType {
    STOP_SMOKING("stop-smoking", "NHS: Quit smoking", "https://www.nhs.uk/better-health/quit-smoking/"),
    NHS_HEALTH_CHECK("nhs-health-check", "NHS: NHS Health Check", "https://www.nhs.uk/conditions/nhs-health-check/"),
    PHARMACY_BLOOD_PRESSURE("pharmacy-blood-pressure",
            "NHS: Blood pressure test (free pharmacy checks for adults aged 40 and over)",
            "https://www.nhs.uk/conditions/blood-pressure-test/"),
    WEIGHT_MANAGEMENT("weight-management", "NHS: Lose weight", "https://www.nhs.uk/better-health/lose-weight/"),
    TALKING_THERAPIES("talking-therapies", "NHS Talking Therapies (self-referral)",
            "https://www.nhs.uk/mental-health/talking-therapies-medicine-treatments/talking-therapies-and-counselling/"
                    + "nhs-talking-therapies/"),
    BOWEL_SCREENING("bowel-screening", "NHS: Bowel cancer screening",
            "https://www.nhs.uk/conditions/bowel-cancer-screening/"),
    BREAST_SCREENING("breast-screening", "NHS: Breast screening (mammogram)",
            "https://www.nhs.uk/conditions/breast-screening-mammogram/"),
    CERVICAL_SCREENING("cervical-screening", "NHS: Cervical screening",
            "https://www.nhs.uk/conditions/cervical-screening/"),
    VACCINATION_BOOKING("vaccination-booking", "NHS: Vaccinations — who can have them and how to book",
            "https://www.nhs.uk/vaccinations/"),
    ALCOHOL_SERVICE("alcohol-service", "NHS: Alcohol support", "https://www.nhs.uk/live-well/alcohol-advice/alcohol-support/"),
    DENTAL("dental", "NHS: Find a dentist", "https://www.nhs.uk/nhs-services/dentists/");

    private final String id;
    private final Link national;

    ServiceType(String id, String nationalLabel, String nationalUrl) {
        this.id = id;
        this.national = Link.absolute(nationalLabel, nationalUrl);
    }

    /** The key of this service in the directory configuration ({@code everycontact.services...<id>.url}). */
    public String id() {
        return id;
    }

    /** The national NHS website page: the fallback when no local service is configured. */
    public Link national() {
        return national;
    }

    public static Optional<ServiceType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
