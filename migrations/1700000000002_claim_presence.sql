-- Source claims: the claiming node's presence (a session-level advisory lock it holds while it
-- runs), so another node takes over the leases of a node whose session ended (killed, crashed)
-- at once instead of when the lease lapses. NULL: no presence known, the lease alone counts.

-- Up Migration
ALTER TABLE source_claims ADD COLUMN lease_presence integer;

-- Down Migration
ALTER TABLE source_claims DROP COLUMN lease_presence;
