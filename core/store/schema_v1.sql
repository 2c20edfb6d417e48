-- SPDX-License-Identifier: EUPL-1.2
-- Schema version 1. Frozen: later versions change the schema through new migrations.
-- Every replicated table starts with the same columns: id (UUID), owner (a city id or
-- 'coordinator'), timestamps, the tombstone flag, the record's version vector (vv) and
-- the dot of the last write of each field (dots), both JSON (DESIGN.md section 5).

CREATE TABLE project (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    vv TEXT NOT NULL DEFAULT '{}',
    dots TEXT NOT NULL DEFAULT '{}',
    name TEXT NOT NULL,
    "start" TEXT,
    "end" TEXT,
    funding TEXT,
    description TEXT
);

CREATE TABLE city (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    vv TEXT NOT NULL DEFAULT '{}',
    dots TEXT NOT NULL DEFAULT '{}',
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    local_name TEXT,
    country TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('lead', 'partner', 'associated')),
    represented_by TEXT,
    languages TEXT,
    latitude REAL,
    longitude REAL,
    police_force TEXT,
    focus_themes TEXT,
    notes TEXT
);

CREATE TABLE organisation (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    vv TEXT NOT NULL DEFAULT '{}',
    dots TEXT NOT NULL DEFAULT '{}',
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT,
    city TEXT REFERENCES city(id) DEFERRABLE INITIALLY DEFERRED,
    website TEXT,
    notes TEXT
);

CREATE TABLE contact (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    vv TEXT NOT NULL DEFAULT '{}',
    dots TEXT NOT NULL DEFAULT '{}',
    name TEXT,
    "function" TEXT,
    organisation TEXT REFERENCES organisation(id) DEFERRABLE INITIALLY DEFERRED,
    city TEXT REFERENCES city(id) DEFERRABLE INITIALLY DEFERRED,
    email TEXT,
    phone TEXT,
    languages TEXT,
    legal_basis TEXT NOT NULL,
    review_by TEXT
);

CREATE TABLE theme (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    vv TEXT NOT NULL DEFAULT '{}',
    dots TEXT NOT NULL DEFAULT '{}',
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    labels TEXT
);

CREATE TABLE work_group (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    vv TEXT NOT NULL DEFAULT '{}',
    dots TEXT NOT NULL DEFAULT '{}',
    name TEXT NOT NULL,
    theme TEXT,
    lead_city TEXT REFERENCES city(id) DEFERRABLE INITIALLY DEFERRED,
    objectives TEXT,
    status TEXT NOT NULL DEFAULT 'active'
);

CREATE TABLE membership (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    vv TEXT NOT NULL DEFAULT '{}',
    dots TEXT NOT NULL DEFAULT '{}',
    "group" TEXT NOT NULL REFERENCES work_group(id) DEFERRABLE INITIALLY DEFERRED,
    city TEXT NOT NULL REFERENCES city(id) DEFERRABLE INITIALLY DEFERRED,
    role TEXT NOT NULL DEFAULT 'member'
);

CREATE TABLE activity (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    vv TEXT NOT NULL DEFAULT '{}',
    dots TEXT NOT NULL DEFAULT '{}',
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    "start" TEXT NOT NULL,
    "end" TEXT,
    host_city TEXT REFERENCES city(id) DEFERRABLE INITIALLY DEFERRED,
    place TEXT,
    "group" TEXT REFERENCES work_group(id) DEFERRABLE INITIALLY DEFERRED,
    status TEXT NOT NULL DEFAULT 'planned',
    description TEXT,
    outcomes TEXT,
    reported_participants INTEGER,
    reported_cities INTEGER
);

CREATE TABLE participation (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    vv TEXT NOT NULL DEFAULT '{}',
    dots TEXT NOT NULL DEFAULT '{}',
    activity TEXT NOT NULL REFERENCES activity(id) DEFERRABLE INITIALLY DEFERRED,
    city TEXT NOT NULL REFERENCES city(id) DEFERRABLE INITIALLY DEFERRED,
    participants INTEGER NOT NULL DEFAULT 0,
    women INTEGER,
    officers INTEGER
);

CREATE TABLE attachment (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    vv TEXT NOT NULL DEFAULT '{}',
    dots TEXT NOT NULL DEFAULT '{}',
    sha256 TEXT NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB
);

CREATE TABLE resource (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    vv TEXT NOT NULL DEFAULT '{}',
    dots TEXT NOT NULL DEFAULT '{}',
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    language TEXT,
    themes TEXT,
    url TEXT,
    attachment TEXT REFERENCES attachment(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE sheet (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    vv TEXT NOT NULL DEFAULT '{}',
    dots TEXT NOT NULL DEFAULT '{}',
    title TEXT NOT NULL,
    city TEXT NOT NULL REFERENCES city(id) DEFERRABLE INITIALLY DEFERRED,
    themes TEXT,
    "groups" TEXT,
    language TEXT NOT NULL,
    translation_of TEXT REFERENCES sheet(id) DEFERRABLE INITIALLY DEFERRED,
    status TEXT NOT NULL DEFAULT 'draft',
    sensitivity TEXT NOT NULL DEFAULT 'partners',
    period_start TEXT,
    period_end TEXT,
    ongoing INTEGER,
    summary TEXT,
    context TEXT,
    objectives TEXT,
    target_groups TEXT,
    actions TEXT,
    partners TEXT,
    budget TEXT,
    results TEXT,
    evaluation TEXT,
    transferability TEXT,
    lessons TEXT,
    contact TEXT REFERENCES contact(id) DEFERRABLE INITIALLY DEFERRED,
    attachments TEXT,
    review_notes TEXT
);

CREATE TABLE conflict (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    vv TEXT NOT NULL DEFAULT '{}',
    dots TEXT NOT NULL DEFAULT '{}',
    record_kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    candidates TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'open'
);

-- Local only: never exchanged, not part of the state digest.
CREATE TABLE local_replica (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('coordinator', 'liaison')),
    city TEXT,
    counter INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE local_setting (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

CREATE TABLE local_peer (
    replica TEXT PRIMARY KEY NOT NULL,
    role TEXT NOT NULL,
    city TEXT,
    acknowledged TEXT NOT NULL DEFAULT '{}',
    last_seen TEXT
);

CREATE TABLE ledger (
    id TEXT PRIMARY KEY NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('import', 'export')),
    at TEXT NOT NULL,
    peer TEXT,
    file_name TEXT,
    digest TEXT,
    counts TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX city_role_idx ON city (role);
CREATE INDEX city_name_idx ON city (name);
CREATE INDEX organisation_name_idx ON organisation (name);
CREATE INDEX contact_city_idx ON contact (city);
CREATE INDEX contact_organisation_idx ON contact (organisation);
CREATE INDEX contact_review_by_idx ON contact (review_by);
CREATE INDEX work_group_lead_city_idx ON work_group (lead_city);
CREATE INDEX membership_group_idx ON membership ("group");
CREATE INDEX membership_city_idx ON membership (city);
CREATE INDEX activity_start_idx ON activity ("start");
CREATE INDEX activity_host_city_idx ON activity (host_city);
CREATE INDEX activity_kind_idx ON activity (kind);
CREATE INDEX activity_status_idx ON activity (status);
CREATE INDEX activity_group_idx ON activity ("group");
CREATE INDEX activity_title_idx ON activity (title);
CREATE INDEX participation_activity_idx ON participation (activity);
CREATE INDEX participation_city_idx ON participation (city);
CREATE INDEX resource_title_idx ON resource (title);
CREATE INDEX sheet_city_idx ON sheet (city);
CREATE INDEX sheet_status_idx ON sheet (status);
CREATE INDEX sheet_title_idx ON sheet (title);
CREATE INDEX sheet_translation_of_idx ON sheet (translation_of);
CREATE INDEX conflict_record_id_idx ON conflict (record_id);
CREATE INDEX ledger_at_idx ON ledger (at);

-- Full-text indexes over the tables' own content, kept in step by triggers.
CREATE VIRTUAL TABLE city_fts USING fts5(name, local_name, police_force, notes, content='city', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER city_fts_insert AFTER INSERT ON city BEGIN
    INSERT INTO city_fts (rowid, name, local_name, police_force, notes) VALUES (new.rowid, new.name, new.local_name, new.police_force, new.notes);
END;
CREATE TRIGGER city_fts_delete AFTER DELETE ON city BEGIN
    INSERT INTO city_fts (city_fts, rowid, name, local_name, police_force, notes) VALUES ('delete', old.rowid, old.name, old.local_name, old.police_force, old.notes);
END;
CREATE TRIGGER city_fts_update AFTER UPDATE ON city BEGIN
    INSERT INTO city_fts (city_fts, rowid, name, local_name, police_force, notes) VALUES ('delete', old.rowid, old.name, old.local_name, old.police_force, old.notes);
    INSERT INTO city_fts (rowid, name, local_name, police_force, notes) VALUES (new.rowid, new.name, new.local_name, new.police_force, new.notes);
END;

CREATE VIRTUAL TABLE contact_fts USING fts5(name, function, email, content='contact', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN
    INSERT INTO contact_fts (rowid, name, function, email) VALUES (new.rowid, new.name, new.function, new.email);
END;
CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN
    INSERT INTO contact_fts (contact_fts, rowid, name, function, email) VALUES ('delete', old.rowid, old.name, old.function, old.email);
END;
CREATE TRIGGER contact_fts_update AFTER UPDATE ON contact BEGIN
    INSERT INTO contact_fts (contact_fts, rowid, name, function, email) VALUES ('delete', old.rowid, old.name, old.function, old.email);
    INSERT INTO contact_fts (rowid, name, function, email) VALUES (new.rowid, new.name, new.function, new.email);
END;

CREATE VIRTUAL TABLE activity_fts USING fts5(title, place, description, outcomes, content='activity', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER activity_fts_insert AFTER INSERT ON activity BEGIN
    INSERT INTO activity_fts (rowid, title, place, description, outcomes) VALUES (new.rowid, new.title, new.place, new.description, new.outcomes);
END;
CREATE TRIGGER activity_fts_delete AFTER DELETE ON activity BEGIN
    INSERT INTO activity_fts (activity_fts, rowid, title, place, description, outcomes) VALUES ('delete', old.rowid, old.title, old.place, old.description, old.outcomes);
END;
CREATE TRIGGER activity_fts_update AFTER UPDATE ON activity BEGIN
    INSERT INTO activity_fts (activity_fts, rowid, title, place, description, outcomes) VALUES ('delete', old.rowid, old.title, old.place, old.description, old.outcomes);
    INSERT INTO activity_fts (rowid, title, place, description, outcomes) VALUES (new.rowid, new.title, new.place, new.description, new.outcomes);
END;

CREATE VIRTUAL TABLE resource_fts USING fts5(title, url, content='resource', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER resource_fts_insert AFTER INSERT ON resource BEGIN
    INSERT INTO resource_fts (rowid, title, url) VALUES (new.rowid, new.title, new.url);
END;
CREATE TRIGGER resource_fts_delete AFTER DELETE ON resource BEGIN
    INSERT INTO resource_fts (resource_fts, rowid, title, url) VALUES ('delete', old.rowid, old.title, old.url);
END;
CREATE TRIGGER resource_fts_update AFTER UPDATE ON resource BEGIN
    INSERT INTO resource_fts (resource_fts, rowid, title, url) VALUES ('delete', old.rowid, old.title, old.url);
    INSERT INTO resource_fts (rowid, title, url) VALUES (new.rowid, new.title, new.url);
END;

CREATE VIRTUAL TABLE sheet_fts USING fts5(title, summary, context, objectives, actions, results, lessons, content='sheet', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER sheet_fts_insert AFTER INSERT ON sheet BEGIN
    INSERT INTO sheet_fts (rowid, title, summary, context, objectives, actions, results, lessons) VALUES (new.rowid, new.title, new.summary, new.context, new.objectives, new.actions, new.results, new.lessons);
END;
CREATE TRIGGER sheet_fts_delete AFTER DELETE ON sheet BEGIN
    INSERT INTO sheet_fts (sheet_fts, rowid, title, summary, context, objectives, actions, results, lessons) VALUES ('delete', old.rowid, old.title, old.summary, old.context, old.objectives, old.actions, old.results, old.lessons);
END;
CREATE TRIGGER sheet_fts_update AFTER UPDATE ON sheet BEGIN
    INSERT INTO sheet_fts (sheet_fts, rowid, title, summary, context, objectives, actions, results, lessons) VALUES ('delete', old.rowid, old.title, old.summary, old.context, old.objectives, old.actions, old.results, old.lessons);
    INSERT INTO sheet_fts (rowid, title, summary, context, objectives, actions, results, lessons) VALUES (new.rowid, new.title, new.summary, new.context, new.objectives, new.actions, new.results, new.lessons);
END;
