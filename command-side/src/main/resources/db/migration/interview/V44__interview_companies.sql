-- Companies and jobs as the command side keeps them, written and read in the command's transaction. A company's id
-- is the companyId claim of its users; a job keeps its company for life. Deactivation is soft (active = FALSE).
CREATE TABLE interview_company_registry (
    company_id VARCHAR(64) PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    active     BOOLEAN NOT NULL DEFAULT TRUE
);
-- two live companies never share a name (case aside); a deactivated company gives its name up
CREATE UNIQUE INDEX interview_company_live_name ON interview_company_registry (lower(name)) WHERE active;

CREATE TABLE interview_job_registry (
    job_id     VARCHAR(64) PRIMARY KEY,
    company_id VARCHAR(64) NOT NULL REFERENCES interview_company_registry (company_id),
    active     BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT interview_job_of_company UNIQUE (job_id, company_id)
);

ALTER TABLE interview_slot_registry ADD COLUMN job_id VARCHAR(64);
ALTER TABLE interview_registry ADD COLUMN job_id VARCHAR(64);

-- Slots, interviews and availability patterns belong to a company, and the job of a slot or interview is one of its
-- company's jobs. NOT VALID: rows written while companies were free text stay as they were (their events say so);
-- every row written from now on is checked.
ALTER TABLE interview_slot_registry
    ADD CONSTRAINT interview_slot_company FOREIGN KEY (company_id)
        REFERENCES interview_company_registry (company_id) NOT VALID,
    ADD CONSTRAINT interview_slot_job FOREIGN KEY (job_id, company_id)
        REFERENCES interview_job_registry (job_id, company_id) NOT VALID;
ALTER TABLE interview_registry
    ADD CONSTRAINT interview_company FOREIGN KEY (company_id)
        REFERENCES interview_company_registry (company_id) NOT VALID,
    ADD CONSTRAINT interview_job FOREIGN KEY (job_id, company_id)
        REFERENCES interview_job_registry (job_id, company_id) NOT VALID;
ALTER TABLE interview_availability_registry
    ADD CONSTRAINT interview_availability_company FOREIGN KEY (company_id)
        REFERENCES interview_company_registry (company_id) NOT VALID;
