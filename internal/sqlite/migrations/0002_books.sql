-- The books (issue 12): a double-entry ledger in EUR cents. Balances are
-- kept beside the entries so that the fund reads 35 rows whatever the
-- number of orders, and verify-books can recompute them from the entries.
CREATE TABLE ledger_accounts (
	pool            TEXT    NOT NULL,
	kind            TEXT    NOT NULL,
	debits_pending  INTEGER NOT NULL DEFAULT 0,
	debits_posted   INTEGER NOT NULL DEFAULT 0,
	credits_pending INTEGER NOT NULL DEFAULT 0,
	credits_posted  INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (pool, kind)
) STRICT, WITHOUT ROWID;

-- Entries are append-only: a mistake is corrected by a later entry.
CREATE TABLE ledger_entries (
	id              INTEGER NOT NULL PRIMARY KEY,
	phase           TEXT    NOT NULL,
	code            TEXT    NOT NULL,
	debit_pool      TEXT    NOT NULL,
	debit_kind      TEXT    NOT NULL,
	credit_pool     TEXT    NOT NULL,
	credit_kind     TEXT    NOT NULL,
	amount_cents    INTEGER NOT NULL CHECK (amount_cents > 0),
	pending_id      INTEGER NOT NULL DEFAULT 0,
	contribution_id TEXT    NOT NULL DEFAULT '',
	receipt_id      TEXT    NOT NULL DEFAULT '',
	order_id        TEXT    NOT NULL DEFAULT '',
	value_date      INTEGER NOT NULL,
	booked_at       INTEGER NOT NULL
) STRICT;
CREATE INDEX ledger_entries_order ON ledger_entries (order_id, id) WHERE order_id <> '';
CREATE INDEX ledger_entries_receipt ON ledger_entries (receipt_id, id) WHERE receipt_id <> '';
CREATE INDEX ledger_entries_contribution ON ledger_entries (contribution_id, id) WHERE contribution_id <> '';

CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN
	SELECT RAISE(ABORT, 'ledger entries are append-only');
END;
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN
	SELECT RAISE(ABORT, 'ledger entries are append-only');
END;

-- Receipts: instalments of money received for a contribution, kept by two
-- people. A reversal is recorded on its receipt; the receipt row is never
-- deleted.
CREATE TABLE receipts (
	id                 TEXT    NOT NULL PRIMARY KEY,
	contribution_id    TEXT    NOT NULL REFERENCES contributions (id),
	amount_cents       INTEGER NOT NULL,
	currency           TEXT    NOT NULL,
	rate               TEXT    NOT NULL,
	rate_source        TEXT    NOT NULL,
	eur_cents          INTEGER NOT NULL,
	value_date         INTEGER NOT NULL,
	reference          TEXT    NOT NULL,
	status             TEXT    NOT NULL,
	recorded_by_iss    TEXT    NOT NULL,
	recorded_by_sub    TEXT    NOT NULL,
	recorded_at        INTEGER NOT NULL,
	confirmed_by_iss   TEXT,
	confirmed_by_sub   TEXT,
	confirmed_at       INTEGER,
	reversal_reason    TEXT,
	reversal_by_iss    TEXT,
	reversal_by_sub    TEXT,
	reversal_at        INTEGER,
	reversal_conf_iss  TEXT,
	reversal_conf_sub  TEXT,
	reversal_conf_at   INTEGER,
	version            INTEGER NOT NULL
) STRICT;
CREATE INDEX receipts_contribution ON receipts (contribution_id, recorded_at, id);

-- The agreement that commits a contribution, and the contribution's version
-- for expectedVersion.
CREATE TABLE commitments (
	contribution_id TEXT    NOT NULL PRIMARY KEY REFERENCES contributions (id),
	reference       TEXT    NOT NULL,
	signed_on       INTEGER NOT NULL,
	committed_by_iss TEXT   NOT NULL,
	committed_by_sub TEXT   NOT NULL,
	committed_at    INTEGER NOT NULL
) STRICT;
ALTER TABLE contributions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
