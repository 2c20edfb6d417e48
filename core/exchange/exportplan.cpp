// SPDX-License-Identifier: EUPL-1.2
#include "exportplan.h"

#include "exchange/knowledge.h"
#include "exchange/statestore.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

Result<QMap<QString, int>> ExportPlan::count(
    const Database &db, const QString &peer, const std::atomic_bool *cancel)
{
    QString acknowledged;
    if (!peer.isEmpty()) {
        const std::optional<Peer> found = Knowledge::findPeer(db, peer);
        if (!found) {
            return Error::rejected(
                tr("No package has come from “%1” yet, so there is nothing to cut a delta from; "
                   "export a full package instead.")
                    .arg(peer));
        }
        acknowledged = versionvector::toJson(found->acknowledged);
    }
    QMap<QString, int> counts;
    for (const KindSpec *kind : StateStore::exchangedKinds()) {
        if (cancel && cancel->load())
            return Error::failure(tr("Cancelled."));
        // The same filter as Exporter::exportTo: a record with a write the peer has not
        // acknowledged.
        QSqlQuery query(db.sql());
        query.prepare(peer.isEmpty()
                ? QStringLiteral("SELECT count(*) FROM %1").arg(kind->table)
                : QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                      .arg(kind->table, StateStore::hasWriteBeyondCondition()));
        if (!peer.isEmpty())
            query.addBindValue(acknowledged);
        if (!query.exec() || !query.next())
            return Database::sqlError(
                tr("counting the records to export"), query.lastError().text());
        if (const int n = query.value(0).toInt(); n > 0)
            counts.insert(kind->name, n);
    }
    return counts;
}

} // namespace pactesur
