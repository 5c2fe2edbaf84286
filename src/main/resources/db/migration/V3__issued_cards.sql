-- Cards as issued, so that feedback (card_feedback, joined by card_uuid) can be tied to the rules the
-- card presented and to the patient, for snoozing (clinical-spec §7 C4), the practice's data-quality
-- list and the equity report. The patient is only a keyed pseudonym (HMAC-SHA256, 64 hex digits):
-- never an NHS number or a FHIR id. Portable SQL: the same migration runs on H2 and PostgreSQL.
CREATE TABLE issued_card (
    card_uuid          VARCHAR(100) NOT NULL PRIMARY KEY,
    service_id         VARCHAR(100) NOT NULL,
    hook_instance      VARCHAR(100) NOT NULL,
    patient_pseudonym  VARCHAR(64)  NOT NULL,
    as_of_date         DATE         NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_issued_card_patient ON issued_card (patient_pseudonym, as_of_date);

-- The rule ids a card presents (its extension org.everycontact.findings), one row each.
CREATE TABLE issued_card_rule (
    card_uuid  VARCHAR(100) NOT NULL REFERENCES issued_card (card_uuid),
    rule_id    VARCHAR(40)  NOT NULL,
    PRIMARY KEY (card_uuid, rule_id)
);
