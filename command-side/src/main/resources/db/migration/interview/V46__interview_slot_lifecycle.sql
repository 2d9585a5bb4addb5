-- A cancelled slot gives its interviewer's time back: the overlap constraint holds among slots not cancelled.
ALTER TABLE interview_slot_registry ADD COLUMN cancelled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE interview_slot_registry DROP CONSTRAINT interview_slot_interviewer_overlap;
ALTER TABLE interview_slot_registry ADD CONSTRAINT interview_slot_interviewer_overlap
    EXCLUDE USING gist (interviewer_id WITH =, during WITH &&) WHERE (NOT cancelled);

-- The interviewer's day a slot was counted on, so that cancelling it counts it off again. Slots counted before this
-- column existed have none (their day depended on a pattern's zone that is not kept) and keep their count.
ALTER TABLE interview_slot_registry ADD COLUMN counted_day DATE;
ALTER TABLE interview_interviewer_day DROP CONSTRAINT interview_interviewer_day_slots_check;
ALTER TABLE interview_interviewer_day ADD CONSTRAINT interview_interviewer_day_slots_check CHECK (slots >= 0);
