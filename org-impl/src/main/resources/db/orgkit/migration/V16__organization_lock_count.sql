-- Issue 19: on a Galera cluster a row lock (SELECT ... FOR UPDATE) holds only on the node that took it; transactions
-- of different nodes are ordered by certification of the rows they write. So the changes that must take turns per
-- organization (the last Admin, the member limit, a role being deleted against its assignment) write this counter
-- of the organization's row as their lock: on one server it is the same row lock, and on a cluster two of them on
-- different nodes conflict at commit, where one is rolled back (and retried) instead of both committing.
ALTER TABLE orgkit_organization ADD COLUMN lock_count BIGINT DEFAULT 0 NOT NULL;
