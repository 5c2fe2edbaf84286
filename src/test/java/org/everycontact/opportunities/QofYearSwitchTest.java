package org.everycontact.opportunities;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.everycontact.support.Topics;
import org.junit.jupiter.api.Test;

/** T-CFG-01: the 2026/27 QOF edition signed off in configuration; the NICE thresholds do not move. */
@QuarkusTest
@TestProfile(QofYear2026Profile.class)
class QofYearSwitchTest {

    @Test
    void T_CFG_01_switchingTheQofYearChangesTheIdsInCardsButNotTheThresholds() {
        QofIndicatorsTest.call(QofIndicatorsTest.homeAverageAboveTarget())
                .body(Topics.findings("R-HTN-04"), equalTo(List.of("R-HTN-04")))
                .body(Topics.card("R-HTN-04") + ".detail", containsString("QOF HYP010 (2026/27)"))
                .body(Topics.card("R-HTN-04") + ".detail", containsString("home/ambulatory 135/85"))
                .body(QofIndicatorsTest.ASSESSMENT + ".clinicalConfiguration.version", equalTo("2026.11.1"))
                .body(QofIndicatorsTest.ASSESSMENT + ".clinicalConfiguration.qofYear", equalTo("2026/27"))
                .body(QofIndicatorsTest.ASSESSMENT + ".clinicalConfiguration.signedOffBy",
                        equalTo("Clinical safety officer (test)"));
        QofIndicatorsTest.call(QofIndicatorsTest.olderAtTarget()).body(Topics.findings("R-HTN-04"), empty());
    }
}
