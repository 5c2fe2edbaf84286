-- The dismissals themselves, one row per rule of a card overridden with a coded reason (clinical-spec
-- §7 C4), so that the snooze read (equity.IssuedCardLog) reads a patient's few dismissals within the
-- snooze window, however many cards the patient was issued. A row is written when overriding feedback
-- and its issued card meet, whichever is stored second (and possibly by both: the key makes it once).
-- The patient is only the keyed pseudonym of issued_card. Rows go with their issued card (retention).
-- Portable SQL: the same migration runs on H2 and PostgreSQL.
CREATE TABLE card_dismissal (
    card_uuid          VARCHAR(100) NOT NULL,
    rule_id            VARCHAR(40)  NOT NULL,
    patient_pseudonym  VARCHAR(64)  NOT NULL,
    as_of_date         DATE         NOT NULL,
    PRIMARY KEY (card_uuid, rule_id)
);
-- The snooze read: a patient's dismissals within the window for the rules in play, from the index alone.
CREATE INDEX ix_card_dismissal_patient ON card_dismissal (patient_pseudonym, as_of_date, rule_id);

-- The dismissals already on record: feedback and card of the same service.
INSERT INTO card_dismissal (card_uuid, rule_id, patient_pseudonym, as_of_date)
SELECT DISTINCT c.card_uuid, r.rule_id, c.patient_pseudonym, c.as_of_date
FROM issued_card c
JOIN issued_card_rule r ON r.card_uuid = c.card_uuid
JOIN card_feedback f ON f.card_uuid = c.card_uuid AND f.service_id = c.service_id
WHERE f.outcome = 'overridden' AND f.override_code IS NOT NULL;

-- Nothing reads issued_card by patient any more: the index V8 made for the old snooze read only cost
-- every card's insert.
DROP INDEX ix_issued_card_patient_cards;
