// SPDX-License-Identifier: EUPL-1.2
#include "editorjournal.h"

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

namespace {

Status run(QSqlQuery &query)
{
    if (!query.exec())
        return Error::failure(query.lastError().text());
    return {};
}

QStringList fieldsFrom(const QVariant &stored)
{
    QStringList fields;
    for (const QJsonValue &value : QJsonDocument::fromJson(stored.toByteArray()).array())
        fields << value.toString();
    return fields;
}

} // namespace

Status EditorJournal::opened(Database &db, const QString &sheetId, const QString &title)
{
    QSqlQuery query(db.sql());
    // A sheet reopened after a crash starts a fresh entry: the old one was reported.
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO editor_journal "
                                 "(sheet, title, opened_at, saved_at, saved_fields) "
                                 "VALUES (?, ?, ?, NULL, '[]')"));
    query.addBindValue(sheetId);
    query.addBindValue(title);
    query.addBindValue(db.clock().nowIso());
    return run(query);
}

Status EditorJournal::saved(Database &db, const QString &sheetId, const QStringList &fields)
{
    QSqlQuery read(db.sql());
    read.prepare(QStringLiteral("SELECT saved_fields FROM editor_journal WHERE sheet = ?"));
    read.addBindValue(sheetId);
    if (Status status = run(read); !status)
        return status;
    QStringList all = read.next() ? fieldsFrom(read.value(0)) : QStringList();
    for (const QString &field : fields) {
        if (!all.contains(field))
            all << field;
    }
    read.finish();
    QSqlQuery query(db.sql());
    query.prepare(
        QStringLiteral("UPDATE editor_journal SET saved_at = ?, saved_fields = ? WHERE sheet = ?"));
    query.addBindValue(db.clock().nowIso());
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(all)).toJson(QJsonDocument::Compact)));
    query.addBindValue(sheetId);
    return run(query);
}

Status EditorJournal::closed(Database &db, const QString &sheetId)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("DELETE FROM editor_journal WHERE sheet = ?"));
    query.addBindValue(sheetId);
    return run(query);
}

QList<EditorJournal::Entry> EditorJournal::leftOpen(const Database &db)
{
    QList<Entry> entries;
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT sheet, title, opened_at, saved_at, saved_fields "
                                   "FROM editor_journal ORDER BY opened_at")))
        return entries;
    while (query.next()) {
        entries << Entry {query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), fieldsFrom(query.value(4))};
    }
    return entries;
}

} // namespace pactesur
