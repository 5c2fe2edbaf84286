-- The retention purge (equity.RecordRetention) finds what is older than the retention period by these
-- times, a batch at a time; without them each batch would scan the whole table. Children are found by
-- their primary keys (invocation_id, card_uuid first) and card_feedback by ix_card_feedback_card.
CREATE INDEX ix_hook_invocation_received ON hook_invocation (received_at);
CREATE INDEX ix_issued_card_issued ON issued_card (issued_at);
CREATE INDEX ix_card_feedback_received ON card_feedback (received_at);
