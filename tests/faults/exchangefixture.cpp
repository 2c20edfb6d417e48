// SPDX-License-Identifier: EUPL-1.2
#include "exchangefixture.h"

#include "exchangeharness.h"
#include "faultloop.h"

#include "exchange/importer.h"
#include "store/checker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace pactesur::test {

namespace {

bool copyFiles(const QString &from, const QString &to, const QStringList &names)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QString &name : names) {
        if (!QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name))
            return false;
    }
    return true;
}

} // namespace

const QByteArray &ExchangeFixture::earlierPackage()
{
    static const QByteArray bytes = "the package written the day before";
    return bytes;
}

QString ExchangeFixture::build(const QString &root)
{
    const QString scratch = root + QStringLiteral("/scratch");
    QDir().mkpath(scratch);
    QString package;
    {
        TestReplica coordinator(
            QStringLiteral("coordinator"), QStringLiteral("coordinator"), scratch);
        TestReplica vilnius(QStringLiteral("vilnius"), QStringLiteral("vilnius"), scratch);
        vilnius.enrolWith(coordinator);
        const KindSpec &cities = Kinds::get(QStringLiteral("cities"));
        RecordStore store = coordinator.store();
        for (const QString &slug : {QStringLiteral("vilnius"), QStringLiteral("riga")}) {
            const Result<QString> id = store.resolveId(cities, slug);
            if (!id)
                return id.error().message;
            if (Status status = store.update(cities, id.value(),
                    {{QStringLiteral("notes"),
                        QStringLiteral("Partner since 2019 (%1)").arg(slug)}});
                !status)
                return status.error().message;
        }
        package = coordinator.exportPackage(&vilnius);
    }
    receiver = root + QStringLiteral("/receiver");
    import = root + QStringLiteral("/import");
    exporter = root + QStringLiteral("/export");
    imported = root + QStringLiteral("/imported");
    const QStringList liaison = {QStringLiteral("vilnius.db"), QStringLiteral("vilnius.db.keys")};
    if (!copyFiles(scratch, receiver, liaison) || !copyFiles(scratch, import, liaison)
        || !copyFiles(scratch, imported, liaison)
        || !copyFiles(scratch, exporter,
            {QStringLiteral("coordinator.db"), QStringLiteral("coordinator.db.keys")})
        || !QFile::copy(package, import + QStringLiteral("/package.pactesur")))
        return QStringLiteral("cannot copy the fixture's files");
    QFile earlier(exporter + QStringLiteral("/out.pactesur"));
    if (!earlier.open(QIODevice::WriteOnly) || earlier.write(earlierPackage()) < 0)
        return QStringLiteral("cannot write the earlier package");
    earlier.close();

    // The state restore goes back to: the receiver after an import, whose backup holds the
    // state before it.
    {
        FixedClock clock(QDateTime(QDate(2025, 2, 1), QTime(12, 0), Qt::UTC));
        Database::Options options;
        options.clock = &clock;
        Result<std::unique_ptr<Database>> db
            = Database::open(imported + QStringLiteral("/vilnius.db"), options);
        if (!db)
            return db.error().message;
        const Result<ImportReport> report = Importer::run(*db.value(), package, {});
        if (!report)
            return report.error().message;
        backupName = QFileInfo(report->backupPath).fileName();
    }
    beforeImport = faultcheck::digestOf(receiver + QStringLiteral("/vilnius.db"));
    afterImport = faultcheck::digestOf(imported + QStringLiteral("/vilnius.db"));
    if (beforeImport == afterImport || backupName.isEmpty()
        || faultcheck::digestOf(imported + QStringLiteral("/backups/") + backupName)
            != beforeImport)
        return QStringLiteral("the fixture's import did not do what it should");
    return {};
}

QString ExchangeFixture::receiverDigestAfterImporting(const QString &path) const
{
    QTemporaryDir scratch(faultcheck::scratchRoot() + QStringLiteral("/pactesur-receiver-XXXXXX"));
    if (!faultcheck::copyFolder(receiver, scratch.path()))
        return QStringLiteral("cannot copy the receiver");
    Result<std::unique_ptr<Database>> db
        = Database::open(scratch.filePath(QStringLiteral("vilnius.db")));
    if (!db)
        return db.error().message;
    Importer::Options options;
    options.backup = false;
    const Result<ImportReport> report = Importer::run(*db.value(), path, options);
    return report ? Checker::stateDigest(*db.value()) : report.error().message;
}

} // namespace pactesur::test
