-- Read models of the interview-company projection (companies and their jobs); its reset handler empties them.
CREATE TABLE interview_company_view (
    company_id          VARCHAR(64) PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    active              BOOLEAN NOT NULL,
    created_by          VARCHAR(64) NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    deactivated_by      VARCHAR(64),
    deactivated_at      TIMESTAMPTZ,
    deactivation_reason TEXT
);

CREATE TABLE interview_job_view (
    job_id              VARCHAR(64) PRIMARY KEY,
    company_id          VARCHAR(64) NOT NULL,
    title               VARCHAR(200) NOT NULL,
    description         TEXT,
    active              BOOLEAN NOT NULL,
    created_by          VARCHAR(64) NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    deactivated_by      VARCHAR(64),
    deactivated_at      TIMESTAMPTZ,
    deactivation_reason TEXT
);
CREATE INDEX interview_job_view_company ON interview_job_view (company_id, title);
