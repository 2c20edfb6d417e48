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
    // Concurrent changes (two replicas that had seen the same steps) share a step number:
    // the earlier one, then the id, decide, the same way on every replica.
    query.prepare(QStringLiteral("SELECT from_status, to_status, created_at, owner "
                                 "FROM sheet_history WHERE sheet = ? AND deleted = 0 "
                                 "ORDER BY sequence, created_at, id"));
    query.addBindValue(sheetId);
    if (!query.exec())
        return changes;
    while (query.next()) {
        changes << SheetStatusChange {query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString()};
    }
    return changes;
}

} // namespace pactesur
