-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 3: the practice-sheet workflow (issue 5). Frozen once released.
-- A translation remembers the source revision it was made from.
ALTER TABLE sheet ADD COLUMN source_revision TEXT;

-- Review notes become one note per field; an older free text is the general note.
UPDATE sheet SET review_notes = json_object('general', review_notes)
WHERE review_notes IS NOT NULL
  AND NOT (json_valid(review_notes) AND json_type(review_notes) = 'object');

-- Every status change of a sheet, replicated like any record and never edited.
CREATE TABLE sheet_history (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    vv TEXT NOT NULL DEFAULT '{}',
    dots TEXT NOT NULL DEFAULT '{}',
    sheet TEXT NOT NULL REFERENCES sheet(id) DEFERRABLE INITIALLY DEFERRED,
    from_status TEXT,
    to_status TEXT NOT NULL,
    sequence INTEGER NOT NULL
);
CREATE INDEX sheet_history_sheet_idx ON sheet_history (sheet, sequence);

-- Local only: the sheet editors open in this database, for recovery after a crash.
CREATE TABLE editor_journal (
    sheet TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    saved_at TEXT,
    saved_fields TEXT NOT NULL DEFAULT '[]'
);

-- The dashboard's counts read indexes only: practice sheets by city, status and theme
-- (originals only), and the activities with figures from public reports.
CREATE INDEX sheet_dashboard_idx ON sheet (city, status, themes, deleted, translation_of);
CREATE INDEX activity_reported_idx ON activity (reported_participants, reported_cities)
WHERE reported_participants > 0 OR reported_cities > 0;
-- Once cities record their participation, the dashboard visits every participation row
-- with its activity's kind, host city and status: this index holds them, so no activity
-- row is read.
CREATE INDEX activity_dashboard_idx ON activity (id, kind, host_city, status, deleted);
