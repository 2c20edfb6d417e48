// SPDX-License-Identifier: EUPL-1.2
#include "mailboxnetwork.h"

#include "model/kinds.h"
#include "store/replica.h"

#include <QSqlQuery>

namespace pactesur::test {

namespace {

QMap<QString, QString> conflictsOf(TestReplica &replica)
{
    QMap<QString, QString> conflicts;
    QSqlQuery query(replica.db().sql());
    query.exec(QStringLiteral("SELECT record_kind, record_id, field, candidates FROM conflict "
                              "WHERE status = 'open'"));
    while (query.next()) {
        conflicts.insert(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString()
                + QLatin1Char(' ') + query.value(2).toString(),
            query.value(3).toString());
    }
    return conflicts;
}

} // namespace

MailboxNetwork::MailboxNetwork(
    const QString &folder, const QStringList &cities, TransportFactory transport)
    : m_folder(folder)
    , m_transport(std::move(transport))
{
    m_replicas.push_back(
        std::make_unique<TestReplica>(QStringLiteral("coordinator"), QStringLiteral("coordinator"), folder));
    for (const QString &city : cities) {
        // Several replicas may work for one city: each has a name of its own.
        const QString name = QStringLiteral("%1-%2").arg(city).arg(m_replicas.size());
        m_replicas.push_back(std::make_unique<TestReplica>(name, city, folder));
        m_replicas.back()->enrolWith(*m_replicas.front());
    }
}

MailboxNetwork::~MailboxNetwork() = default;

Result<SyncReport> MailboxNetwork::sync(int r)
{
    std::unique_ptr<Transport> transport = m_transport();
    return MailboxSync::round(replica(r).db(), *transport, MailboxSync::Options {});
}

QStringList MailboxNetwork::editableActivities(int r)
{
    const Identity identity = Replica::load(replica(r).db());
    QSqlQuery query(replica(r).db().sql());
    query.prepare(QStringLiteral("SELECT id FROM activity WHERE deleted = 0 AND (? OR owner = ?) "
                                 "ORDER BY id"));
    query.addBindValue(identity.isCoordinator());
    query.addBindValue(identity.cityId);
    query.exec();
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

QString MailboxNetwork::randomEdit(int r, QRandomGenerator &random)
{
    const Identity identity = Replica::load(replica(r).db());
    const KindSpec &activities = Kinds::get(QStringLiteral("activities"));
    const QString word = QStringLiteral("edit %1 by r%2").arg(++m_edits).arg(r);
    const QStringList ids = editableActivities(r);
    if (ids.isEmpty() || random.bounded(3) == 0) {
        const QString city = identity.isCoordinator()
            ? Replica::load(replica(1 + random.bounded(size() - 1)).db()).citySlug
            : identity.citySlug;
        const Result<QString> id = replica(r).store().create(activities,
            {{QStringLiteral("kind"), QStringLiteral("workshop")}, {QStringLiteral("title"), word},
                {QStringLiteral("start"), QStringLiteral("2027-03-%1").arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'))},
                {QStringLiteral("host_city"), city}});
        return id ? QStringLiteral("r%1 creates %2").arg(r).arg(id.value().left(8))
                  : QStringLiteral("r%1 cannot create: %2").arg(r).arg(id.error().message);
    }
    const QString id = ids.at(random.bounded(int(ids.size())));
    const Status status = replica(r).store().update(activities, id, {{QStringLiteral("title"), word}});
    return status ? QStringLiteral("r%1 edits %2").arg(r).arg(id.left(8))
                  : QStringLiteral("r%1 cannot edit %2: %3").arg(r).arg(id.left(8), status.error().message);
}

QString MailboxNetwork::concurrentEdit(QRandomGenerator &random)
{
    // A city and the coordinator both change the title of one of the city's activities,
    // which both hold: a conflict once their packages cross.
    const int city = 1 + random.bounded(size() - 1);
    const QStringList own = editableActivities(city);
    const QStringList atCoordinator = editableActivities(0);
    QStringList shared;
    for (const QString &id : own) {
        if (atCoordinator.contains(id))
            shared << id;
    }
    if (shared.isEmpty())
        return randomEdit(city, random);
    const QString id = shared.at(random.bounded(int(shared.size())));
    const KindSpec &activities = Kinds::get(QStringLiteral("activities"));
    ++m_edits;
    const Status first = replica(city).store().update(
        activities, id, {{QStringLiteral("title"), QStringLiteral("city's %1").arg(m_edits)}});
    const Status second = replica(0).store().update(
        activities, id, {{QStringLiteral("title"), QStringLiteral("coordinator's %1").arg(m_edits)}});
    return QStringLiteral("r%1 and r0 both edit %2 (%3, %4)")
        .arg(city)
        .arg(id.left(8), first ? QStringLiteral("ok") : first.error().message,
            second ? QStringLiteral("ok") : second.error().message);
}

QString MailboxNetwork::settle(int passes)
{
    for (int pass = 0; pass < passes; ++pass) {
        int moved = 0;
        for (int r = 0; r < size(); ++r) {
            const Result<SyncReport> report = sync(r);
            if (!report)
                return QStringLiteral("r%1: %2").arg(r).arg(report.error().message);
            if (!report->finished())
                return QStringLiteral("r%1: %2").arg(r).arg(report->errors.join(QLatin1Char(' ')));
            moved += report->sent + report->received;
        }
        if (moved == 0)
            return {};
    }
    return QStringLiteral("still moving packages after %1 passes").arg(passes);
}

QString MailboxNetwork::divergence()
{
    const QString digest = replica(0).digest();
    const QMap<QString, QString> conflicts = conflictsOf(replica(0));
    for (int r = 1; r < size(); ++r) {
        if (replica(r).digest() != digest)
            return QStringLiteral("r%1's state differs from the coordinator's").arg(r);
        if (conflictsOf(replica(r)) != conflicts)
            return QStringLiteral("r%1's open conflicts differ from the coordinator's").arg(r);
    }
    return {};
}

int MailboxNetwork::openConflicts()
{
    return int(conflictsOf(replica(0)).size());
}

} // namespace pactesur::test
