-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 4: authority in the exchange (issue 12). Frozen once released.
-- The principal each known replica writes for (coordinator, or the liaison of a city),
-- bound once and never changed. This replica's own binding lives in local_replica and the
-- founding data's is fixed; this table holds the others, learnt from packages.
CREATE TABLE writer (
    replica TEXT PRIMARY KEY NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('coordinator', 'liaison')),
    city TEXT,
    CHECK ((role = 'liaison') = (city IS NOT NULL))
);
INSERT OR IGNORE INTO writer (replica, role, city)
SELECT replica, role, CASE WHEN role = 'liaison' THEN city END FROM local_peer
WHERE role = 'coordinator' OR (role = 'liaison' AND city IS NOT NULL);

-- Local only: writes this replica refused or set aside, with the rule that refused them,
-- shown in the conflict inbox until the user dismisses them.
CREATE TABLE notice (
    id TEXT PRIMARY KEY NOT NULL,
    at TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('import', 'local')),
    record_kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    title TEXT,
    field TEXT NOT NULL,
    writer TEXT,
    reason TEXT NOT NULL
);
CREATE INDEX notice_at_idx ON notice (at);
