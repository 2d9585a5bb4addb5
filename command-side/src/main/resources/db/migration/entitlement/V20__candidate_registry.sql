-- Command-side lookup tables of the entitlement feature, written in the command's transaction.
CREATE TABLE candidate_registry (
    candidate_id VARCHAR(64) PRIMARY KEY,
    roll_number  VARCHAR(64) NOT NULL UNIQUE,
    trade        VARCHAR(128) NOT NULL,
    centre_id    VARCHAR(64)
);
CREATE INDEX candidate_registry_trade ON candidate_registry (trade);

CREATE TABLE candidate_account (
    user_id      VARCHAR(64) PRIMARY KEY,
    candidate_id VARCHAR(64) NOT NULL UNIQUE REFERENCES candidate_registry (candidate_id)
);
