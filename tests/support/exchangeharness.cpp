// SPDX-License-Identifier: EUPL-1.2
#include "exchangeharness.h"

#include "exchange/exporter.h"
#include "seed/seeder.h"
#include "store/checker.h"
#include "store/replica.h"

#include <QDir>
#include <QFile>
#include <QUuid>

namespace pactesur::test {

QString seededTemplate()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("template.db"));
        auto db = Database::open(file);
        if (!db || !Seeder::seed(*db.value()))
            qFatal("cannot make the seeded template database");
        return file;
    }();
    return path;
}

TestReplica::TestReplica(const QString &name, const QString &roleOrCity, const QString &folder)
    : m_name(name)
    , m_folder(folder)
    , m_clock(QDateTime(QDate(2025, 1, 6), QTime(8, 0), Qt::UTC))
{
    const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".db");
    QFile::remove(path);
    if (!QFile::copy(seededTemplate(), path))
        qFatal("cannot copy the template database");
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Database::Options options;
    options.clock = &m_clock;
    auto db = Database::open(path, options);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    m_db = std::move(db.value());
    const bool coordinator = roleOrCity == QLatin1String("coordinator");
    // Name-based replica ids keep a scenario's run the same from one run to the next.
    auto identity = Replica::initialise(*m_db,
        coordinator ? QStringLiteral("coordinator") : QStringLiteral("liaison"),
        coordinator ? QString() : roleOrCity,
        QUuid::createUuidV5(QUuid(), folder + name).toString(QUuid::WithoutBraces));
    if (!identity)
        qFatal("%s", qPrintable(identity.error().message));
    m_replicaId = identity->replicaId;
}

TestReplica::~TestReplica() = default;

QString TestReplica::exportPackage(const TestReplica *peer)
{
    const QString path = QStringLiteral("%1/%2-%3.pactesur").arg(m_folder, m_name).arg(++m_exports);
    Exporter::Options options;
    if (peer)
        options.peer = peer->replicaId();
    Result<ExportSummary> summary = Exporter::exportTo(*m_db, path, options);
    if (!summary && peer) {
        // No package from that peer yet: nothing acknowledged, so everything goes.
        options.peer.clear();
        summary = Exporter::exportTo(*m_db, path, options);
    }
    if (!summary)
        qFatal("export failed: %s", qPrintable(summary.error().message));
    m_clock.advance(1);
    return path;
}

Result<ImportReport> TestReplica::importPackage(const QString &path, bool dryRun)
{
    Importer::Options options;
    options.dryRun = dryRun;
    options.backup = false;
    Result<ImportReport> report = Importer::run(*m_db, path, options);
    m_clock.advance(1);
    return report;
}

QString TestReplica::digest() const
{
    return Checker::stateDigest(*m_db);
}

} // namespace pactesur::test
