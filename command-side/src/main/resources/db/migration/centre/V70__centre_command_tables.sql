-- Command-side tables of multi-centre operations, written in the command's (or the bundle import's) transaction.

-- Every centre-homed aggregate and its home centre: bundles select a centre's events through it.
CREATE TABLE aggregate_home (
    aggregate_id   VARCHAR(255) PRIMARY KEY,
    aggregate_type VARCHAR(64)  NOT NULL,
    centre_id      VARCHAR(64)  NOT NULL
);
CREATE INDEX aggregate_home_centre ON aggregate_home (centre_id);

-- Centre codes are unique on this node.
CREATE TABLE centre_code (
    code      VARCHAR(32) PRIMARY KEY,
    centre_id VARCHAR(255) NOT NULL UNIQUE
);

-- Uploaded files, content-addressed by SHA-256 (hex); events keep only the hash.
CREATE TABLE stored_file (
    sha256     CHAR(64) PRIMARY KEY,
    media_type VARCHAR(100) NOT NULL,
    size       INTEGER      NOT NULL,
    content    BYTEA        NOT NULL,
    stored_at  TIMESTAMPTZ  NOT NULL
);

-- What this node received from whom: per source node and centre, the source position reached.
CREATE TABLE sync_ledger (
    source_node     VARCHAR(128) NOT NULL,
    source_centre   VARCHAR(64)  NOT NULL,
    scope           VARCHAR(32)  NOT NULL,
    last_position   BIGINT       NOT NULL,
    bundles         INTEGER      NOT NULL,
    events          BIGINT       NOT NULL,
    last_bundle     CHAR(64)     NOT NULL,
    last_received_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source_node, source_centre, scope)
);

CREATE TABLE sync_bundle (
    bundle_hash   CHAR(64) PRIMARY KEY,
    source_node   VARCHAR(128) NOT NULL,
    source_centre VARCHAR(64)  NOT NULL,
    scope         VARCHAR(32)  NOT NULL,
    after_position BIGINT      NOT NULL,
    to_position   BIGINT       NOT NULL,
    event_count   INTEGER      NOT NULL,
    applied_count INTEGER      NOT NULL,
    imported_at   TIMESTAMPTZ  NOT NULL
);
