-- Every aggregate that belongs to a centre, whichever feature owns it: the centre feature's own (aggregate_home,
-- written at creation or import) and candidates registered with a centre (the entitlement feature's registry).
-- Bundle exports select a centre's events through it.
CREATE VIEW centre_aggregates AS
    SELECT aggregate_id, aggregate_type, centre_id FROM aggregate_home
    UNION ALL
    SELECT r.candidate_id, 'candidate', r.centre_id FROM candidate_registry r
    WHERE r.centre_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM aggregate_home h WHERE h.aggregate_id = r.candidate_id);
