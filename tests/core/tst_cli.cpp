// SPDX-License-Identifier: EUPL-1.2
// The CLI contract (DESIGN.md section 8) through the real binary: output and exit codes.
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pactesur;
using test::runCli;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static QJsonDocument json(const test::CliResult &result)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << result.out << result.err;
        return document;
    }

    static QString digest(const QString &db)
    {
        const test::CliResult result = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json")});
        return json(result).object().value(QStringLiteral("state_digest")).toString();
    }

private slots:
    void shouldListTheFifteenCitiesWithTheirRoles()
    {
        const QString db = path("coordinator.db");
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init"),
                            QStringLiteral("--coordinator")})
                     .exitCode,
            0);
        const test::CliResult listed = runCli({QStringLiteral("--db"), db, QStringLiteral("list"),
            QStringLiteral("cities"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray cities = json(listed).array();
        QCOMPARE(cities.size(), 15);
        QMap<QString, int> roles;
        for (const QJsonValue &city : cities) {
            roles[city[QStringLiteral("role")].toString()]++;
            QVERIFY(!city[QStringLiteral("id")].toString().isEmpty());
        }
        QCOMPARE(roles.value(QStringLiteral("lead")), 1);
        QCOMPARE(roles.value(QStringLiteral("partner")), 3);
        QCOMPARE(roles.value(QStringLiteral("associated")), 11);

        const test::CliResult checked = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(checked.exitCode, 0);
        QCOMPARE(json(checked).object().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(
            json(checked).object().value(QStringLiteral("state_digest")).toString().size(), 64);
    }

    void shouldGiveALiaisonDatabaseTheSameCitiesAndDigest()
    {
        const QString coordinator = path("coordinator.db");
        const QString liaison = path("vilnius.db");
        QCOMPARE(runCli({QStringLiteral("--db"), liaison, QStringLiteral("init"),
                            QStringLiteral("--city"), QStringLiteral("vilnius")})
                     .exitCode,
            0);
        auto ids = [](const QString &db) {
            QStringList list;
            const QJsonArray cities
                = json(runCli({QStringLiteral("--db"), db, QStringLiteral("list"),
                           QStringLiteral("cities"), QStringLiteral("--json")}))
                      .array();
            for (const QJsonValue &city : cities)
                list << city[QStringLiteral("id")].toString();
            list.sort();
            return list;
        };
        QCOMPARE(ids(liaison), ids(coordinator));
        QCOMPARE(digest(liaison), digest(coordinator));
        const QJsonObject whoami = json(runCli({QStringLiteral("--db"), liaison,
                                            QStringLiteral("whoami"), QStringLiteral("--json")}))
                                       .object();
        QCOMPARE(whoami.value(QStringLiteral("role")).toString(), QStringLiteral("liaison"));
        QCOMPARE(whoami.value(QStringLiteral("city")).toString(), QStringLiteral("vilnius"));
    }

    void shouldAddShowEditAndRemoveARecord()
    {
        const QString db = path("coordinator.db");
        const test::CliResult added = runCli({QStringLiteral("--db"), db, QStringLiteral("add"),
            QStringLiteral("groups"), QStringLiteral("--set"),
            QStringLiteral("name=Safe nightlife"), QStringLiteral("--set"),
            QStringLiteral("theme=safe_nightlife"), QStringLiteral("--set"),
            QStringLiteral("lead_city=bologna"), QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        const QString id = json(added).object().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        const QString prefix = id.left(8);
        QCOMPARE(
            runCli({QStringLiteral("--db"), db, QStringLiteral("edit"), QStringLiteral("groups"),
                       prefix, QStringLiteral("--set"), QStringLiteral("status=closed")})
                .exitCode,
            0);
        const QJsonObject shown
            = json(runCli({QStringLiteral("--db"), db, QStringLiteral("show"),
                       QStringLiteral("groups"), prefix, QStringLiteral("--json")}))
                  .object();
        QCOMPARE(shown.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(shown.value(QStringLiteral("name")).toString(), QStringLiteral("Safe nightlife"));
        QCOMPARE(
            runCli({QStringLiteral("--db"), db, QStringLiteral("rm"), QStringLiteral("groups"), id})
                .exitCode,
            0);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("show"),
                            QStringLiteral("groups"), id})
                     .exitCode,
            3);
        const QJsonArray hits = json(runCli({QStringLiteral("--db"), db, QStringLiteral("search"),
                                         QStringLiteral("academy"), QStringLiteral("--json")}))
                                    .array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first()[QStringLiteral("kind")].toString(), QStringLiteral("activities"));
    }

    void shouldSearchOrganisationsGroupsAndCitiesWithoutAccents()
    {
        const QString db = path("coordinator.db");
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("add"),
                            QStringLiteral("groups"), QStringLiteral("--set"),
                            QStringLiteral("name=Harbour Night Association")})
                     .exitCode,
            0);
        const auto search = [&](const char *text) {
            return json(runCli({QStringLiteral("--db"), db, QStringLiteral("search"),
                            QString::fromLatin1(text), QStringLiteral("--json")}))
                .array();
        };
        const QJsonArray efus = search("efus");
        QVERIFY(!efus.isEmpty());
        QCOMPARE(efus.first()[QStringLiteral("kind")].toString(), QStringLiteral("organisations"));
        const QJsonArray harbour = search("harbour");
        QVERIFY(!harbour.isEmpty());
        QCOMPARE(harbour.first()[QStringLiteral("kind")].toString(), QStringLiteral("groups"));
        QCOMPARE(harbour.first()[QStringLiteral("title")].toString(),
            QStringLiteral("Harbour Night Association"));
        const QJsonArray liege = search("liege");
        QVERIFY(!liege.isEmpty());
        QCOMPARE(liege.first()[QStringLiteral("kind")].toString(), QStringLiteral("cities"));
        QCOMPARE(liege.first()[QStringLiteral("title")].toString(), QStringLiteral("Liège"));
    }

    void shouldRejectBadInputWithoutChangingAnything_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString s = QStringLiteral("--set");
        QTest::newRow("unknown field") << QStringList {"add", "activities", s, "kind=workshop", s,
            "title=T", s, "start=2025-01-01", s, "colour=red"}
                                       << 3;
        QTest::newRow("wrong type")
            << QStringList {"edit", "cities", "riga", s, "latitude=north"} << 3;
        QTest::newRow("unknown city slug")
            << QStringList {"add", "sheets", s, "title=T", s, "city=atlantis", s, "language=en"}
            << 3;
        QTest::newRow("bad date") << QStringList {"add", "activities", s, "kind=workshop", s,
            "title=T", s, "start=14/11/2023"}
                                  << 3;
        QTest::newRow("missing required") << QStringList {"add", "activities", s, "title=T"} << 3;
        QTest::newRow("unknown id") << QStringList {"rm", "activities", "00000000"} << 3;
        QTest::newRow("unknown command") << QStringList {"frobnicate"} << 2;
        QTest::newRow("unknown kind") << QStringList {"list", "unicorns"} << 2;
        QTest::newRow("unknown option") << QStringList {"list", "cities", "--colour"} << 2;
        QTest::newRow("missing argument") << QStringList {"show", "cities"} << 2;
        QTest::newRow("set without value") << QStringList {"add", "cities", s, "name"} << 2;
        QTest::newRow("init without role") << QStringList {"init"} << 2;
        QTest::newRow("changing role") << QStringList {"init", "--city", "riga"} << 3;
    }

    void shouldRejectBadInputWithoutChangingAnything()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const QString db = path("coordinator.db");
        const QString before = digest(db);
        const test::CliResult result = runCli(QStringList {QStringLiteral("--db"), db} + arguments);
        QCOMPARE(result.exitCode, exitCode);
        const QString message = QString::fromUtf8(result.err).trimmed();
        QVERIFY2(message.startsWith(QStringLiteral("pactesur-cli: ")) && !message.contains(u'\n'),
            qPrintable(message));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(digest(db), before);
    }

    void shouldListEveryCommandInItsHelp()
    {
        // The man page is made from --help: a command missing there is missing from it.
        const test::CliResult help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const test::CliResult commands
            = runCli({QStringLiteral("completion"), QStringLiteral("commands")});
        QCOMPARE(commands.exitCode, 0);
        const QStringList names
            = QString::fromUtf8(commands.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(names.contains(QStringLiteral("report")));
        for (const QString &name : names) {
            QVERIFY2(help.out.contains("  " + name.toUtf8() + ' '), qPrintable(name));
        }
        for (const char *option : {"--from", "--to", "--language", "--format"})
            QVERIFY2(help.out.contains(option), option);
        const test::CliResult version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.out.trimmed(), QByteArray("pactesur-cli " PACTESUR_VERSION));
    }

    void shouldOfferCompletionsFromItsOwnCatalogue_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("unexpected");
        QTest::newRow("kinds") << QStringList {QStringLiteral("kinds")} << QStringLiteral("sheets")
                               << QStringLiteral("report");
        QTest::newRow("fields") << QStringList {QStringLiteral("fields"), QStringLiteral("activities")}
                                << QStringLiteral("host_city") << QStringLiteral("id");
        QTest::newRow("values") << QStringList {QStringLiteral("values"), QStringLiteral("activities"),
                                       QStringLiteral("kind")}
                                << QStringLiteral("police_staff_exchange") << QString();
        QTest::newRow("city values")
            << QStringList {QStringLiteral("values"), QStringLiteral("activities"),
                   QStringLiteral("host_city")}
            << QStringLiteral("kordelio-evosmos") << QString();
        QTest::newRow("cities") << QStringList {QStringLiteral("cities")} << QStringLiteral("xabia")
                                << QString();
        QTest::newRow("report") << QStringList {QStringLiteral("words"), QStringLiteral("report")}
                                << QStringLiteral("publication") << QString();
        QTest::newRow("list") << QStringList {QStringLiteral("words"), QStringLiteral("list")}
                              << QStringLiteral("conflicts") << QString();
        QTest::newRow("options") << QStringList {QStringLiteral("options")}
                                 << QStringLiteral("--dry-run") << QString();
        QTest::newRow("languages") << QStringList {QStringLiteral("languages")}
                                   << QStringLiteral("et") << QString();
    }

    void shouldOfferCompletionsFromItsOwnCatalogue()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QFETCH(QString, unexpected);
        // No database is named: completion must not open, create or lock one.
        const test::CliResult result
            = runCli(QStringList {QStringLiteral("completion")} + arguments);
        QCOMPARE(result.exitCode, 0);
        const QStringList words
            = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(words.contains(expected), qPrintable(words.join(QLatin1Char(' '))));
        if (!unexpected.isEmpty())
            QVERIFY(!words.contains(unexpected));
    }

    void shouldSayWhenTheDatabaseIsOpenElsewhere()
    {
        const QString db = path("coordinator.db");
        Result<std::unique_ptr<Database>> holder = Database::open(db);
        QVERIFY(holder.ok());
        const test::CliResult result
            = runCli({QStringLiteral("--db"), db, QStringLiteral("edit"), QStringLiteral("cities"),
                QStringLiteral("riga"), QStringLiteral("--set"), QStringLiteral("notes=x")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("already open"));
        // Reading needs no lock.
        QCOMPARE(
            runCli({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("cities")})
                .exitCode,
            0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
