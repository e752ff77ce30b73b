-- Procurement (issue 13): the approvals an order collects under the
-- policy's thresholds, the deliveries the Ministry records against it, and
-- the amendments of its amount.

-- The chairs' approvals so far, oldest first, as a JSON array of
-- {issuer, sub, nation, at}: written with the order in the same statement,
-- conditionally on its version, so two approvals cannot both land on one
-- version. Orders placed before they were kept have none.
ALTER TABLE orders ADD COLUMN approvals TEXT NOT NULL DEFAULT '[]';

CREATE TABLE deliveries (
	id              TEXT    NOT NULL PRIMARY KEY,
	order_id        TEXT    NOT NULL REFERENCES orders (id),
	value_cents     INTEGER NOT NULL,
	day             INTEGER NOT NULL,
	reference       TEXT    NOT NULL,
	status          TEXT    NOT NULL,
	whole           INTEGER NOT NULL,
	recorded_issuer TEXT    NOT NULL,
	recorded_sub    TEXT    NOT NULL,
	recorded_nation TEXT    NOT NULL,
	recorded_at     INTEGER NOT NULL,
	decided_issuer  TEXT,
	decided_sub     TEXT,
	decided_nation  TEXT,
	decided_at      INTEGER,
	reject_reason   TEXT,
	version         INTEGER NOT NULL
) STRICT;
-- An order's deliveries, oldest recorded first.
CREATE INDEX deliveries_order ON deliveries (order_id, recorded_at, id);

CREATE TABLE order_amendments (
	id              TEXT    NOT NULL PRIMARY KEY,
	order_id        TEXT    NOT NULL REFERENCES orders (id),
	from_cents      INTEGER NOT NULL,
	to_cents        INTEGER NOT NULL,
	reason          TEXT    NOT NULL,
	justification   TEXT    NOT NULL,
	status          TEXT    NOT NULL,
	proposed_issuer TEXT    NOT NULL,
	proposed_sub    TEXT    NOT NULL,
	proposed_nation TEXT    NOT NULL,
	proposed_at     INTEGER NOT NULL,
	-- JSON arrays: [{issuer, sub, nation, at}] and [{area, cents}].
	approvals       TEXT    NOT NULL,
	draws           TEXT    NOT NULL,
	applied_at      INTEGER,
	version         INTEGER NOT NULL
) STRICT;
-- An order's amendments, oldest proposal first.
CREATE INDEX order_amendments_order ON order_amendments (order_id, proposed_at, id);
