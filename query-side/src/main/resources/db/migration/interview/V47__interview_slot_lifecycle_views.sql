-- Who cancelled or completed a slot, when, and why.
ALTER TABLE interview_slot_view
    ADD COLUMN cancelled_at        TIMESTAMPTZ,
    ADD COLUMN cancelled_by        VARCHAR(64),
    ADD COLUMN cancellation_reason TEXT,
    ADD COLUMN completed_at        TIMESTAMPTZ,
    ADD COLUMN completed_by        VARCHAR(64);
