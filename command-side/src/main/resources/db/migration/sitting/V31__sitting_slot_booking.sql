-- Room bookings of live slots, written in the scheduling command's transaction. The database decides:
-- one slot per (semester, start, room), and no two overlapping live slots in one room, whoever schedules them
-- (exam operators or generated course sessions).
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE sitting_slot_booking (
    slot_id     VARCHAR(64) PRIMARY KEY,
    semester_id VARCHAR(64) NOT NULL,
    room_id     VARCHAR(64) NOT NULL,
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL,
    zone        VARCHAR(64) NOT NULL,
    active      BOOLEAN     NOT NULL DEFAULT TRUE,
    CONSTRAINT sitting_slot_booking_order CHECK (ends_at > starts_at),
    CONSTRAINT sitting_slot_booking_overlap
        EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (active)
);
CREATE UNIQUE INDEX sitting_slot_booking_start ON sitting_slot_booking (semester_id, starts_at, room_id) WHERE active;

-- Routes /exam-attendance/{id} to its slot without waiting for a projection.
CREATE TABLE sitting_attendance_route (
    attendance_id VARCHAR(64) PRIMARY KEY,
    slot_id       VARCHAR(64) NOT NULL,
    student_id    VARCHAR(64) NOT NULL,
    UNIQUE (slot_id, student_id)
);

-- Evidence images, content-addressed: the events carry only hash, size and media type.
CREATE TABLE sitting_evidence (
    sha256     CHAR(64)     PRIMARY KEY,
    media_type VARCHAR(100) NOT NULL,
    size       BIGINT       NOT NULL,
    content    BYTEA        NOT NULL
);
