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
-- committed is 1 while the order is placed or delivered: the draws are
-- rewritten with every change of the order, and the fund sums them from
-- one index without visiting the orders.
CREATE TABLE order_draws (
	order_id  TEXT    NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
	seq       INTEGER NOT NULL,
	area      TEXT    NOT NULL,
	cents     INTEGER NOT NULL,
	committed INTEGER NOT NULL,
	PRIMARY KEY (order_id, seq)
) STRICT, WITHOUT ROWID;
CREATE INDEX order_draws_committed ON order_draws (committed, area, cents);

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

-- The fund, kept by triggers in the transaction of every change to a
-- contribution or a draw, so that reading it costs the same at any size.
-- These are sums of the rows as they are, never adjusted by hand;
-- TestLedger checks them against the sums of the rows themselves.
-- pool is '' for unearmarked money. Only pledged and received
-- contributions count; in-kind ones count as in_kind whatever their status,
-- financial ones as pledged (pledged) or received (received, as booked).
CREATE TABLE fund_pools (
	pool      TEXT    NOT NULL PRIMARY KEY,
	pledged   INTEGER NOT NULL DEFAULT 0,
	received  INTEGER NOT NULL DEFAULT 0,
	in_kind   INTEGER NOT NULL DEFAULT 0,
	committed INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;

-- How many pledged or received contributions each nation has in a pool:
-- the pool's givers are its rows.
CREATE TABLE fund_givers (
	pool   TEXT    NOT NULL,
	nation TEXT    NOT NULL,
	n      INTEGER NOT NULL,
	PRIMARY KEY (pool, nation)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER contributions_fund_add AFTER INSERT ON contributions
WHEN NEW.status IN ('PLEDGED', 'RECEIVED')
BEGIN
	INSERT INTO fund_pools (pool, pledged, received, in_kind) VALUES (NEW.earmark,
		CASE WHEN NEW.kind <> 'IN_KIND' AND NEW.status = 'PLEDGED' THEN NEW.eur_cents ELSE 0 END,
		CASE WHEN NEW.kind <> 'IN_KIND' AND NEW.status = 'RECEIVED' THEN COALESCE(NEW.received_eur_cents, 0) ELSE 0 END,
		CASE WHEN NEW.kind = 'IN_KIND' THEN NEW.eur_cents ELSE 0 END)
	ON CONFLICT (pool) DO UPDATE SET pledged = pledged + excluded.pledged,
		received = received + excluded.received, in_kind = in_kind + excluded.in_kind;
	INSERT INTO fund_givers (pool, nation, n) VALUES (NEW.earmark, NEW.nation, 1)
	ON CONFLICT (pool, nation) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER contributions_fund_remove AFTER DELETE ON contributions
WHEN OLD.status IN ('PLEDGED', 'RECEIVED')
BEGIN
	UPDATE fund_pools SET
		pledged = pledged - CASE WHEN OLD.kind <> 'IN_KIND' AND OLD.status = 'PLEDGED' THEN OLD.eur_cents ELSE 0 END,
		received = received - CASE WHEN OLD.kind <> 'IN_KIND' AND OLD.status = 'RECEIVED' THEN COALESCE(OLD.received_eur_cents, 0) ELSE 0 END,
		in_kind = in_kind - CASE WHEN OLD.kind = 'IN_KIND' THEN OLD.eur_cents ELSE 0 END
	WHERE pool = OLD.earmark;
	UPDATE fund_givers SET n = n - 1 WHERE pool = OLD.earmark AND nation = OLD.nation;
	DELETE FROM fund_givers WHERE pool = OLD.earmark AND nation = OLD.nation AND n = 0;
END;

-- An update is the old row taken out, then the new row put in.
CREATE TRIGGER contributions_fund_update_old AFTER UPDATE ON contributions
WHEN OLD.status IN ('PLEDGED', 'RECEIVED')
BEGIN
	UPDATE fund_pools SET
		pledged = pledged - CASE WHEN OLD.kind <> 'IN_KIND' AND OLD.status = 'PLEDGED' THEN OLD.eur_cents ELSE 0 END,
		received = received - CASE WHEN OLD.kind <> 'IN_KIND' AND OLD.status = 'RECEIVED' THEN COALESCE(OLD.received_eur_cents, 0) ELSE 0 END,
		in_kind = in_kind - CASE WHEN OLD.kind = 'IN_KIND' THEN OLD.eur_cents ELSE 0 END
	WHERE pool = OLD.earmark;
	UPDATE fund_givers SET n = n - 1 WHERE pool = OLD.earmark AND nation = OLD.nation;
	DELETE FROM fund_givers WHERE pool = OLD.earmark AND nation = OLD.nation AND n = 0;
END;

CREATE TRIGGER contributions_fund_update_new AFTER UPDATE ON contributions
WHEN NEW.status IN ('PLEDGED', 'RECEIVED')
BEGIN
	INSERT INTO fund_pools (pool, pledged, received, in_kind) VALUES (NEW.earmark,
		CASE WHEN NEW.kind <> 'IN_KIND' AND NEW.status = 'PLEDGED' THEN NEW.eur_cents ELSE 0 END,
		CASE WHEN NEW.kind <> 'IN_KIND' AND NEW.status = 'RECEIVED' THEN COALESCE(NEW.received_eur_cents, 0) ELSE 0 END,
		CASE WHEN NEW.kind = 'IN_KIND' THEN NEW.eur_cents ELSE 0 END)
	ON CONFLICT (pool) DO UPDATE SET pledged = pledged + excluded.pledged,
		received = received + excluded.received, in_kind = in_kind + excluded.in_kind;
	INSERT INTO fund_givers (pool, nation, n) VALUES (NEW.earmark, NEW.nation, 1)
	ON CONFLICT (pool, nation) DO UPDATE SET n = n + 1;
END;

-- Draws are only inserted and deleted (an order's change rewrites them).
CREATE TRIGGER order_draws_fund_add AFTER INSERT ON order_draws
WHEN NEW.committed = 1
BEGIN
	INSERT INTO fund_pools (pool, committed) VALUES (NEW.area, NEW.cents)
	ON CONFLICT (pool) DO UPDATE SET committed = committed + excluded.committed;
END;

CREATE TRIGGER order_draws_fund_remove AFTER DELETE ON order_draws
WHEN OLD.committed = 1
BEGIN
	UPDATE fund_pools SET committed = committed - OLD.cents WHERE pool = OLD.area;
END;

CREATE TRIGGER order_draws_no_update BEFORE UPDATE ON order_draws
BEGIN
	SELECT RAISE(ABORT, 'order_draws are rewritten, never updated');
END;
