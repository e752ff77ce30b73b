-- Receipts (issue 12): every receipt in the order of its recording, for
-- the receipts list and receipts.csv of a chair.
CREATE INDEX receipts_recorded ON receipts (recorded_at, id);

-- Equipment given in kind: how its value was set and how much of it has
-- arrived. Counted apart from money, never spent.
CREATE TABLE in_kind (
	contribution_id TEXT    NOT NULL PRIMARY KEY REFERENCES contributions (id),
	basis           TEXT    NOT NULL,
	description     TEXT    NOT NULL,
	delivery        TEXT    NOT NULL,
	delivered_cents INTEGER NOT NULL,
	delivered_at    INTEGER
) STRICT;
