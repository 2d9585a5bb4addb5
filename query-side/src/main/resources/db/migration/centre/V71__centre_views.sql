-- Read models of the centre projection; its reset handler empties them for a replay.
CREATE TABLE centre_view (
    centre_id     VARCHAR(255) PRIMARY KEY,
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    zone          VARCHAR(64)  NOT NULL,
    home_centre   VARCHAR(64)  NOT NULL,
    registered_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE exam_view (
    exam_id          VARCHAR(64)  PRIMARY KEY,
    centre_id        VARCHAR(64)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    subjects         TEXT         NOT NULL,
    starts_at        TIMESTAMPTZ  NOT NULL,
    zone             VARCHAR(64)  NOT NULL,
    duration_minutes INTEGER      NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    deleted          BOOLEAN      NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX exam_view_centre ON exam_view (centre_id, starts_at);

CREATE TABLE question_view (
    question_id   VARCHAR(64)  PRIMARY KEY,
    centre_id     VARCHAR(64)  NOT NULL,
    subject       VARCHAR(128) NOT NULL,
    type          VARCHAR(16)  NOT NULL,
    text          TEXT         NOT NULL,
    options       TEXT         NOT NULL,
    answer_key    TEXT,
    marks         INTEGER      NOT NULL,
    difficulty    VARCHAR(16)  NOT NULL,
    document_hash CHAR(64),
    document_type VARCHAR(100),
    deleted       BOOLEAN      NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX question_view_subject ON question_view (centre_id, subject);

CREATE TABLE result_view (
    result_id    VARCHAR(64) PRIMARY KEY,
    exam_id      VARCHAR(64) NOT NULL,
    candidate_id VARCHAR(64) NOT NULL,
    centre_id    VARCHAR(64) NOT NULL,
    evaluator_id VARCHAR(64) NOT NULL,
    status       VARCHAR(16) NOT NULL,
    awarded      INTEGER     NOT NULL,
    out_of       INTEGER     NOT NULL,
    adjustment   INTEGER     NOT NULL,
    total        INTEGER,
    grade        VARCHAR(4),
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX result_view_exam ON result_view (exam_id);

CREATE TABLE result_mark_view (
    result_id   VARCHAR(64) NOT NULL,
    question_id VARCHAR(64) NOT NULL,
    awarded     INTEGER     NOT NULL,
    out_of      INTEGER     NOT NULL,
    PRIMARY KEY (result_id, question_id)
);
