-- Owned by the recognition module and written in the same transaction as the EnrolFace / RemoveFaces command, so
-- the events (which carry only hashes) and the stored images never disagree.

-- Enrolment photos, content-addressed; a photo is deleted once no enrolment names it.
CREATE TABLE recognition_photo (
    sha256     CHAR(64)    PRIMARY KEY,
    media_type VARCHAR(32) NOT NULL,
    size       INTEGER     NOT NULL,
    content    BYTEA       NOT NULL
);

-- The model's data: each enrolled photo's face box and normalised crops (PNG), made with crop_model (detector +
-- normaliser); rows made with another crop_model are re-derived from the photo when the model is trained.
CREATE TABLE recognition_face (
    student_id  VARCHAR(64)  NOT NULL,
    sha256      CHAR(64)     NOT NULL REFERENCES recognition_photo (sha256),
    crop_model  VARCHAR(200) NOT NULL,
    face_x      INTEGER      NOT NULL,
    face_y      INTEGER      NOT NULL,
    face_width  INTEGER      NOT NULL,
    face_height INTEGER      NOT NULL,
    grey_png    BYTEA        NOT NULL,
    colour_png  BYTEA        NOT NULL,
    enrolled_by VARCHAR(64)  NOT NULL,
    enrolled_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (student_id, sha256)
);
CREATE INDEX recognition_face_photo ON recognition_face (sha256);
