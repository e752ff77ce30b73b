-- The coalition's first schema. Times are Unix milliseconds (UTC), the
-- precision MongoDB keeps too, so that data and cursors move between the
-- two stores unchanged. Money is integer cents. Ids are 24 lower-case hex
-- digits (the ObjectID format), so that the id order is the same in both
-- stores. An unearmarked pool is '' rather than NULL, so that a pool is one
-- value that an index and a GROUP BY treat alike.

CREATE TABLE nations (
	code             TEXT    NOT NULL PRIMARY KEY,
	name             TEXT    NOT NULL,
	role             TEXT    NOT NULL,
	status           TEXT    NOT NULL,
	joined_at        INTEGER NOT NULL,
	suspended_reason TEXT
) STRICT;
-- nations(role:), nations(status:), CountActive(role)
CREATE INDEX nations_role_status ON nations (role, status, code);
CREATE INDEX nations_status ON nations (status, code);

CREATE TABLE contributions (
	id                 TEXT    NOT NULL PRIMARY KEY,
	nation             TEXT    NOT NULL,
	kind               TEXT    NOT NULL,
	amount_cents       INTEGER NOT NULL,
	currency           TEXT    NOT NULL,
	eur_cents          INTEGER NOT NULL,
	received_eur_cents INTEGER,
	rate               TEXT,
	earmark            TEXT    NOT NULL DEFAULT '',
	status             TEXT    NOT NULL,
	pledged_at         INTEGER NOT NULL,
	received_at        INTEGER,
	pledged_by         TEXT    NOT NULL
) STRICT;
-- Every list is newest first, (pledged_at, id) descending; each filter has
-- an index that ends in that order, so a page reads only its own rows.
CREATE INDEX contributions_order ON contributions (pledged_at, id);
CREATE INDEX contributions_nation ON contributions (nation, pledged_at, id);
CREATE INDEX contributions_status ON contributions (status, pledged_at, id);
CREATE INDEX contributions_earmark ON contributions (earmark, pledged_at, id);
CREATE INDEX contributions_kind ON contributions (kind, pledged_at, id);
-- The fund's sums read only this index.
CREATE INDEX contributions_fund ON contributions (status, earmark, kind, nation, eur_cents, received_eur_cents);

CREATE TABLE requests (
	id                   TEXT    NOT NULL PRIMARY KEY,
	title                TEXT    NOT NULL,
	description          TEXT    NOT NULL,
	area                 TEXT    NOT NULL,
	phase                INTEGER NOT NULL,
	priority             INTEGER NOT NULL,
	-- closed is 0 for a request that takes part in its phase's priority
	-- order (coalition.RequestStatus.Open), 1 otherwise.
	closed               INTEGER NOT NULL,
	estimated_cost_cents INTEGER NOT NULL,
	status               TEXT    NOT NULL,
	reject_reason        TEXT,
	created_at           INTEGER NOT NULL,
	updated_at           INTEGER NOT NULL
) STRICT;
-- Lists are by (phase, closed, priority, id) ascending.
CREATE INDEX requests_order ON requests (phase, closed, priority, id);
CREATE INDEX requests_status ON requests (status, phase, closed, priority, id);
CREATE INDEX requests_area ON requests (area, phase, closed, priority, id);

CREATE TABLE orders (
	id           TEXT    NOT NULL PRIMARY KEY,
	request_id   TEXT    NOT NULL,
	area         TEXT    NOT NULL,
	supplier     TEXT    NOT NULL,
	amount_cents INTEGER NOT NULL,
	status       TEXT    NOT NULL,
	drafted_by   TEXT    NOT NULL,
	approved_by  TEXT,
	drafted_at   INTEGER NOT NULL,
	placed_at    INTEGER,
	delivered_at INTEGER,
	cancelled_at INTEGER
) STRICT;
-- Lists are newest draft first, (drafted_at, id) descending.
CREATE INDEX orders_order ON orders (drafted_at, id);
CREATE INDEX orders_status ON orders (status, drafted_at, id);
CREATE INDEX orders_request ON orders (request_id, drafted_at, id);

-- The pools an approved order's amount was committed from, in order.
CREATE TABLE order_draws (
	order_id TEXT    NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
	seq      INTEGER NOT NULL,
	area     TEXT    NOT NULL,
	cents    INTEGER NOT NULL,
	PRIMARY KEY (order_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE audit_events (
	id           TEXT    NOT NULL PRIMARY KEY,
	at           INTEGER NOT NULL,
	actor_sub    TEXT    NOT NULL,
	actor_role   TEXT    NOT NULL,
	actor_nation TEXT    NOT NULL,
	action       TEXT    NOT NULL,
	target       TEXT    NOT NULL,
	target_type  TEXT    NOT NULL,
	outcome      TEXT    NOT NULL,
	detail       TEXT    NOT NULL
) STRICT;
-- The log is newest first, (at, id) descending.
CREATE INDEX audit_order ON audit_events (at, id);
CREATE INDEX audit_target_type ON audit_events (target_type, at, id);
CREATE INDEX audit_action ON audit_events (action, at, id);
CREATE INDEX audit_target ON audit_events (target, at, id);

-- The nations an event is about, in order and each once, for scoping who
-- may read it. event_at repeats the event's time so that a nation's events
-- are read newest first from one index.
CREATE TABLE audit_nations (
	event_id TEXT    NOT NULL REFERENCES audit_events (id),
	seq      INTEGER NOT NULL,
	nation   TEXT    NOT NULL,
	event_at INTEGER NOT NULL,
	PRIMARY KEY (event_id, seq)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX audit_nations_nation ON audit_nations (nation, event_at, event_id);

-- Small named values: the demo seed's marker.
CREATE TABLE meta (
	key   TEXT NOT NULL PRIMARY KEY,
	value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
