// SPDX-License-Identifier: EUPL-1.2
// Export, import, conflicts and resolution through the real CLI, as scripts use them.
#include "exchange/importer.h"
#include "testdatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pactesur;
using test::runCli;

class TestExchangeCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_coordinator;
    QString m_vilnius;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static QJsonDocument run(const QString &db, const QStringList &arguments, int expectedExit = 0)
    {
        const test::CliResult result = runCli(QStringList {QStringLiteral("--db"), db} + arguments);
        if (result.exitCode != expectedExit)
            qWarning() << arguments << result.exitCode << result.err;
        return result.exitCode == expectedExit ? QJsonDocument::fromJson(result.out)
                                               : QJsonDocument();
    }

    static QString digest(const QString &db)
    {
        return run(db, {QStringLiteral("check"), QStringLiteral("--json")})
            .object()
            .value(QStringLiteral("state_digest"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        m_coordinator = path("coordinator.db");
        m_vilnius = path("vilnius.db");
        QVERIFY(runCli({QStringLiteral("--db"), m_coordinator, QStringLiteral("init"),
                           QStringLiteral("--coordinator")})
                    .exitCode
            == 0);
        QVERIFY(runCli({QStringLiteral("--db"), m_vilnius, QStringLiteral("init"),
                           QStringLiteral("--city"), QStringLiteral("vilnius")})
                    .exitCode
            == 0);
        QVERIFY(test::enrolWithCli(m_coordinator, {m_vilnius}));
    }

    void shouldPreviewThenApplyAPackage()
    {
        run(m_vilnius,
            {QStringLiteral("add"), QStringLiteral("sheets"), QStringLiteral("--set"),
                QStringLiteral("title=Night mayors"), QStringLiteral("--set"),
                QStringLiteral("city=vilnius"), QStringLiteral("--set"),
                QStringLiteral("language=lt")});
        // No package from the coordinator yet: a delta has nothing to be cut from.
        QVERIFY(runCli({QStringLiteral("--db"), m_vilnius, QStringLiteral("export"),
                           QStringLiteral("--out"), path("x.pactesur"), QStringLiteral("--for"),
                           QStringLiteral("coordinator")})
                    .exitCode
            == 3);
        const QJsonObject exported = run(m_vilnius,
            {QStringLiteral("export"), QStringLiteral("--out"), path("v1.pactesur"),
                QStringLiteral("--full"), QStringLiteral("--json")})
                                         .object();
        QCOMPARE(exported.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("sheets"))
                     .toInt(),
            1);

        const QString before = digest(m_coordinator);
        const QJsonObject preview = run(m_coordinator,
            {QStringLiteral("import"), path("v1.pactesur"), QStringLiteral("--dry-run"),
                QStringLiteral("--json")})
                                        .object();
        // The sheet and the first entry of its status history.
        QCOMPARE(preview.value(QStringLiteral("new")).toInt(), 2);
        QCOMPARE(preview.value(QStringLiteral("applied")).toBool(), false);
        QCOMPARE(digest(m_coordinator), before);
        QVERIFY(!QDir(path("backups")).exists());

        const QJsonObject applied = run(m_coordinator,
            {QStringLiteral("import"), path("v1.pactesur"), QStringLiteral("--json")})
                                        .object();
        for (const char *key : {"new", "updated", "unchanged", "conflicts", "rejected"})
            QCOMPARE(applied.value(QLatin1String(key)), preview.value(QLatin1String(key)));
        QVERIFY(applied.value(QStringLiteral("applied")).toBool());
        QVERIFY(digest(m_coordinator) != before);
        QCOMPARE(QDir(path("backups")).entryList(QDir::Files).size(), 1); // taken before applying

        const QJsonArray ledger = run(m_coordinator,
            {QStringLiteral("list"), QStringLiteral("imports"), QStringLiteral("--json")})
                                      .array();
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(ledger.first()[QStringLiteral("direction")].toString(), QStringLiteral("import"));
        QCOMPARE(
            ledger.first()[QStringLiteral("file_name")].toString(), QStringLiteral("v1.pactesur"));

        const QString afterFirst = digest(m_coordinator);
        const QJsonObject again = run(m_coordinator,
            {QStringLiteral("import"), path("v1.pactesur"), QStringLiteral("--json")})
                                      .object();
        QCOMPARE(again.value(QStringLiteral("new")).toInt()
                + again.value(QStringLiteral("updated")).toInt(),
            0);
        QCOMPARE(digest(m_coordinator), afterFirst);
    }

    void shouldListAndResolveAConflictThatThenTravels()
    {
        run(m_coordinator,
            {QStringLiteral("export"), QStringLiteral("--out"), path("c1.pactesur"),
                QStringLiteral("--for"), QStringLiteral("vilnius")});
        run(m_vilnius, {QStringLiteral("import"), path("c1.pactesur")});
        run(m_vilnius,
            {QStringLiteral("edit"), QStringLiteral("cities"), QStringLiteral("vilnius"),
                QStringLiteral("--set"), QStringLiteral("notes=From Vilnius")});
        run(m_coordinator,
            {QStringLiteral("edit"), QStringLiteral("cities"), QStringLiteral("vilnius"),
                QStringLiteral("--set"), QStringLiteral("notes=From the coordinator")});
        run(m_vilnius,
            {QStringLiteral("export"), QStringLiteral("--out"), path("v2.pactesur"),
                QStringLiteral("--for"), QStringLiteral("coordinator")});
        const QJsonObject imported = run(m_coordinator,
            {QStringLiteral("import"), path("v2.pactesur"), QStringLiteral("--json")})
                                         .object();
        QCOMPARE(imported.value(QStringLiteral("conflicts")).toInt(), 1);

        const QJsonArray conflicts = run(m_coordinator,
            {QStringLiteral("list"), QStringLiteral("conflicts"), QStringLiteral("--json")})
                                         .array();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject conflict = conflicts.first().toObject();
        QCOMPARE(conflict.value(QStringLiteral("field")).toString(), QStringLiteral("notes"));
        const QJsonArray values = conflict.value(QStringLiteral("values")).toArray();
        QCOMPARE(values.size(), 2);
        QString keep;
        for (const QJsonValue &value : values) {
            QVERIFY(!value[QStringLiteral("at")].toString().isEmpty());
            if (value[QStringLiteral("value")].toString() == QLatin1String("From Vilnius"))
                keep = value[QStringLiteral("value_id")].toString();
        }
        QVERIFY(!keep.isEmpty());
        QCOMPARE(runCli({QStringLiteral("--db"), m_coordinator, QStringLiteral("resolve"),
                            conflict.value(QStringLiteral("id")).toString().left(8),
                            QStringLiteral("--keep"), QStringLiteral("nonsense")})
                     .exitCode,
            3);
        QCOMPARE(runCli({QStringLiteral("--db"), m_coordinator, QStringLiteral("resolve"),
                            conflict.value(QStringLiteral("id")).toString(),
                            QStringLiteral("--keep"), keep})
                     .exitCode,
            0);
        QCOMPARE(
            run(m_coordinator,
                {QStringLiteral("list"), QStringLiteral("conflicts"), QStringLiteral("--json")})
                .array()
                .size(),
            0);

        run(m_coordinator,
            {QStringLiteral("export"), QStringLiteral("--out"), path("c2.pactesur"),
                QStringLiteral("--for"), QStringLiteral("vilnius")});
        run(m_vilnius, {QStringLiteral("import"), path("c2.pactesur")});
        QCOMPARE(
            run(m_vilnius,
                {QStringLiteral("list"), QStringLiteral("conflicts"), QStringLiteral("--json")})
                .array()
                .size(),
            0);
        QCOMPARE(run(m_vilnius,
                     {QStringLiteral("show"), QStringLiteral("cities"), QStringLiteral("vilnius"),
                         QStringLiteral("--json")})
                     .object()
                     .value(QStringLiteral("notes"))
                     .toString(),
            QStringLiteral("From Vilnius"));
        QCOMPARE(digest(m_vilnius), digest(m_coordinator));
    }

    void shouldKeepTheTenNewestBackups()
    {
        test::TestDatabase fixture;
        FixedClock clock(QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC));
        fixture.db().setClock(&clock);
        const QString folder = fixture.dir() + QStringLiteral("/backups");
        QString newest;
        for (int i = 0; i < 12; ++i) {
            Result<QString> made = Importer::backup(fixture.db(), folder, 10);
            QVERIFY(made.ok());
            newest = made.value();
            clock.advance(60);
        }
        const QStringList kept = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(kept.size(), 10);
        QCOMPARE(kept.last(), QFileInfo(newest).fileName());
        QVERIFY(Database::open(newest).ok()); // a backup is a database that opens
    }
};

QTEST_GUILESS_MAIN(TestExchangeCli)
#include "tst_exchangecli.moc"
