-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 2: indexes that let the big lists sort by what people read (names and
-- titles, case-insensitively) and page through rows without a full sort (DESIGN.md
-- section 9). Frozen once released.
CREATE INDEX activity_title_nocase_idx ON activity (title COLLATE NOCASE);
CREATE INDEX sheet_title_nocase_idx ON sheet (title COLLATE NOCASE);
CREATE INDEX contact_name_nocase_idx ON contact (name COLLATE NOCASE);
CREATE INDEX resource_title_nocase_idx ON resource (title COLLATE NOCASE);
CREATE INDEX organisation_name_nocase_idx ON organisation (name COLLATE NOCASE);
CREATE INDEX city_name_nocase_idx ON city (name COLLATE NOCASE);
CREATE INDEX activity_end_idx ON activity ("end");
-- Counting the live rows of a big list reads these small indexes instead of the tables.
CREATE INDEX activity_deleted_idx ON activity (deleted);
CREATE INDEX sheet_deleted_idx ON sheet (deleted);
CREATE INDEX contact_deleted_idx ON contact (deleted);
