-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 8: the dashboard's numbers at network scale (issue 17). Frozen once
-- released.
--
-- participation_figures: one row per city, activity kind and whether the city hosted,
-- the sums of the participation rows of the activities that count (neither deleted nor
-- cancelled), exactly as DashboardQueries summed them before (TOTAL, the same CASE tests).
-- hosted_officers: per host city and kind, the officers other cities sent to it. Summing
-- 350,000 participation rows took a second; the dashboard reads these few thousand rows.
-- Triggers keep both in the same transaction as the rows, whichever path writes them (the
-- write path, an import, a raw edit), so they are never stale; local only, packages never
-- carry them. Plain SQL only: a database edited with the sqlite3 shell stays whole.

CREATE TABLE IF NOT EXISTS participation_figures (
    city TEXT NOT NULL,
    kind TEXT NOT NULL,
    home INTEGER NOT NULL,
    rows REAL NOT NULL DEFAULT 0,
    participants REAL NOT NULL DEFAULT 0,
    with_participants REAL NOT NULL DEFAULT 0,
    women REAL NOT NULL DEFAULT 0,
    participants_with_women REAL NOT NULL DEFAULT 0,
    officers REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (city, kind, home)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS hosted_officers (
    host_city TEXT NOT NULL,
    kind TEXT NOT NULL,
    officers REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (host_city, kind)
) WITHOUT ROWID;

CREATE TRIGGER IF NOT EXISTS participation_figures_insert AFTER INSERT ON participation BEGIN
    INSERT INTO participation_figures (city, kind, home, rows, participants, with_participants, women, participants_with_women, officers)
    SELECT new.city, a.kind, a.host_city IS new.city, 1, TOTAL(new.participants), TOTAL(CASE WHEN new.participants > 0 THEN 1 END), TOTAL(new.women), TOTAL(CASE WHEN new.women IS NOT NULL AND new.women <> '' THEN new.participants END), TOTAL(CASE WHEN new.officers > 0 THEN new.officers END)
    FROM activity a WHERE a.id = new.activity AND new.deleted = 0 AND a.deleted = 0 AND a.status IS NOT 'cancelled' GROUP BY 1, 2, 3
    ON CONFLICT (city, kind, home) DO UPDATE SET rows = rows + excluded.rows, participants = participants + excluded.participants, with_participants = with_participants + excluded.with_participants, women = women + excluded.women, participants_with_women = participants_with_women + excluded.participants_with_women, officers = officers + excluded.officers;
    INSERT INTO hosted_officers (host_city, kind, officers)
    SELECT a.host_city, a.kind, TOTAL(new.officers)
    FROM activity a WHERE a.id = new.activity AND new.deleted = 0 AND a.deleted = 0 AND a.status IS NOT 'cancelled' AND a.host_city IS NOT NULL
        AND a.host_city IS NOT new.city AND new.officers > 0 GROUP BY 1, 2
    ON CONFLICT (host_city, kind) DO UPDATE SET officers = officers + excluded.officers;
END;
CREATE TRIGGER IF NOT EXISTS participation_figures_delete AFTER DELETE ON participation BEGIN
    INSERT INTO participation_figures (city, kind, home, rows, participants, with_participants, women, participants_with_women, officers)
    SELECT old.city, a.kind, a.host_city IS old.city, -1, -TOTAL(old.participants), -TOTAL(CASE WHEN old.participants > 0 THEN 1 END), -TOTAL(old.women), -TOTAL(CASE WHEN old.women IS NOT NULL AND old.women <> '' THEN old.participants END), -TOTAL(CASE WHEN old.officers > 0 THEN old.officers END)
    FROM activity a WHERE a.id = old.activity AND old.deleted = 0 AND a.deleted = 0 AND a.status IS NOT 'cancelled' GROUP BY 1, 2, 3
    ON CONFLICT (city, kind, home) DO UPDATE SET rows = rows + excluded.rows, participants = participants + excluded.participants, with_participants = with_participants + excluded.with_participants, women = women + excluded.women, participants_with_women = participants_with_women + excluded.participants_with_women, officers = officers + excluded.officers;
    INSERT INTO hosted_officers (host_city, kind, officers)
    SELECT a.host_city, a.kind, -TOTAL(old.officers)
    FROM activity a WHERE a.id = old.activity AND old.deleted = 0 AND a.deleted = 0 AND a.status IS NOT 'cancelled' AND a.host_city IS NOT NULL
        AND a.host_city IS NOT old.city AND old.officers > 0 GROUP BY 1, 2
    ON CONFLICT (host_city, kind) DO UPDATE SET officers = officers + excluded.officers;
END;
CREATE TRIGGER IF NOT EXISTS participation_figures_update AFTER UPDATE OF activity, city, participants, women, officers, deleted ON participation BEGIN
    INSERT INTO participation_figures (city, kind, home, rows, participants, with_participants, women, participants_with_women, officers)
    SELECT old.city, a.kind, a.host_city IS old.city, -1, -TOTAL(old.participants), -TOTAL(CASE WHEN old.participants > 0 THEN 1 END), -TOTAL(old.women), -TOTAL(CASE WHEN old.women IS NOT NULL AND old.women <> '' THEN old.participants END), -TOTAL(CASE WHEN old.officers > 0 THEN old.officers END)
    FROM activity a WHERE a.id = old.activity AND old.deleted = 0 AND a.deleted = 0 AND a.status IS NOT 'cancelled' GROUP BY 1, 2, 3
    ON CONFLICT (city, kind, home) DO UPDATE SET rows = rows + excluded.rows, participants = participants + excluded.participants, with_participants = with_participants + excluded.with_participants, women = women + excluded.women, participants_with_women = participants_with_women + excluded.participants_with_women, officers = officers + excluded.officers;
    INSERT INTO hosted_officers (host_city, kind, officers)
    SELECT a.host_city, a.kind, -TOTAL(old.officers)
    FROM activity a WHERE a.id = old.activity AND old.deleted = 0 AND a.deleted = 0 AND a.status IS NOT 'cancelled' AND a.host_city IS NOT NULL
        AND a.host_city IS NOT old.city AND old.officers > 0 GROUP BY 1, 2
    ON CONFLICT (host_city, kind) DO UPDATE SET officers = officers + excluded.officers;
    INSERT INTO participation_figures (city, kind, home, rows, participants, with_participants, women, participants_with_women, officers)
    SELECT new.city, a.kind, a.host_city IS new.city, 1, TOTAL(new.participants), TOTAL(CASE WHEN new.participants > 0 THEN 1 END), TOTAL(new.women), TOTAL(CASE WHEN new.women IS NOT NULL AND new.women <> '' THEN new.participants END), TOTAL(CASE WHEN new.officers > 0 THEN new.officers END)
    FROM activity a WHERE a.id = new.activity AND new.deleted = 0 AND a.deleted = 0 AND a.status IS NOT 'cancelled' GROUP BY 1, 2, 3
    ON CONFLICT (city, kind, home) DO UPDATE SET rows = rows + excluded.rows, participants = participants + excluded.participants, with_participants = with_participants + excluded.with_participants, women = women + excluded.women, participants_with_women = participants_with_women + excluded.participants_with_women, officers = officers + excluded.officers;
    INSERT INTO hosted_officers (host_city, kind, officers)
    SELECT a.host_city, a.kind, TOTAL(new.officers)
    FROM activity a WHERE a.id = new.activity AND new.deleted = 0 AND a.deleted = 0 AND a.status IS NOT 'cancelled' AND a.host_city IS NOT NULL
        AND a.host_city IS NOT new.city AND new.officers > 0 GROUP BY 1, 2
    ON CONFLICT (host_city, kind) DO UPDATE SET officers = officers + excluded.officers;
END;
-- An activity's kind, host, status or erasure moves all its rows' figures at once.
CREATE TRIGGER IF NOT EXISTS participation_figures_activity_insert AFTER INSERT ON activity BEGIN
    INSERT INTO participation_figures (city, kind, home, rows, participants, with_participants, women, participants_with_women, officers)
    SELECT p.city, new.kind, new.host_city IS p.city, COUNT(*), TOTAL(p.participants), TOTAL(CASE WHEN p.participants > 0 THEN 1 END), TOTAL(p.women), TOTAL(CASE WHEN p.women IS NOT NULL AND p.women <> '' THEN p.participants END), TOTAL(CASE WHEN p.officers > 0 THEN p.officers END)
    FROM participation p WHERE p.activity = new.id AND p.deleted = 0 AND new.deleted = 0 AND new.status IS NOT 'cancelled' GROUP BY 1, 2, 3
    ON CONFLICT (city, kind, home) DO UPDATE SET rows = rows + excluded.rows, participants = participants + excluded.participants, with_participants = with_participants + excluded.with_participants, women = women + excluded.women, participants_with_women = participants_with_women + excluded.participants_with_women, officers = officers + excluded.officers;
    INSERT INTO hosted_officers (host_city, kind, officers)
    SELECT new.host_city, new.kind, TOTAL(p.officers)
    FROM participation p WHERE p.activity = new.id AND p.deleted = 0 AND new.deleted = 0 AND new.status IS NOT 'cancelled' AND new.host_city IS NOT NULL
        AND new.host_city IS NOT p.city AND p.officers > 0 GROUP BY 1, 2
    ON CONFLICT (host_city, kind) DO UPDATE SET officers = officers + excluded.officers;
END;
CREATE TRIGGER IF NOT EXISTS participation_figures_activity_delete AFTER DELETE ON activity BEGIN
    INSERT INTO participation_figures (city, kind, home, rows, participants, with_participants, women, participants_with_women, officers)
    SELECT p.city, old.kind, old.host_city IS p.city, -COUNT(*), -TOTAL(p.participants), -TOTAL(CASE WHEN p.participants > 0 THEN 1 END), -TOTAL(p.women), -TOTAL(CASE WHEN p.women IS NOT NULL AND p.women <> '' THEN p.participants END), -TOTAL(CASE WHEN p.officers > 0 THEN p.officers END)
    FROM participation p WHERE p.activity = old.id AND p.deleted = 0 AND old.deleted = 0 AND old.status IS NOT 'cancelled' GROUP BY 1, 2, 3
    ON CONFLICT (city, kind, home) DO UPDATE SET rows = rows + excluded.rows, participants = participants + excluded.participants, with_participants = with_participants + excluded.with_participants, women = women + excluded.women, participants_with_women = participants_with_women + excluded.participants_with_women, officers = officers + excluded.officers;
    INSERT INTO hosted_officers (host_city, kind, officers)
    SELECT old.host_city, old.kind, -TOTAL(p.officers)
    FROM participation p WHERE p.activity = old.id AND p.deleted = 0 AND old.deleted = 0 AND old.status IS NOT 'cancelled' AND old.host_city IS NOT NULL
        AND old.host_city IS NOT p.city AND p.officers > 0 GROUP BY 1, 2
    ON CONFLICT (host_city, kind) DO UPDATE SET officers = officers + excluded.officers;
END;
CREATE TRIGGER IF NOT EXISTS participation_figures_activity_update AFTER UPDATE OF id, kind, host_city, status, deleted ON activity BEGIN
    INSERT INTO participation_figures (city, kind, home, rows, participants, with_participants, women, participants_with_women, officers)
    SELECT p.city, old.kind, old.host_city IS p.city, -COUNT(*), -TOTAL(p.participants), -TOTAL(CASE WHEN p.participants > 0 THEN 1 END), -TOTAL(p.women), -TOTAL(CASE WHEN p.women IS NOT NULL AND p.women <> '' THEN p.participants END), -TOTAL(CASE WHEN p.officers > 0 THEN p.officers END)
    FROM participation p WHERE p.activity = old.id AND p.deleted = 0 AND old.deleted = 0 AND old.status IS NOT 'cancelled' GROUP BY 1, 2, 3
    ON CONFLICT (city, kind, home) DO UPDATE SET rows = rows + excluded.rows, participants = participants + excluded.participants, with_participants = with_participants + excluded.with_participants, women = women + excluded.women, participants_with_women = participants_with_women + excluded.participants_with_women, officers = officers + excluded.officers;
    INSERT INTO hosted_officers (host_city, kind, officers)
    SELECT old.host_city, old.kind, -TOTAL(p.officers)
    FROM participation p WHERE p.activity = old.id AND p.deleted = 0 AND old.deleted = 0 AND old.status IS NOT 'cancelled' AND old.host_city IS NOT NULL
        AND old.host_city IS NOT p.city AND p.officers > 0 GROUP BY 1, 2
    ON CONFLICT (host_city, kind) DO UPDATE SET officers = officers + excluded.officers;
    INSERT INTO participation_figures (city, kind, home, rows, participants, with_participants, women, participants_with_women, officers)
    SELECT p.city, new.kind, new.host_city IS p.city, COUNT(*), TOTAL(p.participants), TOTAL(CASE WHEN p.participants > 0 THEN 1 END), TOTAL(p.women), TOTAL(CASE WHEN p.women IS NOT NULL AND p.women <> '' THEN p.participants END), TOTAL(CASE WHEN p.officers > 0 THEN p.officers END)
    FROM participation p WHERE p.activity = new.id AND p.deleted = 0 AND new.deleted = 0 AND new.status IS NOT 'cancelled' GROUP BY 1, 2, 3
    ON CONFLICT (city, kind, home) DO UPDATE SET rows = rows + excluded.rows, participants = participants + excluded.participants, with_participants = with_participants + excluded.with_participants, women = women + excluded.women, participants_with_women = participants_with_women + excluded.participants_with_women, officers = officers + excluded.officers;
    INSERT INTO hosted_officers (host_city, kind, officers)
    SELECT new.host_city, new.kind, TOTAL(p.officers)
    FROM participation p WHERE p.activity = new.id AND p.deleted = 0 AND new.deleted = 0 AND new.status IS NOT 'cancelled' AND new.host_city IS NOT NULL
        AND new.host_city IS NOT p.city AND p.officers > 0 GROUP BY 1, 2
    ON CONFLICT (host_city, kind) DO UPDATE SET officers = officers + excluded.officers;
END;

DELETE FROM participation_figures;
INSERT INTO participation_figures (city, kind, home, rows, participants, with_participants, women, participants_with_women, officers)
SELECT p.city, a.kind, a.host_city IS p.city, COUNT(*), TOTAL(p.participants), TOTAL(CASE WHEN p.participants > 0 THEN 1 END), TOTAL(p.women), TOTAL(CASE WHEN p.women IS NOT NULL AND p.women <> '' THEN p.participants END), TOTAL(CASE WHEN p.officers > 0 THEN p.officers END)
FROM participation p JOIN activity a ON a.id = p.activity
WHERE p.deleted = 0 AND a.deleted = 0 AND a.status IS NOT 'cancelled'
GROUP BY 1, 2, 3;
DELETE FROM hosted_officers;
INSERT INTO hosted_officers (host_city, kind, officers)
SELECT a.host_city, a.kind, TOTAL(p.officers)
FROM participation p JOIN activity a ON a.id = p.activity
WHERE p.deleted = 0 AND a.deleted = 0 AND a.status IS NOT 'cancelled' AND a.host_city IS NOT NULL
    AND a.host_city IS NOT p.city AND p.officers > 0
GROUP BY 1, 2;

-- The reported figures: the few activities that have them. (The sheets' figures read
-- sheet_dashboard_idx of schema v3, which covers them.)
CREATE INDEX IF NOT EXISTS activity_reported_idx ON activity (reported_participants)
    WHERE reported_participants > 0 OR reported_cities > 0;
