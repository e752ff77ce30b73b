-- The audit log tells what changed (issue 13): each event keeps the fields
-- the change set, before and after, as a JSON array of
-- {"field", "before", "after", "money"}; the reason the actor gave; and the
-- target's nation and status, which readers' row scopes decide on.
ALTER TABLE audit_events ADD COLUMN changes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE audit_events ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_events ADD COLUMN target_nation TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_events ADD COLUMN target_status TEXT NOT NULL DEFAULT '';

-- The log's filters, each an index ending in the log's order (at, id), so
-- that a filtered page reads its own rows newest first. A time range alone
-- reads audit_order (at, id); the action, target and target type keep
-- their indexes of 0001; a member's events read audit_nations_nation.
CREATE INDEX audit_actor ON audit_events (actor_sub, at, id);
CREATE INDEX audit_actor_nation ON audit_events (actor_nation, at, id);
CREATE INDEX audit_outcome ON audit_events (outcome, at, id);
