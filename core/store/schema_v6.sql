-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 6: text search indexes (issue 17). Frozen once released.
-- Each list that can grow to 100,000 rows has an FTS5 trigram index over the text columns
-- it shows, so that a filter is a substring match found through the index, not a scan.
-- The tokenizer folds case; X is written out when the script is read as
-- plain SQL that takes the marks off letters (textfold.h), so these triggers run on any
-- connection, the sqlite3 shell's too. Local only: packages never carry them; triggers
-- keep them in the same transaction as the row; the migration step after this script
-- fills them (TextIndex::rebuild). IF NOT EXISTS: a file an older version marked as older
-- may still hold them.

CREATE VIRTUAL TABLE IF NOT EXISTS activity_text USING fts5("title", "start", "end", tokenize = 'trigram');
CREATE TRIGGER IF NOT EXISTS activity_text_insert AFTER INSERT ON activity BEGIN
    INSERT OR REPLACE INTO activity_text (rowid, "title", "start", "end") VALUES (new.rowid, new."title", new."start", new."end");
END;
CREATE TRIGGER IF NOT EXISTS activity_text_update AFTER UPDATE OF "title", "start", "end" ON activity BEGIN
    UPDATE activity_text SET "title" = new."title", "start" = new."start", "end" = new."end" WHERE rowid = new.rowid;
END;
CREATE TRIGGER IF NOT EXISTS activity_text_delete AFTER DELETE ON activity BEGIN
    DELETE FROM activity_text WHERE rowid = old.rowid;
END;

CREATE VIRTUAL TABLE IF NOT EXISTS sheet_text USING fts5("title", "language", tokenize = 'trigram');
CREATE TRIGGER IF NOT EXISTS sheet_text_insert AFTER INSERT ON sheet BEGIN
    INSERT OR REPLACE INTO sheet_text (rowid, "title", "language") VALUES (new.rowid, new."title", new."language");
END;
CREATE TRIGGER IF NOT EXISTS sheet_text_update AFTER UPDATE OF "title", "language" ON sheet BEGIN
    UPDATE sheet_text SET "title" = new."title", "language" = new."language" WHERE rowid = new.rowid;
END;
CREATE TRIGGER IF NOT EXISTS sheet_text_delete AFTER DELETE ON sheet BEGIN
    DELETE FROM sheet_text WHERE rowid = old.rowid;
END;

CREATE VIRTUAL TABLE IF NOT EXISTS resource_text USING fts5("title", "language", tokenize = 'trigram');
CREATE TRIGGER IF NOT EXISTS resource_text_insert AFTER INSERT ON resource BEGIN
    INSERT OR REPLACE INTO resource_text (rowid, "title", "language") VALUES (new.rowid, new."title", new."language");
END;
CREATE TRIGGER IF NOT EXISTS resource_text_update AFTER UPDATE OF "title", "language" ON resource BEGIN
    UPDATE resource_text SET "title" = new."title", "language" = new."language" WHERE rowid = new.rowid;
END;
CREATE TRIGGER IF NOT EXISTS resource_text_delete AFTER DELETE ON resource BEGIN
    DELETE FROM resource_text WHERE rowid = old.rowid;
END;

CREATE VIRTUAL TABLE IF NOT EXISTS organisation_text USING fts5("name", "country", tokenize = 'trigram');
CREATE TRIGGER IF NOT EXISTS organisation_text_insert AFTER INSERT ON organisation BEGIN
    INSERT OR REPLACE INTO organisation_text (rowid, "name", "country") VALUES (new.rowid, new."name", new."country");
END;
CREATE TRIGGER IF NOT EXISTS organisation_text_update AFTER UPDATE OF "name", "country" ON organisation BEGIN
    UPDATE organisation_text SET "name" = new."name", "country" = new."country" WHERE rowid = new.rowid;
END;
CREATE TRIGGER IF NOT EXISTS organisation_text_delete AFTER DELETE ON organisation BEGIN
    DELETE FROM organisation_text WHERE rowid = old.rowid;
END;

-- Lists sorted by a reference walk the referred records in title order and each one's rows
-- through the index on the referring column: both indexes must exist.
CREATE INDEX IF NOT EXISTS organisation_city_idx ON organisation (city);
CREATE INDEX IF NOT EXISTS work_group_name_nocase_idx ON work_group (name COLLATE NOCASE);
