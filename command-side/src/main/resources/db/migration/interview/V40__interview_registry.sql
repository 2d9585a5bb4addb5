-- Command-side lookup tables of interview scheduling, written in the command's transaction. PostgreSQL decides
-- every set rule here, across threads and nodes: interviewer overlap and candidate overlap by exclusion
-- constraints, capacity by a counter that a CHECK keeps within max_candidates.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE interview_slot_registry (
    slot_id        VARCHAR(64) PRIMARY KEY,
    interviewer_id VARCHAR(64) NOT NULL,
    company_id     VARCHAR(64) NOT NULL,
    during         TSTZRANGE NOT NULL,
    max_candidates INTEGER NOT NULL CHECK (max_candidates > 0),
    booked         INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT interview_slot_capacity CHECK (booked >= 0 AND booked <= max_candidates),
    CONSTRAINT interview_slot_interviewer_overlap EXCLUDE USING gist (interviewer_id WITH =, during WITH &&)
);

CREATE TABLE interview_registry (
    interview_id VARCHAR(64) PRIMARY KEY,
    candidate_id VARCHAR(64) NOT NULL,
    company_id   VARCHAR(64) NOT NULL
);

-- One row per booking ever made; only active ones take the candidate's time and the interview.
CREATE TABLE interview_booking_registry (
    schedule_id  VARCHAR(64) PRIMARY KEY,
    slot_id      VARCHAR(64) NOT NULL REFERENCES interview_slot_registry (slot_id),
    interview_id VARCHAR(64) NOT NULL REFERENCES interview_registry (interview_id),
    candidate_id VARCHAR(64) NOT NULL,
    during       TSTZRANGE NOT NULL,
    active       BOOLEAN NOT NULL,
    CONSTRAINT interview_booking_candidate_overlap
        EXCLUDE USING gist (candidate_id WITH =, during WITH &&) WHERE (active)
);
CREATE UNIQUE INDEX interview_booking_one_per_interview ON interview_booking_registry (interview_id) WHERE active;

-- Availability patterns, read by slot creation in the same transaction (advisory: a slot outside them is a conflict).
CREATE TABLE interview_availability_registry (
    availability_id   VARCHAR(64) PRIMARY KEY,
    interviewer_id    VARCHAR(64) NOT NULL,
    company_id        VARCHAR(64) NOT NULL,
    day_of_week       SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    start_time        TIME NOT NULL,
    end_time          TIME NOT NULL,
    is_available      BOOLEAN NOT NULL,
    max_slots_per_day INTEGER,
    valid_from        DATE,
    valid_until       DATE,
    zone              VARCHAR(64) NOT NULL,
    removed           BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX interview_availability_interviewer ON interview_availability_registry (interviewer_id, day_of_week);
