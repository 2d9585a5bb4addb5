-- Read model of candidates' photos (the centre projection): the current photo's hash per candidate.
CREATE TABLE candidate_photo_view (
    candidate_id VARCHAR(64) PRIMARY KEY,
    centre_id    VARCHAR(64) NOT NULL,
    file_hash    CHAR(64)    NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
