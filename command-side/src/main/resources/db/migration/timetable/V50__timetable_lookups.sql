-- Command-side lookups of course timetables, written in the command's transaction.

-- One row per course group: every command that changes a group's sessions locks it (SELECT ... FOR UPDATE), so one
-- group's sessions change one command at a time on every node. Names are unique within a semester.
CREATE TABLE timetable_course_group (
    group_id    VARCHAR(64)  PRIMARY KEY,
    semester_id VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT timetable_course_group_name UNIQUE (semester_id, name)
);

-- Exceptions by id (the API's handle), one per (group, date).
CREATE TABLE timetable_exception (
    exception_id   VARCHAR(64) PRIMARY KEY,
    group_id       VARCHAR(64) NOT NULL,
    exception_date DATE        NOT NULL,
    CONSTRAINT timetable_exception_date UNIQUE (group_id, exception_date)
);

-- Each session's slot and what became of it: LIVE, removed by a cancelled EXCEPTION, REMOVED by a forced generation
-- or a deactivation, CANCELLED (one-off sessions). The slot's room and times live in sitting_slot_booking, where the
-- room rules are decided. A generated session's slot id is derived from (group, date, ordinal), so the primary key
-- also keeps ordinals unique.
CREATE TABLE timetable_session (
    slot_id      VARCHAR(64) PRIMARY KEY,
    group_id     VARCHAR(64) NOT NULL,
    session_date DATE        NOT NULL,
    kind         VARCHAR(16) NOT NULL CHECK (kind IN ('GENERATED', 'ONE_OFF')),
    state        VARCHAR(16) NOT NULL CHECK (state IN ('LIVE', 'EXCEPTION', 'REMOVED', 'CANCELLED')),
    ordinal      INT         NOT NULL
);
-- at most one live generated session per group and date, whoever generates it
CREATE UNIQUE INDEX timetable_session_live ON timetable_session (group_id, session_date)
    WHERE kind = 'GENERATED' AND state = 'LIVE';
CREATE INDEX timetable_session_group ON timetable_session (group_id, session_date);
