-- The command side's credentials: written with the user's events in one transaction; never in an event.
CREATE TABLE user_credentials (
    user_id       VARCHAR(64) PRIMARY KEY,
    username      VARCHAR(64) NOT NULL UNIQUE,
    password_hash VARCHAR(100) NOT NULL,
    roles         VARCHAR(512) NOT NULL,
    centre_id     VARCHAR(64),
    company_id    VARCHAR(64),
    disabled      BOOLEAN NOT NULL
);

-- Issued refresh tokens, stored as SHA-256 hashes; logout revokes them.
CREATE TABLE refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    user_id    VARCHAR(64) NOT NULL REFERENCES user_credentials (user_id),
    issued_at  TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);
