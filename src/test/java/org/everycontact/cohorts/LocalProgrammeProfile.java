package org.everycontact.cohorts;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A practice in an ICB that chose its own PLUS groups, configured codes for locally coded groups and
 * listed coastal areas. The codes are test codes in a test system: no national list exists (U).
 */
public class LocalProgrammeProfile implements QuarkusTestProfile {

    static final String ICB = "QOP";
    static final String LOCAL_SYSTEM = "https://example.org/local-codes";
    static final String SEX_WORK_CODE = "SW-TEST-1";
    static final String DRUG_CODE = "DD-TEST-1";
    static final String JUSTICE_CODE = "JC-TEST-1";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "everycontact.cohorts.icb", ICB,
                "everycontact.cohorts.icbs.\"" + ICB + "\".plus-groups",
                "learning-disability,carer,homeless,sex-worker,drug-dependence,justice-contact,coastal-community",
                "everycontact.cohorts.icbs.\"QHM\".plus-groups", "autism,ethnic-minority",
                "everycontact.cohorts.local-groups.\"sex-worker\".codes", LOCAL_SYSTEM + "|" + SEX_WORK_CODE,
                "everycontact.cohorts.local-groups.\"drug-dependence\".codes", LOCAL_SYSTEM + "|" + DRUG_CODE,
                "everycontact.cohorts.local-groups.\"justice-contact\".codes", JUSTICE_CODE,
                "everycontact.cohorts.coastal.lsoas", "E01006109",
                "everycontact.cohorts.coastal.districts", "E08000009");
    }
}
