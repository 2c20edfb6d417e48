// SPDX-License-Identifier: EUPL-1.2
// Injected I/O errors (issue 16) in the exchange operations: import (with its backup),
// export, backup and restore. Every read, write, sync and truncate SQLite makes fails in
// turn; the sealed package's own writes (QFile, outside SQLite) fail in turn under strace.
#include "exchangefixture.h"
#include "faultloop.h"

#include "exchange/backups.h"
#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "store/checker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pactesur;
using namespace pactesur::test;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Files the operation added to its folder: each must be a complete backup holding
// `digest`; at least one when the operation said it made one.
QString newBackupsProblem(
    const QString &folder, const QStringList &prepared, const QString &digest, bool oneExpected)
{
    int complete = 0;
    for (const QString &file : faultcheck::files(folder)) {
        if (prepared.contains(file))
            continue;
        const QString path = folder + QLatin1Char('/') + file;
        if (!file.startsWith(QLatin1String("backups/vilnius-")))
            return QStringLiteral("left behind %1").arg(file);
        if (const QString integrity = faultcheck::integrity(path); integrity != QLatin1String("ok"))
            return QStringLiteral("a damaged backup %1: %2").arg(file, integrity);
        if (faultcheck::digestOf(path) != digest)
            return QStringLiteral("a backup %1 that does not hold the state it should").arg(file);
        ++complete;
    }
    if (oneExpected && complete == 0)
        return QStringLiteral("no backup was made");
    return {};
}

Status statusOf(const Error *error)
{
    return error ? Status(*error) : Status();
}

} // namespace

class TestIoFaultsExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root {faultcheck::scratchRoot() + QStringLiteral("/pactesur-exchange-XXXXXX")};
    ExchangeFixture m_fixture;
    QString m_exportImports; // what the fault-free export's package gives the receiver

private slots:
    void initTestCase()
    {
        FaultVfs::install();
        const QString problem = m_fixture.build(m_root.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void shouldCountTheCallsOfQtConnectionsToo()
    {
        // QSQLITE links the same libsqlite3: the shim sees the Database's own connection.
        Result<std::unique_ptr<Database>> db
            = Database::open(m_root.filePath(QStringLiteral("probe.db")));
        QVERIFY(db.ok());
        FaultVfs::reset();
        QSqlQuery query(db.value()->sql());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE probe (x)")));
        QVERIFY(FaultVfs::writeCalls() > 0);
        {
            const FaultScope scope(1, FaultVfs::Mode::DiskFull);
            QVERIFY(!query.exec(QStringLiteral("INSERT INTO probe VALUES (zeroblob(100000))")));
            QVERIFY(FaultVfs::faults() > 0);
        }
    }

    void shouldSurviveFaultsDuringImport()
    {
        const QStringList prepared = faultcheck::files(m_fixture.import);
        FaultyOperation importing;
        importing.name = QStringLiteral("import");
        importing.preparedFolder = m_fixture.import;
        importing.databaseFile = QStringLiteral("vilnius.db");
        importing.run = [](std::unique_ptr<Database> &db, const QString &at) {
            const Result<ImportReport> report
                = Importer::run(*db, at + QStringLiteral("/package.pactesur"), {});
            return statusOf(report ? nullptr : &report.error());
        };
        importing.checkFiles = [this, prepared](const QString &at, bool succeeded) {
            return newBackupsProblem(at, prepared, m_fixture.beforeImport, succeeded);
        };
        FaultLoop loop(importing);
        QVERIFY(loop.measure());
        QCOMPARE(loop.digestBefore(), m_fixture.beforeImport);
        QCOMPARE(loop.digestAfter(), m_fixture.afterImport);
        const QStringList problems = runAllModes(loop, importing.name, 9);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void shouldSurviveFaultsDuringExport()
    {
        const QStringList prepared = faultcheck::files(m_fixture.exporter);
        FaultyOperation exporting;
        exporting.name = QStringLiteral("export");
        exporting.preparedFolder = m_fixture.exporter;
        exporting.databaseFile = QStringLiteral("coordinator.db");
        exporting.run = [](std::unique_ptr<Database> &db, const QString &at) {
            const Result<ExportSummary> summary
                = Exporter::exportTo(*db, at + QStringLiteral("/out.pactesur"), {});
            return statusOf(summary ? nullptr : &summary.error());
        };
        exporting.checkFiles = [this, prepared](const QString &at, bool succeeded) -> QString {
            const QStringList now = faultcheck::files(at);
            if (now != prepared)
                return QStringLiteral("left behind: ") + now.join(QStringLiteral(", "));
            const QString package = at + QStringLiteral("/out.pactesur");
            if (!succeeded) {
                return contentOf(package) == ExchangeFixture::earlierPackage()
                    ? QString()
                    : QStringLiteral("the earlier package was damaged");
            }
            // Complete: the receiver gets from it what it gets from a fault-free export.
            const QString digest = m_fixture.receiverDigestAfterImporting(package);
            if (m_exportImports.isEmpty())
                m_exportImports = digest;
            return digest == m_exportImports && digest != m_fixture.beforeImport
                ? QString()
                : QStringLiteral("the package does not import completely: ") + digest;
        };
        FaultLoop loop(exporting);
        QVERIFY(loop.measure());
        QCOMPARE(loop.digestAfter(), loop.digestBefore());
        const QStringList problems = runAllModes(loop, exporting.name, 4);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void shouldSurviveFaultsDuringBackup()
    {
        const QStringList prepared = faultcheck::files(m_fixture.imported);
        FaultyOperation backup;
        backup.name = QStringLiteral("backup");
        backup.preparedFolder = m_fixture.imported;
        backup.databaseFile = QStringLiteral("vilnius.db");
        backup.run = [](std::unique_ptr<Database> &db, const QString &at) {
            const Result<QString> saved
                = Importer::backup(*db, at + QStringLiteral("/backups"), 10);
            return statusOf(saved ? nullptr : &saved.error());
        };
        backup.checkFiles = [this, prepared](const QString &at, bool succeeded) {
            return newBackupsProblem(at, prepared, m_fixture.afterImport, succeeded);
        };
        FaultLoop loop(backup);
        QVERIFY(loop.measure());
        QCOMPARE(loop.digestAfter(), m_fixture.afterImport);
        const QStringList problems = runAllModes(loop, backup.name, 7);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void shouldSurviveFaultsDuringRestore()
    {
        const QStringList prepared = faultcheck::files(m_fixture.imported);
        FaultyOperation restore;
        restore.name = QStringLiteral("restore");
        restore.preparedFolder = m_fixture.imported;
        restore.databaseFile = QStringLiteral("vilnius.db");
        restore.run = [this](std::unique_ptr<Database> &db, const QString &at) {
            const Result<QString> undo
                = Backups::restore(*db, at + QStringLiteral("/backups/") + m_fixture.backupName);
            return statusOf(undo ? nullptr : &undo.error());
        };
        // The backup restore takes first holds the state it replaces.
        restore.checkFiles = [this, prepared](const QString &at, bool succeeded) {
            return newBackupsProblem(at, prepared, m_fixture.afterImport, succeeded);
        };
        FaultLoop loop(restore);
        QVERIFY(loop.measure());
        QCOMPARE(loop.digestBefore(), m_fixture.afterImport);
        QCOMPARE(loop.digestAfter(), m_fixture.beforeImport);
        const QStringList problems = runAllModes(loop, restore.name, 20);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestIoFaultsExchange)
#include "tst_iofaults_exchange.moc"
