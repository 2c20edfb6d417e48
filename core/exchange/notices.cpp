// SPDX-License-Identifier: EUPL-1.2
#include "notices.h"

#include "exchange/peerdirectory.h"
#include "model/kinds.h"
#include "store/database.h"
#include "util/uuid.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

Status Notices::add(const Database &db, const Notice &notice)
{
    QSqlQuery insert(db.sql());
    insert.prepare(QStringLiteral(
        "INSERT INTO notice (id, at, origin, record_kind, record_id, title, field, writer, "
        "reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(notice.id.isEmpty() ? uuid::create() : notice.id);
    insert.addBindValue(notice.at.isEmpty() ? db.clock().nowIso() : notice.at);
    insert.addBindValue(notice.origin == Notice::Origin::Import ? QStringLiteral("import")
                                                                : QStringLiteral("local"));
    insert.addBindValue(notice.recordKind);
    insert.addBindValue(notice.recordId);
    insert.addBindValue(notice.title);
    insert.addBindValue(notice.field);
    insert.addBindValue(notice.writer);
    insert.addBindValue(Authority::name(notice.why));
    if (!insert.exec())
        return Database::sqlError(Database::tr("saving changes"), insert.lastError().text());
    return {};
}

QList<Notice> Notices::list(const Database &db, int limit)
{
    QList<Notice> notices;
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT id, at, origin, record_kind, record_id, title, field, "
                                 "writer, reason FROM notice ORDER BY at DESC, id LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return notices;
    while (query.next()) {
        Notice notice;
        notice.id = query.value(0).toString();
        notice.at = query.value(1).toString();
        notice.origin = query.value(2).toString() == QLatin1String("local")
            ? Notice::Origin::Local
            : Notice::Origin::Import;
        notice.recordKind = query.value(3).toString();
        notice.recordId = query.value(4).toString();
        notice.title = query.value(5).toString();
        notice.field = query.value(6).toString();
        notice.writer = query.value(7).toString();
        notice.why = Authority::fromName(query.value(8).toString());
        notices << notice;
    }
    return notices;
}

int Notices::count(const Database &db)
{
    QSqlQuery query(db.sql());
    query.exec(QStringLiteral("SELECT count(*) FROM notice"));
    return query.next() ? query.value(0).toInt() : 0;
}

Status Notices::dismiss(const Database &db, const QString &id)
{
    QSqlQuery remove(db.sql());
    remove.prepare(QStringLiteral("DELETE FROM notice WHERE id = ?"));
    remove.addBindValue(id);
    if (!remove.exec())
        return Database::sqlError(Database::tr("saving changes"), remove.lastError().text());
    return {};
}

QString Notices::describe(const Database &db, const Notice &notice)
{
    const KindSpec *kind = Kinds::find(notice.recordKind);
    const QString kindLabel = kind ? kind->translatedLabel().toLower() : notice.recordKind;
    const FieldSpec *field = kind ? kind->field(notice.field) : nullptr;
    const QString fieldLabel = field ? field->translatedLabel() : notice.field;
    const QString title = notice.title.isEmpty() ? notice.recordId.left(8) : notice.title;
    const QString reason = Authority::describe(notice.why);
    if (notice.origin == Notice::Origin::Local) {
        return tr("Your change of “%1” in the %2 “%3” was made by an older version of Pactesur "
                  "and the ownership rules refuse it: %4. Other databases ignore it; change "
                  "the record again if it is yours to change.")
            .arg(fieldLabel, kindLabel, title, reason);
    }
    return tr("A change of “%1” in the %2 “%3” by %4 was refused: %5.")
        .arg(fieldLabel, kindLabel, title, PeerDirectory(db).describe(notice.writer), reason);
}

} // namespace pactesur
