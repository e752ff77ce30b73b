-- Who gave what (issue 11): the fund's disclosure control needs, per pool,
-- the nations behind each figure, which it read from every counted
-- contribution on each fund read, in time that grew with the coalition.
-- fund_giving keeps one row per (pool, nation, kind, status) among the counted contributions, with how many contributions it
-- stands for, by trigger in the transaction of every change: reading it
-- costs the same at any size. The statuses are
-- coalition.CountedContributionStatuses; the conformance suite checks the
-- table against the contributions themselves.
CREATE TABLE fund_giving (
	pool     TEXT    NOT NULL,
	nation   TEXT    NOT NULL,
	kind     TEXT    NOT NULL,
	status   TEXT    NOT NULL,
	n        INTEGER NOT NULL,
	PRIMARY KEY (pool, nation, kind, status)
) STRICT, WITHOUT ROWID;

INSERT INTO fund_giving (pool, nation, kind, status, n)
	SELECT earmark, nation, kind, status, COUNT(*)
	FROM contributions WHERE status IN ('PLEDGED', 'COMMITTED', 'RECEIVED')
	GROUP BY 1, 2, 3, 4;

CREATE TRIGGER contributions_giving_add AFTER INSERT ON contributions
WHEN NEW.status IN ('PLEDGED', 'COMMITTED', 'RECEIVED')
BEGIN
	INSERT INTO fund_giving (pool, nation, kind, status, n)
	VALUES (NEW.earmark, NEW.nation, NEW.kind, NEW.status, 1)
	ON CONFLICT (pool, nation, kind, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER contributions_giving_remove AFTER DELETE ON contributions
WHEN OLD.status IN ('PLEDGED', 'COMMITTED', 'RECEIVED')
BEGIN
	UPDATE fund_giving SET n = n - 1 WHERE pool = OLD.earmark AND nation = OLD.nation AND kind = OLD.kind AND status = OLD.status;
	DELETE FROM fund_giving WHERE pool = OLD.earmark AND nation = OLD.nation AND kind = OLD.kind AND status = OLD.status AND n = 0;
END;

-- An update is the old row taken out, then the new row put in.
CREATE TRIGGER contributions_giving_update_old AFTER UPDATE ON contributions
WHEN OLD.status IN ('PLEDGED', 'COMMITTED', 'RECEIVED')
BEGIN
	UPDATE fund_giving SET n = n - 1 WHERE pool = OLD.earmark AND nation = OLD.nation AND kind = OLD.kind AND status = OLD.status;
	DELETE FROM fund_giving WHERE pool = OLD.earmark AND nation = OLD.nation AND kind = OLD.kind AND status = OLD.status AND n = 0;
END;

CREATE TRIGGER contributions_giving_update_new AFTER UPDATE ON contributions
WHEN NEW.status IN ('PLEDGED', 'COMMITTED', 'RECEIVED')
BEGIN
	INSERT INTO fund_giving (pool, nation, kind, status, n)
	VALUES (NEW.earmark, NEW.nation, NEW.kind, NEW.status, 1)
	ON CONFLICT (pool, nation, kind, status) DO UPDATE SET n = n + 1;
END;

-- The fund's figures come from the books (ledger_accounts, 0002) since the
-- ledger was wired: the per-pool sums the triggers of 0001 kept are read
-- by nothing, and every contribution and draw paid for them.
DROP TRIGGER contributions_fund_add;
DROP TRIGGER contributions_fund_remove;
DROP TRIGGER contributions_fund_update_old;
DROP TRIGGER contributions_fund_update_new;
DROP TRIGGER order_draws_fund_add;
DROP TRIGGER order_draws_fund_remove;
DROP TABLE fund_pools;
DROP TABLE fund_givers;
-- The index that served the fund's full read of the counted contributions.
DROP INDEX contributions_fund;
