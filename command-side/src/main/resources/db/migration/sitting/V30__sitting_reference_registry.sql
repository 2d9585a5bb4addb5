-- Command-side lookup of the sitting's reference records, written in the command's transaction: natural keys
-- (semester code, room name, subject code, roll number, enrolment, staff account) are unique among live records.
CREATE TABLE sitting_reference (
    kind        VARCHAR(16)  NOT NULL,
    id          VARCHAR(64)  NOT NULL,
    natural_key VARCHAR(300) NOT NULL,
    retired     BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (kind, id)
);
CREATE UNIQUE INDEX sitting_reference_live_key ON sitting_reference (kind, natural_key) WHERE NOT retired;
