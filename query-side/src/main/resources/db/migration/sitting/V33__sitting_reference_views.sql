-- Read models of the sitting-reference projection; its reset handler empties them for a replay.
CREATE TABLE sitting_semester_view (
    semester_id VARCHAR(64) PRIMARY KEY,
    code        VARCHAR(32) NOT NULL,
    start_date  DATE        NOT NULL,
    end_date    DATE        NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_by  VARCHAR(64),
    updated_at  TIMESTAMPTZ,
    retired_by  VARCHAR(64),
    retired_at  TIMESTAMPTZ
);
CREATE TABLE sitting_room_view (
    room_id    VARCHAR(64) PRIMARY KEY,
    name       VARCHAR(64) NOT NULL,
    capacity   INT         NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_by VARCHAR(64),
    updated_at TIMESTAMPTZ,
    retired_by VARCHAR(64),
    retired_at TIMESTAMPTZ
);
CREATE TABLE sitting_subject_view (
    subject_id VARCHAR(64)  PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    active     BOOLEAN      NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    updated_by VARCHAR(64),
    updated_at TIMESTAMPTZ,
    retired_by VARCHAR(64),
    retired_at TIMESTAMPTZ
);
CREATE TABLE sitting_student_view (
    student_id  VARCHAR(64)  PRIMARY KEY,
    roll_number VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_by  VARCHAR(64),
    updated_at  TIMESTAMPTZ,
    retired_by  VARCHAR(64),
    retired_at  TIMESTAMPTZ
);
CREATE TABLE sitting_enrolment_view (
    enrolment_id VARCHAR(64) PRIMARY KEY,
    student_id   VARCHAR(64) NOT NULL,
    subject_id   VARCHAR(64) NOT NULL,
    semester_id  VARCHAR(64) NOT NULL,
    created_by   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_by   VARCHAR(64),
    updated_at   TIMESTAMPTZ,
    retired_by   VARCHAR(64),
    retired_at   TIMESTAMPTZ
);
CREATE INDEX sitting_enrolment_view_student ON sitting_enrolment_view (student_id);
CREATE TABLE sitting_staff_view (
    staff_id   VARCHAR(64)  PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    staff_kind VARCHAR(16)  NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    updated_by VARCHAR(64),
    updated_at TIMESTAMPTZ,
    retired_by VARCHAR(64),
    retired_at TIMESTAMPTZ
);
