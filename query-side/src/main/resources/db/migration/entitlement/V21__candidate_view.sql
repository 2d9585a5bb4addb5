-- Read model of the entitlement projection; its reset handler empties it for a replay.
CREATE TABLE candidate_view (
    candidate_id     VARCHAR(64) PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    roll_number      VARCHAR(64) NOT NULL,
    trade            VARCHAR(128) NOT NULL,
    centre_id        VARCHAR(64),
    user_id          VARCHAR(64),
    slot_status      VARCHAR(16) NOT NULL,
    slot_assigned_at TIMESTAMPTZ,
    slot_assigned_by VARCHAR(64),
    slot_consumed_at TIMESTAMPTZ,
    registered_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX candidate_view_trade ON candidate_view (trade, slot_status);
