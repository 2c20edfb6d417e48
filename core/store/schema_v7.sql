-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 7: search everywhere (issue 18). Frozen once released.
-- Organisations and working groups join the word search of schema v1 (same tokenizer:
-- case and accents folded, so "efus" finds Efus and "liege" finds Liège). Local only:
-- packages never carry them; triggers keep them in the same transaction as the row.

CREATE VIRTUAL TABLE IF NOT EXISTS organisation_fts USING fts5(name, notes, content='organisation', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS organisation_fts_insert AFTER INSERT ON organisation BEGIN
    INSERT INTO organisation_fts (rowid, name, notes) VALUES (new.rowid, new.name, new.notes);
END;
CREATE TRIGGER IF NOT EXISTS organisation_fts_delete AFTER DELETE ON organisation BEGIN
    INSERT INTO organisation_fts (organisation_fts, rowid, name, notes) VALUES ('delete', old.rowid, old.name, old.notes);
END;
CREATE TRIGGER IF NOT EXISTS organisation_fts_update AFTER UPDATE ON organisation BEGIN
    INSERT INTO organisation_fts (organisation_fts, rowid, name, notes) VALUES ('delete', old.rowid, old.name, old.notes);
    INSERT INTO organisation_fts (rowid, name, notes) VALUES (new.rowid, new.name, new.notes);
END;
INSERT INTO organisation_fts (organisation_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE IF NOT EXISTS work_group_fts USING fts5(name, objectives, content='work_group', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS work_group_fts_insert AFTER INSERT ON work_group BEGIN
    INSERT INTO work_group_fts (rowid, name, objectives) VALUES (new.rowid, new.name, new.objectives);
END;
CREATE TRIGGER IF NOT EXISTS work_group_fts_delete AFTER DELETE ON work_group BEGIN
    INSERT INTO work_group_fts (work_group_fts, rowid, name, objectives) VALUES ('delete', old.rowid, old.name, old.objectives);
END;
CREATE TRIGGER IF NOT EXISTS work_group_fts_update AFTER UPDATE ON work_group BEGIN
    INSERT INTO work_group_fts (work_group_fts, rowid, name, objectives) VALUES ('delete', old.rowid, old.name, old.objectives);
    INSERT INTO work_group_fts (rowid, name, objectives) VALUES (new.rowid, new.name, new.objectives);
END;
INSERT INTO work_group_fts (work_group_fts) VALUES ('rebuild');
