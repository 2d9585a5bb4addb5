-- Every weekly schedule a course group has had, one row per period: from the instant it took effect (the group's
-- creation, or a schedule change, keyed by that event's sequence number in the group's stream) until the next change
-- or the deactivation. The calendar writes one recurring series per period, so the occurrences of an earlier
-- schedule stay visible after a change, each with its own exceptions.
CREATE TABLE timetable_schedule_view (
    group_id     VARCHAR(64) NOT NULL,
    seq          BIGINT      NOT NULL,
    schedule_day VARCHAR(9)  NOT NULL,
    start_time   TIME        NOT NULL,
    end_time     TIME        NOT NULL,
    room_id      VARCHAR(64) NOT NULL,
    zone         VARCHAR(64) NOT NULL,
    starts_on    DATE,
    ends_on      DATE,
    effective_at TIMESTAMPTZ NOT NULL,
    ended_at     TIMESTAMPTZ,
    PRIMARY KEY (group_id, seq)
);

-- The periods of groups that already exist come from their events: the timetable projection starts again from the
-- first event, as a replay does (its tables emptied, its token and dead letters gone; the processor rebuilds them).
DELETE FROM timetable_group_view;
DELETE FROM timetable_exception_view;
DELETE FROM timetable_slot_view;
DELETE FROM tokenentry WHERE processorname = 'timetable';
DELETE FROM deadletterentry WHERE processinggroup = 'timetable';
