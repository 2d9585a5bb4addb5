-- Read models of course timetables, kept by the "timetable" projection (one segment, events in global order).

CREATE TABLE timetable_group_view (
    group_id            VARCHAR(64)  PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    semester_id         VARCHAR(64)  NOT NULL,
    lecturer_id         VARCHAR(64),
    schedule_day        VARCHAR(9)   NOT NULL,
    start_time          TIME         NOT NULL,
    end_time            TIME         NOT NULL,
    room_id             VARCHAR(64)  NOT NULL,
    zone                VARCHAR(64)  NOT NULL,
    starts_on           DATE,
    ends_on             DATE,
    active              BOOLEAN      NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    changed_by          VARCHAR(64),
    changed_at          TIMESTAMPTZ,
    deactivated_by      VARCHAR(64),
    deactivated_at      TIMESTAMPTZ,
    deactivation_reason VARCHAR(500),
    generated_from      DATE,
    generated_to        DATE,
    generated_at        TIMESTAMPTZ
);

CREATE TABLE timetable_exception_view (
    exception_id   VARCHAR(64) PRIMARY KEY,
    group_id       VARCHAR(64) NOT NULL,
    exception_date DATE        NOT NULL,
    cancelled      BOOLEAN     NOT NULL,
    room_id        VARCHAR(64),
    start_time     TIME,
    end_time       TIME,
    notes          TEXT,
    created_by     VARCHAR(64) NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    changed_by     VARCHAR(64),
    changed_at     TIMESTAMPTZ
);
CREATE INDEX timetable_exception_view_group ON timetable_exception_view (group_id, exception_date);

-- Every slot (exams too, so a room's schedule shows all that holds it); sessions are the slots whose source is a
-- course group. session_date is the slot's local date in its zone.
CREATE TABLE timetable_slot_view (
    slot_id       VARCHAR(64)  PRIMARY KEY,
    semester_id   VARCHAR(64)  NOT NULL,
    room_id       VARCHAR(64)  NOT NULL,
    starts_at     TIMESTAMPTZ  NOT NULL,
    ends_at       TIMESTAMPTZ  NOT NULL,
    zone          VARCHAR(64)  NOT NULL,
    session_date  DATE         NOT NULL,
    category      VARCHAR(20)  NOT NULL,
    lecturer_id   VARCHAR(64),
    source_type   VARCHAR(40),
    group_id      VARCHAR(64),
    active        BOOLEAN      NOT NULL,
    cancel_reason VARCHAR(500),
    created_at    TIMESTAMPTZ  NOT NULL,
    changed_at    TIMESTAMPTZ
);
CREATE INDEX timetable_slot_view_room ON timetable_slot_view (room_id, starts_at);
CREATE INDEX timetable_slot_view_group ON timetable_slot_view (group_id, session_date);
CREATE INDEX timetable_slot_view_date ON timetable_slot_view (session_date);
