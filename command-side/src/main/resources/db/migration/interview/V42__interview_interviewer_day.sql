-- Slots per interviewer and day, for the availability's max-slots-per-day rule: a recurring creation takes a count
-- with an UPDATE that only succeeds below the maximum, so the row lock and the WHERE decide, across nodes, instead
-- of a count read in Java. The day is the slot's local date in the zone of the availability pattern that covers it
-- (else the slot's own zone).
CREATE TABLE interview_interviewer_day (
    interviewer_id VARCHAR(64) NOT NULL,
    day            DATE NOT NULL,
    slots          INTEGER NOT NULL CHECK (slots > 0),
    PRIMARY KEY (interviewer_id, day)
);

-- slots made before this table existed count on their UTC date (the registry does not keep their zone)
INSERT INTO interview_interviewer_day (interviewer_id, day, slots)
SELECT interviewer_id, (lower(during) AT TIME ZONE 'UTC')::date, count(*)
FROM interview_slot_registry GROUP BY 1, 2;
