-- The snooze read (equity.IssuedCardLog) asks, on every hook call, for a patient's cards within the
-- snooze window with their service, to join their feedback. This index answers it from the index alone,
-- without visiting the table rows, and replaces ix_issued_card_patient, whose columns it starts with.
-- Portable SQL: the same migration runs on H2 and PostgreSQL.
CREATE INDEX ix_issued_card_patient_cards ON issued_card (patient_pseudonym, as_of_date, card_uuid, service_id);
DROP INDEX ix_issued_card_patient;

-- The feedback that can dismiss a card, found by card: card_uuid, then outcome and service to check
-- it without visiting the row. It replaces ix_card_feedback_card (the retention purge uses its prefix).
CREATE INDEX ix_card_feedback_card_outcome ON card_feedback (card_uuid, outcome, service_id);
DROP INDEX ix_card_feedback_card;
