// SPDX-License-Identifier: EUPL-1.2
#include "sheetworkflow.h"

#include "store/database.h"

#include <QSqlQuery>

namespace pactesur {

QList<SheetStatusChange> SheetHistory::forSheet(const Database &db, const QString &sheetId)
{
    QList<SheetStatusChange> changes;
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    // Replicas may stamp changes with the same second: the id keeps the order stable.
    query.prepare(QStringLiteral("SELECT from_status, to_status, created_at, owner "
                                 "FROM sheet_history WHERE sheet = ? AND deleted = 0 "
                                 "ORDER BY created_at, id"));
    query.addBindValue(sheetId);
    if (!query.exec())
        return changes;
    QList<SheetStatusChange> pending;
    while (query.next()) {
        pending << SheetStatusChange {query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString()};
    }
    // Timestamps have whole seconds, and quick reviews fall within one: among changes of
    // the same second, the one that starts where the previous one ended comes next.
    while (!pending.isEmpty()) {
        const QString current = changes.isEmpty() ? QString() : changes.last().toStatus;
        qsizetype next = 0;
        for (qsizetype i = 0; i < pending.size() && pending.at(i).at == pending.first().at; ++i) {
            if (pending.at(i).fromStatus == current) {
                next = i;
                break;
            }
        }
        changes << pending.takeAt(next);
    }
    return changes;
}

} // namespace pactesur
