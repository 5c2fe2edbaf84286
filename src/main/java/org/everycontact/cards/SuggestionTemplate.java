package org.everycontact.cards;

import org.everycontact.record.Code;

/**
 * What a card offers the EHR to do, before it is made into a resource for one patient
 * ({@link SuggestionFactory}). Only record-keeping, requests and recalls with a verified SNOMED CT concept,
 * each listed in {@code fhir-profiles/ValueSet-card-suggestion.json}; never a prescription
 * (clinical-spec §9.3).
 */
public record SuggestionTemplate(Kind kind, Code concept, String label) {

    /** The resource the suggestion creates. */
    public enum Kind {
        /** A ServiceRequest, status draft, intent proposal: a test, procedure or referral to arrange. */
        REQUEST,
        /** A Task, status requested, intent proposal: a recall for the practice to act on. */
        RECALL,
        /** An Observation, status final: a coded entry for the record, such as a decline. */
        RECORD
    }

    public static final String SNOMED = "http://snomed.info/sct";

    // R-HTN-01: NICE NG136 — offer ABPM to confirm hypertension.
    static final SuggestionTemplate ABPM = request("164783007", "Ambulatory blood pressure recording",
            "Request ambulatory blood pressure monitoring (ABPM)");
    // R-HTN-03: QOF BP002 — blood pressure not recorded in 5 years.
    static final SuggestionTemplate BP_RECALL = new SuggestionTemplate(Kind.RECALL,
            snomed("46973005", "Blood pressure taking"), "Add a recall to check blood pressure");
    // R-MECC-SMK-01: act on very brief advice.
    static final SuggestionTemplate STOP_SMOKING_REFERRAL = request("871661000000106",
            "Referral to smoking cessation service", "Refer to the stop smoking service");
    // Vaccinations (clinical-spec §8.3 procedures, §8.4 declines).
    static final SuggestionTemplate FLU_VACCINATION = request("822851000000102", "Seasonal influenza vaccination",
            "Request seasonal flu vaccination");
    static final SuggestionTemplate FLU_DECLINED = recordCode("822931000000100", "Seasonal influenza vaccination declined",
            "Record: seasonal flu vaccination declined");
    static final SuggestionTemplate COVID_VACCINATION = request("840534001", "SARS-CoV-2 vaccination",
            "Request COVID-19 vaccination");
    static final SuggestionTemplate COVID_DECLINED = recordCode("1156270003", "SARS-CoV-2 vaccination declined",
            "Record: COVID-19 vaccination declined");
    static final SuggestionTemplate PNEUMOCOCCAL_VACCINATION = request("12866006",
            "Administration of pneumococcal vaccine", "Request pneumococcal vaccination");
    static final SuggestionTemplate PNEUMOCOCCAL_DECLINED = recordCode("401086001", "Pneumococcal vaccination declined",
            "Record: pneumococcal vaccination declined");
    static final SuggestionTemplate SHINGLES_VACCINATION = request("722215002",
            "Administration of varicella-zoster vaccine for shingles", "Request shingles vaccination");
    static final SuggestionTemplate SHINGLES_DECLINED = recordCode("9691000175102", "Herpes zoster vaccination declined",
            "Record: shingles vaccination declined");
    /** No RSV decline concept is verified (clinical-spec §8.4, U), so RSV has no decline suggestion. */
    static final SuggestionTemplate RSV_VACCINATION = request("1303503001",
            "Administration of respiratory syncytial virus vaccine", "Request RSV vaccination");

    private static SuggestionTemplate request(String code, String display, String label) {
        return new SuggestionTemplate(Kind.REQUEST, snomed(code, display), label);
    }

    private static SuggestionTemplate recordCode(String code, String display, String label) {
        return new SuggestionTemplate(Kind.RECORD, snomed(code, display), label);
    }

    private static Code snomed(String code, String display) {
        return new Code(SNOMED, code, display);
    }
}
