-- People: every person (an issuer and a subject) who used the API, with the
-- nation and role of their latest recorded request. A suspended person is
-- refused on every request, whatever their token says.
CREATE TABLE people (
	issuer     TEXT    NOT NULL,
	sub        TEXT    NOT NULL,
	nation     TEXT    NOT NULL,
	role       TEXT    NOT NULL,
	status     TEXT    NOT NULL,
	first_seen INTEGER NOT NULL,
	last_seen  INTEGER NOT NULL,
	reason     TEXT,
	PRIMARY KEY (issuer, sub)
) STRICT;
-- people of one nation (members and the Ministry), in the list's order
CREATE INDEX people_nation ON people (nation, issuer, sub);

-- The four-eyes rule compares people, not subjects: the drafter's issuer.
-- Orders drafted before it was kept have '' (compared by subject alone).
ALTER TABLE orders ADD COLUMN drafter_issuer TEXT NOT NULL DEFAULT '';

-- The audit shows who acted: the issuer beside the subject.
ALTER TABLE audit_events ADD COLUMN actor_issuer TEXT NOT NULL DEFAULT '';
