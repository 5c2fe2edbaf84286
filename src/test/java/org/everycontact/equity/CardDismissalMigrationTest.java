package org.everycontact.equity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V9 fills card_dismissal from the records already kept: one row per rule of a card overridden with a
 * coded reason by feedback of the card's own service, however many such outcomes the card has.
 */
class CardDismissalMigrationTest {

    private static final String URL = "jdbc:h2:mem:card-dismissal-migration;DB_CLOSE_DELAY=-1";

    @Test
    void theDismissalsOnRecordAreCarriedOver() throws SQLException {
        migrate("8");
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement()) {
            card(sql, "declined", "p1", "2026-11-20", "R-HTN-03", "R-NHC-01");
            card(sql, "no-reason", "p1", "2026-11-21", "R-HTN-03");
            card(sql, "accepted", "p2", "2026-11-22", "R-HTN-03");
            card(sql, "other-service", "p2", "2026-11-22", "R-HTN-03");
            feedback(sql, "everycontact", "declined", "overridden", "09:05:00", "'patient-declined'");
            feedback(sql, "everycontact", "declined", "overridden", "09:06:00", "'remind-later'");
            feedback(sql, "everycontact", "no-reason", "overridden", "09:05:00", "null");
            feedback(sql, "everycontact", "accepted", "accepted", "09:05:00", "null");
            feedback(sql, "another-service", "other-service", "overridden", "09:05:00", "'patient-declined'");
        }
        migrate("9");
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select card_uuid, rule_id, patient_pseudonym, as_of_date"
                     + " from card_dismissal order by card_uuid, rule_id")) {
            List<String> dismissals = new ArrayList<>();
            while (rows.next()) {
                dismissals.add(String.join(" ", rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4)));
            }
            assertEquals(List.of("declined R-HTN-03 p1 2026-11-20", "declined R-NHC-01 p1 2026-11-20"), dismissals);
        }
    }

    private static void card(Statement sql, String uuid, String patient, String asOf, String... rules)
            throws SQLException {
        sql.execute("insert into issued_card values ('%s', 'everycontact', 'h', '%s', date '%s', current_timestamp)"
                .formatted(uuid, patient, asOf));
        for (String rule : rules) {
            sql.execute("insert into issued_card_rule values ('%s', '%s')".formatted(uuid, rule));
        }
    }

    private static void feedback(Statement sql, String service, String card, String outcome, String time,
                                 String code) throws SQLException {
        sql.execute("""
                insert into card_feedback
                  (service_id, card_uuid, outcome, outcome_timestamp, override_code, received_at) values ('%s', '%s', '%s', timestamp with time zone '2026-11-20 %sZ', %s, current_timestamp)"""
                .formatted(service, card, outcome, time, code));
    }

    private static void migrate(String target) {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target(target).load()
                .migrate();
    }
}
