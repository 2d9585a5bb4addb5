-- Read models of the sitting projection (slots, subjects, participants, attendance, detections); its reset
-- handler empties them for a replay. Names (room, subject code, roll number) are joined in at query time.
CREATE TABLE sitting_slot_view (
    slot_id            VARCHAR(64) PRIMARY KEY,
    semester_id        VARCHAR(64) NOT NULL,
    room_id            VARCHAR(64) NOT NULL,
    starts_at          TIMESTAMPTZ NOT NULL,
    ends_at            TIMESTAMPTZ NOT NULL,
    zone               VARCHAR(64) NOT NULL,
    category           VARCHAR(20) NOT NULL,
    supervisor_ids     TEXT[]      NOT NULL,
    lecturer_id        VARCHAR(64),
    source_type        VARCHAR(64),
    source_id          VARCHAR(64),
    active             BOOLEAN     NOT NULL,
    created_by         VARCHAR(64) NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_by         VARCHAR(64),
    updated_at         TIMESTAMPTZ,
    cancelled_by       VARCHAR(64),
    cancelled_at       TIMESTAMPTZ,
    cancel_reason      VARCHAR(500),
    session_running    BOOLEAN     NOT NULL DEFAULT FALSE,
    session_mode       VARCHAR(16),
    session_started_at TIMESTAMPTZ,
    session_stopped_at TIMESTAMPTZ,
    finalized          BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX sitting_slot_view_time ON sitting_slot_view (starts_at);
CREATE INDEX sitting_slot_view_semester ON sitting_slot_view (semester_id, starts_at);

CREATE TABLE sitting_slot_subject_view (
    slot_id     VARCHAR(64) NOT NULL,
    subject_id  VARCHAR(64) NOT NULL,
    active      BOOLEAN     NOT NULL,
    assigned_by VARCHAR(64) NOT NULL,
    assigned_at TIMESTAMPTZ NOT NULL,
    removed_by  VARCHAR(64),
    removed_at  TIMESTAMPTZ,
    PRIMARY KEY (slot_id, subject_id)
);

CREATE TABLE sitting_participant_view (
    participant_id VARCHAR(64) PRIMARY KEY,
    slot_id        VARCHAR(64) NOT NULL,
    subject_id     VARCHAR(64) NOT NULL,
    student_id     VARCHAR(64) NOT NULL,
    enrolled       BOOLEAN     NOT NULL,
    added_by       VARCHAR(64) NOT NULL,
    added_at       TIMESTAMPTZ NOT NULL,
    changed_by     VARCHAR(64),
    changed_at     TIMESTAMPTZ,
    withdrawn_by   VARCHAR(64),
    withdrawn_at   TIMESTAMPTZ
);
CREATE INDEX sitting_participant_view_slot ON sitting_participant_view (slot_id, subject_id);
CREATE INDEX sitting_participant_view_student ON sitting_participant_view (student_id);

CREATE TABLE sitting_attendance_view (
    attendance_id       VARCHAR(64) PRIMARY KEY,
    slot_id             VARCHAR(64) NOT NULL,
    student_id          VARCHAR(64) NOT NULL,
    status              VARCHAR(16) NOT NULL,
    needs_review        BOOLEAN     NOT NULL,
    review_reason       VARCHAR(200),
    method              VARCHAR(16),
    remark              VARCHAR(1000),
    marked_by           VARCHAR(64),
    marked_at           TIMESTAMPTZ,
    confidence          DOUBLE PRECISION,
    detected_at         TIMESTAMPTZ,
    evidence_hash       CHAR(64),
    evidence_media_type VARCHAR(100),
    opened_at           TIMESTAMPTZ NOT NULL,
    UNIQUE (slot_id, student_id)
);

CREATE TABLE sitting_detection_view (
    detection_id  VARCHAR(64) PRIMARY KEY,
    slot_id       VARCHAR(64) NOT NULL,
    student_id    VARCHAR(64),
    accepted      BOOLEAN     NOT NULL,
    reason        VARCHAR(32),
    confidence    DOUBLE PRECISION NOT NULL,
    captured_at   TIMESTAMPTZ,
    mode          VARCHAR(16),
    frame_hash    VARCHAR(128),
    evidence_hash CHAR(64),
    recorded_by   VARCHAR(64) NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX sitting_detection_view_slot ON sitting_detection_view (slot_id, recorded_at);
