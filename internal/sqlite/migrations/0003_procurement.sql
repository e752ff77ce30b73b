-- Procurement (issue 13): the supplier registry, and the contract an order
-- stands for (its registered supplier, agent, reference and justification).

CREATE TABLE suppliers (
	id              TEXT    NOT NULL PRIMARY KEY,
	name            TEXT    NOT NULL,
	country         TEXT    NOT NULL,
	identifier_kind TEXT    NOT NULL,
	identifier      TEXT    NOT NULL,
	-- kind:country:identifier; one company is registered once.
	registry_key    TEXT    NOT NULL UNIQUE,
	by_issuer       TEXT    NOT NULL,
	by_sub          TEXT    NOT NULL,
	by_nation       TEXT    NOT NULL,
	registered_at   INTEGER NOT NULL,
	version         INTEGER NOT NULL
) STRICT;
-- The registry is listed newest first, (registered_at, id) descending.
CREATE INDEX suppliers_order ON suppliers (registered_at, id);

-- Orders drafted before the registry keep empty terms.
ALTER TABLE orders ADD COLUMN supplier_id        TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN agent_kind         TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN agent_country      TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN agent_name         TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN contract_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN justification      TEXT NOT NULL DEFAULT '';

-- Versions (optimistic concurrency): every change of a request or an order
-- writes version + 1 on the condition that the version is still the one
-- its editor read.
ALTER TABLE requests ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE orders   ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
