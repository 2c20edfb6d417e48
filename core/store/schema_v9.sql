-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 9: a list's first page at any scale (issue 17). Frozen once released.
--
-- live_count: per replicated table, how many of its rows are not deleted, the count a list
-- shows above its first page when nothing filters it. Counting them read an index of every
-- row, so the first page took longer as the network grew (7.7 ms at network scale, 16.9 ms
-- at four times it); this is one row to read. Triggers keep it in the same transaction as
-- the rows, whichever path writes them (the write path, an import, a raw edit in the
-- sqlite3 shell; but INSERT OR REPLACE deletes without telling the delete trigger unless
-- recursive_triggers is on, and no Pactesur path replaces a record's row); local only,
-- packages never carry it. A table without its row here is counted as before
-- (RecordQuery::countSql).

CREATE TABLE IF NOT EXISTS live_count (
    table_name TEXT PRIMARY KEY NOT NULL,
    live INTEGER NOT NULL
) WITHOUT ROWID;


CREATE TRIGGER IF NOT EXISTS project_live_insert AFTER INSERT ON project WHEN new.deleted = 0 BEGIN
    UPDATE live_count SET live = live + 1 WHERE table_name = 'project';
END;
CREATE TRIGGER IF NOT EXISTS project_live_delete AFTER DELETE ON project WHEN old.deleted = 0 BEGIN
    UPDATE live_count SET live = live - 1 WHERE table_name = 'project';
END;
CREATE TRIGGER IF NOT EXISTS project_live_update AFTER UPDATE OF deleted ON project WHEN old.deleted IS NOT new.deleted BEGIN
    UPDATE live_count SET live = live - (old.deleted = 0) + (new.deleted = 0) WHERE table_name = 'project';
END;

CREATE TRIGGER IF NOT EXISTS theme_live_insert AFTER INSERT ON theme WHEN new.deleted = 0 BEGIN
    UPDATE live_count SET live = live + 1 WHERE table_name = 'theme';
END;
CREATE TRIGGER IF NOT EXISTS theme_live_delete AFTER DELETE ON theme WHEN old.deleted = 0 BEGIN
    UPDATE live_count SET live = live - 1 WHERE table_name = 'theme';
END;
CREATE TRIGGER IF NOT EXISTS theme_live_update AFTER UPDATE OF deleted ON theme WHEN old.deleted IS NOT new.deleted BEGIN
    UPDATE live_count SET live = live - (old.deleted = 0) + (new.deleted = 0) WHERE table_name = 'theme';
END;

CREATE TRIGGER IF NOT EXISTS city_live_insert AFTER INSERT ON city WHEN new.deleted = 0 BEGIN
    UPDATE live_count SET live = live + 1 WHERE table_name = 'city';
END;
CREATE TRIGGER IF NOT EXISTS city_live_delete AFTER DELETE ON city WHEN old.deleted = 0 BEGIN
    UPDATE live_count SET live = live - 1 WHERE table_name = 'city';
END;
CREATE TRIGGER IF NOT EXISTS city_live_update AFTER UPDATE OF deleted ON city WHEN old.deleted IS NOT new.deleted BEGIN
    UPDATE live_count SET live = live - (old.deleted = 0) + (new.deleted = 0) WHERE table_name = 'city';
END;

CREATE TRIGGER IF NOT EXISTS organisation_live_insert AFTER INSERT ON organisation WHEN new.deleted = 0 BEGIN
    UPDATE live_count SET live = live + 1 WHERE table_name = 'organisation';
END;
CREATE TRIGGER IF NOT EXISTS organisation_live_delete AFTER DELETE ON organisation WHEN old.deleted = 0 BEGIN
    UPDATE live_count SET live = live - 1 WHERE table_name = 'organisation';
END;
CREATE TRIGGER IF NOT EXISTS organisation_live_update AFTER UPDATE OF deleted ON organisation WHEN old.deleted IS NOT new.deleted BEGIN
    UPDATE live_count SET live = live - (old.deleted = 0) + (new.deleted = 0) WHERE table_name = 'organisation';
END;

CREATE TRIGGER IF NOT EXISTS contact_live_insert AFTER INSERT ON contact WHEN new.deleted = 0 BEGIN
    UPDATE live_count SET live = live + 1 WHERE table_name = 'contact';
END;
CREATE TRIGGER IF NOT EXISTS contact_live_delete AFTER DELETE ON contact WHEN old.deleted = 0 BEGIN
    UPDATE live_count SET live = live - 1 WHERE table_name = 'contact';
END;
CREATE TRIGGER IF NOT EXISTS contact_live_update AFTER UPDATE OF deleted ON contact WHEN old.deleted IS NOT new.deleted BEGIN
    UPDATE live_count SET live = live - (old.deleted = 0) + (new.deleted = 0) WHERE table_name = 'contact';
END;

CREATE TRIGGER IF NOT EXISTS work_group_live_insert AFTER INSERT ON work_group WHEN new.deleted = 0 BEGIN
    UPDATE live_count SET live = live + 1 WHERE table_name = 'work_group';
END;
CREATE TRIGGER IF NOT EXISTS work_group_live_delete AFTER DELETE ON work_group WHEN old.deleted = 0 BEGIN
    UPDATE live_count SET live = live - 1 WHERE table_name = 'work_group';
END;
CREATE TRIGGER IF NOT EXISTS work_group_live_update AFTER UPDATE OF deleted ON work_group WHEN old.deleted IS NOT new.deleted BEGIN
    UPDATE live_count SET live = live - (old.deleted = 0) + (new.deleted = 0) WHERE table_name = 'work_group';
END;

CREATE TRIGGER IF NOT EXISTS membership_live_insert AFTER INSERT ON membership WHEN new.deleted = 0 BEGIN
    UPDATE live_count SET live = live + 1 WHERE table_name = 'membership';
END;
CREATE TRIGGER IF NOT EXISTS membership_live_delete AFTER DELETE ON membership WHEN old.deleted = 0 BEGIN
    UPDATE live_count SET live = live - 1 WHERE table_name = 'membership';
END;
CREATE TRIGGER IF NOT EXISTS membership_live_update AFTER UPDATE OF deleted ON membership WHEN old.deleted IS NOT new.deleted BEGIN
    UPDATE live_count SET live = live - (old.deleted = 0) + (new.deleted = 0) WHERE table_name = 'membership';
END;

CREATE TRIGGER IF NOT EXISTS activity_live_insert AFTER INSERT ON activity WHEN new.deleted = 0 BEGIN
    UPDATE live_count SET live = live + 1 WHERE table_name = 'activity';
END;
CREATE TRIGGER IF NOT EXISTS activity_live_delete AFTER DELETE ON activity WHEN old.deleted = 0 BEGIN
    UPDATE live_count SET live = live - 1 WHERE table_name = 'activity';
END;
CREATE TRIGGER IF NOT EXISTS activity_live_update AFTER UPDATE OF deleted ON activity WHEN old.deleted IS NOT new.deleted BEGIN
    UPDATE live_count SET live = live - (old.deleted = 0) + (new.deleted = 0) WHERE table_name = 'activity';
END;

CREATE TRIGGER IF NOT EXISTS participation_live_insert AFTER INSERT ON participation WHEN new.deleted = 0 BEGIN
    UPDATE live_count SET live = live + 1 WHERE table_name = 'participation';
END;
CREATE TRIGGER IF NOT EXISTS participation_live_delete AFTER DELETE ON participation WHEN old.deleted = 0 BEGIN
    UPDATE live_count SET live = live - 1 WHERE table_name = 'participation';
END;
CREATE TRIGGER IF NOT EXISTS participation_live_update AFTER UPDATE OF deleted ON participation WHEN old.deleted IS NOT new.deleted BEGIN
    UPDATE live_count SET live = live - (old.deleted = 0) + (new.deleted = 0) WHERE table_name = 'participation';
END;

CREATE TRIGGER IF NOT EXISTS attachment_live_insert AFTER INSERT ON attachment WHEN new.deleted = 0 BEGIN
    UPDATE live_count SET live = live + 1 WHERE table_name = 'attachment';
END;
CREATE TRIGGER IF NOT EXISTS attachment_live_delete AFTER DELETE ON attachment WHEN old.deleted = 0 BEGIN
    UPDATE live_count SET live = live - 1 WHERE table_name = 'attachment';
END;
CREATE TRIGGER IF NOT EXISTS attachment_live_update AFTER UPDATE OF deleted ON attachment WHEN old.deleted IS NOT new.deleted BEGIN
    UPDATE live_count SET live = live - (old.deleted = 0) + (new.deleted = 0) WHERE table_name = 'attachment';
END;

CREATE TRIGGER IF NOT EXISTS resource_live_insert AFTER INSERT ON resource WHEN new.deleted = 0 BEGIN
    UPDATE live_count SET live = live + 1 WHERE table_name = 'resource';
END;
CREATE TRIGGER IF NOT EXISTS resource_live_delete AFTER DELETE ON resource WHEN old.deleted = 0 BEGIN
    UPDATE live_count SET live = live - 1 WHERE table_name = 'resource';
END;
CREATE TRIGGER IF NOT EXISTS resource_live_update AFTER UPDATE OF deleted ON resource WHEN old.deleted IS NOT new.deleted BEGIN
    UPDATE live_count SET live = live - (old.deleted = 0) + (new.deleted = 0) WHERE table_name = 'resource';
END;

CREATE TRIGGER IF NOT EXISTS sheet_live_insert AFTER INSERT ON sheet WHEN new.deleted = 0 BEGIN
    UPDATE live_count SET live = live + 1 WHERE table_name = 'sheet';
END;
CREATE TRIGGER IF NOT EXISTS sheet_live_delete AFTER DELETE ON sheet WHEN old.deleted = 0 BEGIN
    UPDATE live_count SET live = live - 1 WHERE table_name = 'sheet';
END;
CREATE TRIGGER IF NOT EXISTS sheet_live_update AFTER UPDATE OF deleted ON sheet WHEN old.deleted IS NOT new.deleted BEGIN
    UPDATE live_count SET live = live - (old.deleted = 0) + (new.deleted = 0) WHERE table_name = 'sheet';
END;

CREATE TRIGGER IF NOT EXISTS sheet_history_live_insert AFTER INSERT ON sheet_history WHEN new.deleted = 0 BEGIN
    UPDATE live_count SET live = live + 1 WHERE table_name = 'sheet_history';
END;
CREATE TRIGGER IF NOT EXISTS sheet_history_live_delete AFTER DELETE ON sheet_history WHEN old.deleted = 0 BEGIN
    UPDATE live_count SET live = live - 1 WHERE table_name = 'sheet_history';
END;
CREATE TRIGGER IF NOT EXISTS sheet_history_live_update AFTER UPDATE OF deleted ON sheet_history WHEN old.deleted IS NOT new.deleted BEGIN
    UPDATE live_count SET live = live - (old.deleted = 0) + (new.deleted = 0) WHERE table_name = 'sheet_history';
END;

CREATE TRIGGER IF NOT EXISTS conflict_live_insert AFTER INSERT ON conflict WHEN new.deleted = 0 BEGIN
    UPDATE live_count SET live = live + 1 WHERE table_name = 'conflict';
END;
CREATE TRIGGER IF NOT EXISTS conflict_live_delete AFTER DELETE ON conflict WHEN old.deleted = 0 BEGIN
    UPDATE live_count SET live = live - 1 WHERE table_name = 'conflict';
END;
CREATE TRIGGER IF NOT EXISTS conflict_live_update AFTER UPDATE OF deleted ON conflict WHEN old.deleted IS NOT new.deleted BEGIN
    UPDATE live_count SET live = live - (old.deleted = 0) + (new.deleted = 0) WHERE table_name = 'conflict';
END;

DELETE FROM live_count;
INSERT INTO live_count (table_name, live)
SELECT 'project', COUNT(*) FROM project WHERE deleted = 0
UNION ALL SELECT 'theme', COUNT(*) FROM theme WHERE deleted = 0
UNION ALL SELECT 'city', COUNT(*) FROM city WHERE deleted = 0
UNION ALL SELECT 'organisation', COUNT(*) FROM organisation WHERE deleted = 0
UNION ALL SELECT 'contact', COUNT(*) FROM contact WHERE deleted = 0
UNION ALL SELECT 'work_group', COUNT(*) FROM work_group WHERE deleted = 0
UNION ALL SELECT 'membership', COUNT(*) FROM membership WHERE deleted = 0
UNION ALL SELECT 'activity', COUNT(*) FROM activity WHERE deleted = 0
UNION ALL SELECT 'participation', COUNT(*) FROM participation WHERE deleted = 0
UNION ALL SELECT 'attachment', COUNT(*) FROM attachment WHERE deleted = 0
UNION ALL SELECT 'resource', COUNT(*) FROM resource WHERE deleted = 0
UNION ALL SELECT 'sheet', COUNT(*) FROM sheet WHERE deleted = 0
UNION ALL SELECT 'sheet_history', COUNT(*) FROM sheet_history WHERE deleted = 0
UNION ALL SELECT 'conflict', COUNT(*) FROM conflict WHERE deleted = 0;
