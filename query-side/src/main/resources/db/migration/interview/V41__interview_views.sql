-- Read models of the interview projection; its reset handler empties them for a replay.
CREATE TABLE interview_slot_view (
    slot_id           VARCHAR(64) PRIMARY KEY,
    type              VARCHAR(16) NOT NULL,
    status            VARCHAR(16) NOT NULL,
    interviewer_id    VARCHAR(64) NOT NULL,
    company_id        VARCHAR(64) NOT NULL,
    job_id            VARCHAR(64),
    start_at          TIMESTAMPTZ NOT NULL,
    end_at            TIMESTAMPTZ NOT NULL,
    duration_minutes  INTEGER NOT NULL,
    zone              VARCHAR(64) NOT NULL,
    max_candidates    INTEGER NOT NULL,
    current_bookings  INTEGER NOT NULL,
    notes             TEXT,
    series_id         VARCHAR(64),
    series_days       VARCHAR(32),
    series_start_date DATE,
    series_end_date   DATE,
    created_by        VARCHAR(64) NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX interview_slot_view_company ON interview_slot_view (company_id, start_at);
CREATE INDEX interview_slot_view_interviewer ON interview_slot_view (interviewer_id, start_at);

CREATE TABLE interview_schedule_view (
    schedule_id         VARCHAR(64) PRIMARY KEY,
    slot_id             VARCHAR(64) NOT NULL,
    interview_id        VARCHAR(64) NOT NULL,
    candidate_id        VARCHAR(64) NOT NULL,
    company_id          VARCHAR(64) NOT NULL,
    interviewer_id      VARCHAR(64) NOT NULL,
    start_at            TIMESTAMPTZ NOT NULL,
    end_at              TIMESTAMPTZ NOT NULL,
    status              VARCHAR(16) NOT NULL,
    notes               TEXT,
    booked_by           VARCHAR(64) NOT NULL,
    booked_at           TIMESTAMPTZ NOT NULL,
    confirmed_at        TIMESTAMPTZ,
    cancelled_at        TIMESTAMPTZ,
    cancellation_reason TEXT,
    cancelled_by        VARCHAR(64)
);
CREATE INDEX interview_schedule_view_slot ON interview_schedule_view (slot_id);
CREATE INDEX interview_schedule_view_candidate ON interview_schedule_view (candidate_id);

-- Written by events of two aggregates (the interview, and the slot whose confirmed booking sets its times), which
-- may be handled in either order: every column is set by exactly one kind of event.
CREATE TABLE interview_view (
    interview_id    VARCHAR(64) PRIMARY KEY,
    candidate_id    VARCHAR(64),
    company_id      VARCHAR(64),
    job_id          VARCHAR(64),
    round           INTEGER,
    created_at      TIMESTAMPTZ,
    schedule_id     VARCHAR(64),
    scheduled_start TIMESTAMPTZ,
    scheduled_end   TIMESTAMPTZ
);
CREATE INDEX interview_view_candidate ON interview_view (candidate_id);

CREATE TABLE interview_availability_view (
    availability_id   VARCHAR(64) PRIMARY KEY,
    interviewer_id    VARCHAR(64) NOT NULL,
    company_id        VARCHAR(64) NOT NULL,
    day_of_week       INTEGER NOT NULL,
    start_time        TIME NOT NULL,
    end_time          TIME NOT NULL,
    slot_duration     INTEGER NOT NULL,
    break_duration    INTEGER NOT NULL,
    is_available      BOOLEAN NOT NULL,
    max_slots_per_day INTEGER,
    valid_from        DATE,
    valid_until       DATE,
    zone              VARCHAR(64) NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);

CREATE TABLE interview_conflict_view (
    conflict_id         VARCHAR(160) PRIMARY KEY,
    type                VARCHAR(32) NOT NULL,
    resolution          VARCHAR(16) NOT NULL,
    slot_id             VARCHAR(64) NOT NULL,
    conflicting_slot_id VARCHAR(64),
    interviewer_id      VARCHAR(64) NOT NULL,
    company_id          VARCHAR(64) NOT NULL,
    details             TEXT NOT NULL,
    notes               TEXT,
    detected_at         TIMESTAMPTZ NOT NULL,
    resolved_at         TIMESTAMPTZ,
    resolved_by         VARCHAR(64)
);
