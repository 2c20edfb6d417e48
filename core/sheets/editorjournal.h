// SPDX-License-Identifier: EUPL-1.2
// What the sheet editor has open, kept in the local table editor_journal (never exchanged).
// A clean close removes the entry; an entry found when a database is opened was left by a
// crash, and tells the user which sheet was being edited and what had been saved of it.
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pactesur {

class Database;

class EditorJournal
{
public:
    struct Entry
    {
        QString sheetId;
        QString title;
        QString openedAt; // ISO 8601 UTC
        QString savedAt; // last autosave; empty if nothing was saved
        QStringList savedFields; // fields saved since the editor opened, in save order
    };

    static Status opened(Database &db, const QString &sheetId, const QString &title);
    // After each autosave: adds `fields` to the entry and moves savedAt.
    static Status saved(Database &db, const QString &sheetId, const QStringList &fields);
    static Status closed(Database &db, const QString &sheetId);
    // Entries left behind (call before opening editors of this database).
    static QList<Entry> leftOpen(const Database &db);
};

} // namespace pactesur
