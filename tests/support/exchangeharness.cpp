// SPDX-License-Identifier: EUPL-1.2
#include "exchangeharness.h"

#include "exchange/exporter.h"
#include "seed/seeder.h"
#include "store/checker.h"
#include "store/replica.h"
#include "testdatabase.h"
#include "trust/keyring.h"
#include "trust/sealedpackage.h"

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

TestReplica::TestReplica(
    const QString &name, const QString &roleOrCity, const QString &folder, const QString &idName)
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
        QUuid::createUuidV5(QUuid(), idName.isEmpty() ? folder + name : idName)
            .toString(QUuid::WithoutBraces));
    if (!identity)
        qFatal("%s", qPrintable(identity.error().message));
    m_replicaId = identity->replicaId;
}

TestReplica::~TestReplica() = default;

void TestReplica::enrolWith(TestReplica &coordinator)
{
    enrol(coordinator.db(), *m_db);
}

QString TestReplica::exportPackage(const TestReplica *peer)
{
    const QString path = QStringLiteral("%1/%2-%3.pactesur").arg(m_folder, m_name).arg(++m_exports);
    Exporter::Options options;
    if (peer)
        options.peer = peer->replicaId();
    Result<ExportSummary> summary = Exporter::exportTo(*m_db, path, options);
    if (!summary && peer) {
        // No package from that peer yet: nothing acknowledged, so everything goes, still
        // sealed to that peer's city alone (the coordinator's; a liaison's go to it anyway).
        options.peer.clear();
        const Identity identity = Replica::load(*peer->m_db);
        if (identity.role == QLatin1String("liaison"))
            options.to = identity.cityId;
        summary = Exporter::exportTo(*m_db, path, options);
    }
    if (!summary)
        qFatal("export failed: %s", qPrintable(summary.error().message));
    m_clock.advance(1);
    return path;
}

QString TestReplica::exportPlainPackage(const TestReplica *peer)
{
    const QString sealed = exportPackage(peer);
    const QString plain = sealed + QStringLiteral(".sqlite");
    QFile::remove(plain);
    auto keyring = Keyring::open(*m_db);
    if (!keyring)
        qFatal("%s", qPrintable(keyring.error().message));
    const Result<RosterEntry> signer = SealedPackage::open(*m_db, *keyring.value(), sealed, plain);
    if (!signer)
        qFatal("%s", qPrintable(signer.error().message));
    return plain;
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

namespace {

QStringList describe(const ImportReport &report)
{
    QStringList lines = {QStringLiteral("new %1 updated %2 unchanged %3 conflicts %4")
                             .arg(report.created)
                             .arg(report.updated)
                             .arg(report.unchanged)
                             .arg(report.conflicts)};
    for (const ImportChange &change : report.changes) {
        lines << QStringLiteral("%1 %2 \"%3\" %4 [%5] conflicts [%6]")
                     .arg(change.kind, change.id, change.title,
                         change.isNew ? QStringLiteral("new") : QStringLiteral("updated"),
                         change.fields.join(QLatin1Char(',')),
                         change.conflictFields.join(QLatin1Char(',')));
    }
    for (const Rejection &rejection : report.rejected)
        lines << QStringLiteral("refused %1 %2 \"%3\": %4")
                     .arg(rejection.kind, rejection.id, rejection.title, rejection.reason);
    return lines + report.notices;
}

QString firstDifference(const ImportReport &quick, const ImportReport &full)
{
    const QStringList a = describe(quick);
    const QStringList b = describe(full);
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            return QStringLiteral("with shortcuts: %1; merging every record: %2")
                .arg(a.value(i), b.value(i));
    }
    return {};
}

} // namespace

QString TestReplica::shortcutsDisagreeOn(const QString &path)
{
    Importer::Options options;
    options.dryRun = true;
    options.backup = false;
    const Result<ImportReport> quick = Importer::run(*m_db, path, options);
    options.mergeEveryRecord = true;
    const Result<ImportReport> full = Importer::run(*m_db, path, options);
    if (!quick || !full)
        return QStringLiteral("the dry runs failed");
    return firstDifference(quick.value(), full.value());
}

Result<ImportReport> TestReplica::importCheckingShortcuts(const QString &path, QString *differs)
{
    Importer::Options options;
    options.dryRun = true;
    options.backup = false;
    options.mergeEveryRecord = true;
    const Result<ImportReport> full = Importer::run(*m_db, path, options);
    Result<ImportReport> report = importPackage(path);
    differs->clear();
    if (full && report)
        *differs = firstDifference(report.value(), full.value());
    else if (report)
        *differs = QStringLiteral("the dry run merging every record failed");
    return report;
}

QString TestReplica::digest() const
{
    return Checker::stateDigest(*m_db);
}

} // namespace pactesur::test
