-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 6: text search indexes (issue 17). Frozen once released.
-- Each list that can grow to 100,000 rows has an FTS5 trigram index over the text columns
-- it shows, folded (case and accents, by pactesur_fold, which every connection registers)
-- so that a filter is a substring match found through the index, not a scan. Local only:
-- packages never carry them; triggers keep them in the same transaction as the row. The
-- indexes are filled by the migration step that follows this script (TextIndex::rebuild).

CREATE VIRTUAL TABLE activity_text USING fts5("title", "start", "end", tokenize = 'trigram');
CREATE TRIGGER activity_text_insert AFTER INSERT ON activity BEGIN
    INSERT OR REPLACE INTO activity_text (rowid, "title", "start", "end") VALUES (new.rowid, pactesur_fold(new."title"), pactesur_fold(new."start"), pactesur_fold(new."end"));
END;
CREATE TRIGGER activity_text_update AFTER UPDATE OF "title", "start", "end" ON activity BEGIN
    UPDATE activity_text SET "title" = pactesur_fold(new."title"), "start" = pactesur_fold(new."start"), "end" = pactesur_fold(new."end") WHERE rowid = new.rowid;
END;
CREATE TRIGGER activity_text_delete AFTER DELETE ON activity BEGIN
    DELETE FROM activity_text WHERE rowid = old.rowid;
END;

CREATE VIRTUAL TABLE sheet_text USING fts5("title", "language", tokenize = 'trigram');
CREATE TRIGGER sheet_text_insert AFTER INSERT ON sheet BEGIN
    INSERT OR REPLACE INTO sheet_text (rowid, "title", "language") VALUES (new.rowid, pactesur_fold(new."title"), pactesur_fold(new."language"));
END;
CREATE TRIGGER sheet_text_update AFTER UPDATE OF "title", "language" ON sheet BEGIN
    UPDATE sheet_text SET "title" = pactesur_fold(new."title"), "language" = pactesur_fold(new."language") WHERE rowid = new.rowid;
END;
CREATE TRIGGER sheet_text_delete AFTER DELETE ON sheet BEGIN
    DELETE FROM sheet_text WHERE rowid = old.rowid;
END;

CREATE VIRTUAL TABLE resource_text USING fts5("title", "language", tokenize = 'trigram');
CREATE TRIGGER resource_text_insert AFTER INSERT ON resource BEGIN
    INSERT OR REPLACE INTO resource_text (rowid, "title", "language") VALUES (new.rowid, pactesur_fold(new."title"), pactesur_fold(new."language"));
END;
CREATE TRIGGER resource_text_update AFTER UPDATE OF "title", "language" ON resource BEGIN
    UPDATE resource_text SET "title" = pactesur_fold(new."title"), "language" = pactesur_fold(new."language") WHERE rowid = new.rowid;
END;
CREATE TRIGGER resource_text_delete AFTER DELETE ON resource BEGIN
    DELETE FROM resource_text WHERE rowid = old.rowid;
END;

CREATE VIRTUAL TABLE organisation_text USING fts5("name", "country", tokenize = 'trigram');
CREATE TRIGGER organisation_text_insert AFTER INSERT ON organisation BEGIN
    INSERT OR REPLACE INTO organisation_text (rowid, "name", "country") VALUES (new.rowid, pactesur_fold(new."name"), pactesur_fold(new."country"));
END;
CREATE TRIGGER organisation_text_update AFTER UPDATE OF "name", "country" ON organisation BEGIN
    UPDATE organisation_text SET "name" = pactesur_fold(new."name"), "country" = pactesur_fold(new."country") WHERE rowid = new.rowid;
END;
CREATE TRIGGER organisation_text_delete AFTER DELETE ON organisation BEGIN
    DELETE FROM organisation_text WHERE rowid = old.rowid;
END;

-- Lists sorted by a reference walk the referred records in title order and each one's rows
-- through the index on the referring column: both indexes must exist.
CREATE INDEX organisation_city_idx ON organisation (city);
CREATE INDEX work_group_name_nocase_idx ON work_group (name COLLATE NOCASE);
