// SPDX-License-Identifier: EUPL-1.2
// `generate` makes data the app reads as it reads real data (issue 17): every row passes
// `check` and the checks every package row passes; every activity has two to six cities
// taking part, exchanges send officers; every sheet's status history is a path the
// workflow allows and its status has the fields it requires; translations name the
// revision they were made from; contacts have review dates, cities working groups, sheets
// attachments of a few sizes. The small scale is made once, through the CLI, and read here.
#include "testdatabase.h"

#include "exchange/authority.h"
#include "exchange/packageformat.h"
#include "exchange/rowchecks.h"
#include "exchange/statestore.h"
#include "model/fieldcodec.h"
#include "seed/generator.h"
#include "seed/seeder.h"
#include "sheets/sheettranslations.h"
#include "sheets/sheetworkflow.h"
#include "store/recordstore.h"
#include "store/replica.h"
#include "store/sqlitevalue.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

#include <cmath>

using namespace pactesur;
using test::runCli;

namespace {

// Rows the generator wrote, not the seed's (the public events of the seed have reported
// figures, not participation).
QString generated()
{
    return QStringLiteral("instr(vv, '%1') = 0").arg(Seeder::seedReplicaId());
}

qint64 sql(const Database &db, const QString &text)
{
    QSqlQuery query(db.sql());
    if (!query.exec(text) || !query.next())
        qFatal("%s", qPrintable(text));
    return query.value(0).toLongLong();
}

QStringList column(const Database &db, const QString &text)
{
    QStringList values;
    QSqlQuery query(db.sql());
    if (!query.exec(text))
        qFatal("%s", qPrintable(text));
    while (query.next())
        values << query.value(0).toString();
    return values;
}

QJsonObject cliJson(const QStringList &arguments)
{
    const test::CliResult result = runCli(arguments);
    if (result.exitCode != 0)
        qWarning("%s", result.err.constData());
    return QJsonDocument::fromJson(result.out).object();
}

// What a run made, in a form two runs can be compared by: values, never ids.
QStringList contentOf(const Database &db)
{
    return column(db,
               QStringLiteral("SELECT kind || title || \"start\" || \"end\" || status || "
                              "COALESCE(host_city, '-') FROM activity ORDER BY rowid"))
        + column(db,
            QStringLiteral("SELECT a.rowid || p.city || p.participants || COALESCE(p.women, '-') "
                           "|| COALESCE(p.officers, '-') FROM participation p JOIN activity a ON "
                           "a.id = p.activity ORDER BY a.rowid, p.city"))
        + column(db,
            QStringLiteral("SELECT title || city || language || status || "
                           "COALESCE(summary, '-') FROM sheet ORDER BY rowid"))
        + column(db,
            QStringLiteral("SELECT s.rowid || h.sequence || h.to_status FROM sheet_history h "
                           "JOIN sheet s ON s.id = h.sheet ORDER BY s.rowid, h.sequence"));
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QJsonObject m_summary;
    std::unique_ptr<Database> m_db;

    Database &db() { return *m_db; }

private slots:
    // GIVEN a coordinator's database with the small scale generated through the CLI
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("small.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), m_path, QStringLiteral("init"),
                            QStringLiteral("--coordinator")})
                     .exitCode,
            0);
        QElapsedTimer timer;
        timer.start();
        m_summary = cliJson({QStringLiteral("--db"), m_path, QStringLiteral("generate"),
            QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--seed"),
            QStringLiteral("7"), QStringLiteral("--json")});
        qInfo("small scale generated in %lld ms", timer.elapsed());
        QVERIFY(!m_summary.isEmpty());
        Database::Options options;
        options.takeLock = false;
        auto opened = Database::open(m_path, options);
        QVERIFY(opened);
        m_db = std::move(opened.value());
    }

    void shouldCountWhatItMadeInItsSummary()
    {
        const GenerationPlan plan = Generator::plan(Generator::Scale::Small);
        QCOMPARE(m_summary.value(QStringLiteral("activities")).toInt(), plan.activities);
        QCOMPARE(m_summary.value(QStringLiteral("sheets")).toInt(), plan.sheets);
        QCOMPARE(m_summary.value(QStringLiteral("contacts")).toInt(), plan.contacts);
        QCOMPARE(m_summary.value(QStringLiteral("groups")).toInt(), plan.groups);
        const QList<QPair<QString, QString>> tables
            = {{QStringLiteral("activities"), QStringLiteral("activity")},
                {QStringLiteral("participation"), QStringLiteral("participation")},
                {QStringLiteral("sheets"), QStringLiteral("sheet")},
                {QStringLiteral("sheet_history"), QStringLiteral("sheet_history")},
                {QStringLiteral("contacts"), QStringLiteral("contact")},
                {QStringLiteral("groups"), QStringLiteral("work_group")},
                {QStringLiteral("memberships"), QStringLiteral("membership")},
                {QStringLiteral("attachments"), QStringLiteral("attachment")}};
        for (const auto &[key, table] : tables) {
            const qint64 rows = sql(
                db(), QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, generated()));
            QVERIFY2(rows > 0, qPrintable(table));
            QCOMPARE(qint64(m_summary.value(key).toInt()), rows);
        }
    }

    void shouldPassCheck()
    {
        const QJsonObject report = cliJson(
            {QStringLiteral("--db"), m_path, QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(report.value(QStringLiteral("problems")).toArray().size(), 0);
        QVERIFY(report.value(QStringLiteral("ok")).toBool());
    }

    // The checks a package row passes before anything reads it (DESIGN.md section 7),
    // applied to every row: a generated row is one Pactesur could have written.
    void shouldPassTheChecksOfEveryPackageRow()
    {
        sqlite3 *handle = db().handle();
        int checked = 0;
        for (const KindSpec *kind : StateStore::exchangedKinds()) {
            const rowchecks::RowChecker checker(*kind);
            const QByteArray text
                = "SELECT " + package::columnList(*kind).toUtf8() + " FROM " + kind->table.toUtf8();
            sqlite3_stmt *statement = nullptr;
            QCOMPARE(
                sqlite3_prepare_v2(handle, text.constData(), -1, &statement, nullptr), SQLITE_OK);
            while (sqlite3_step(statement) == SQLITE_ROW) {
                PackageRecord record;
                record.kind = kind;
                for (int i = 0; i < checker.columns().size(); ++i)
                    record.row << sqlitevalue::column(statement, i);
                const QString where = kind->name + QLatin1Char(' ') + record.id();
                QVERIFY2(rowchecks::isTimestamp(record.row.at(2).toString())
                        && rowchecks::isTimestamp(record.updatedAt()),
                    qPrintable(where));
                QVERIFY2(
                    Authority::ownerFits(*kind, record.id(), record.owner()), qPrintable(where));
                const QString problem = checker.check(record);
                QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
                ++checked;
            }
            sqlite3_finalize(statement);
        }
        QVERIFY(checked > 2500);
    }

    void shouldGiveEveryActivityTwoToSixCitiesTakingPart()
    {
        QCOMPARE(sql(db(),
                     QStringLiteral("SELECT COUNT(*) FROM activity a WHERE (SELECT COUNT(*) FROM "
                                    "participation p WHERE p.activity = a.id) NOT BETWEEN 2 AND 6 "
                                    "AND ")
                         + generated()),
            0);
        // Each count of cities occurs.
        QCOMPARE(column(db(),
                     QStringLiteral("SELECT DISTINCT n FROM (SELECT COUNT(*) AS n FROM "
                                    "participation GROUP BY activity) ORDER BY n")),
            QStringList({QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                QStringLiteral("5"), QStringLiteral("6")}));
        QCOMPARE(sql(db(),
                     QStringLiteral("SELECT COUNT(*) FROM participation WHERE participants < 1 "
                                    "OR women > participants OR officers > participants "
                                    "OR owner IS NOT city")),
            0);
        // Women are recorded for most rows, and some are women.
        const qint64 rows = sql(db(), QStringLiteral("SELECT COUNT(*) FROM participation"));
        const qint64 withWomen = sql(
            db(), QStringLiteral("SELECT COUNT(*) FROM participation WHERE women IS NOT NULL"));
        QVERIFY2(withWomen > rows / 2 && withWomen < rows, qPrintable(QString::number(withWomen)));
        QVERIFY(sql(db(), QStringLiteral("SELECT SUM(women) FROM participation")) > 0);
        // Every exchange sends officers to its host.
        const qint64 exchanges = sql(db(),
            QStringLiteral("SELECT COUNT(*) FROM activity WHERE kind = 'police_staff_exchange'"));
        QVERIFY(exchanges > 10);
        QCOMPARE(sql(db(),
                     QStringLiteral("SELECT COUNT(*) FROM activity a WHERE kind = "
                                    "'police_staff_exchange' AND NOT EXISTS (SELECT 1 FROM "
                                    "participation p WHERE p.activity = a.id AND p.officers > 0 "
                                    "AND p.city IS NOT a.host_city)")),
            0);
        // Statuses follow the calendar; a few were cancelled.
        QCOMPARE(
            column(db(), QStringLiteral("SELECT DISTINCT status FROM activity ORDER BY status")),
            QStringList(
                {QStringLiteral("cancelled"), QStringLiteral("done"), QStringLiteral("planned")}));
    }

    void shouldMoveSheetsOnlyAlongTheWorkflow()
    {
        const Identity coordinator = Replica::load(db());
        QVERIFY(coordinator.isCoordinator());
        const KindSpec &sheets = Kinds::get(QStringLiteral("sheets"));
        const RecordStore store(db());
        QHash<QString, int> byStatus;
        for (const Record &sheet : store.list(sheets)) {
            const QString status = sheet.value(QStringLiteral("status")).toString();
            ++byStatus[status];
            const QList<SheetStatusChange> history = SheetHistory::forSheet(db(), sheet.id);
            QVERIFY2(!history.isEmpty(), qPrintable(sheet.id));
            QVERIFY(history.first().fromStatus.isEmpty());
            QCOMPARE(history.first().toStatus, QStringLiteral("draft"));
            QCOMPARE(history.first().at, sheet.createdAt);
            for (int i = 1; i < history.size(); ++i) {
                const SheetStatusChange &step = history.at(i);
                QCOMPARE(step.fromStatus, history.at(i - 1).toStatus);
                QVERIFY2(SheetWorkflow::nextStatuses(coordinator, sheet.owner, step.fromStatus)
                             .contains(step.toStatus),
                    qPrintable(step.fromStatus + QStringLiteral(" -> ") + step.toStatus));
                QVERIFY(step.at > history.at(i - 1).at);
            }
            QCOMPARE(history.last().toStatus, status);
            QVERIFY(sheet.updatedAt >= history.last().at);
            if (status != QLatin1String("draft")) {
                QCOMPARE(SheetWorkflow::missingForSubmission(sheet.values), QStringList());
            }
            // The notes of the last round of changes stay with the sheet.
            bool requested = false;
            for (const SheetStatusChange &step : history)
                requested = requested || step.toStatus == QLatin1String("changes_requested");
            QCOMPARE(!sheet.value(QStringLiteral("review_notes")).isNull(), requested);
        }
        // Every status occurs, drafts missing some of what submission requires.
        QCOMPARE(byStatus.size(), sheets.field(QStringLiteral("status"))->choices.size());
        QVERIFY(sql(db(),
                    QStringLiteral("SELECT COUNT(*) FROM sheet WHERE status = 'draft' "
                                   "AND (summary IS NULL OR themes IS NULL)"))
            > 0);
    }

    void shouldLinkTranslationsToTheRevisionTheyWereMadeFrom()
    {
        const KindSpec &sheets = Kinds::get(QStringLiteral("sheets"));
        const RecordStore store(db());
        int translations = 0;
        int outdated = 0;
        QSet<QString> languages; // source + language
        for (const Record &sheet : store.list(sheets)) {
            const QString sourceId = sheet.value(QStringLiteral("translation_of")).toString();
            if (sourceId.isEmpty())
                continue;
            ++translations;
            const std::optional<Record> source = store.get(sheets, sourceId);
            QVERIFY(source);
            QVERIFY(source->value(QStringLiteral("translation_of")).isNull());
            const QString language = sheet.value(QStringLiteral("language")).toString();
            QVERIFY(language != source->value(QStringLiteral("language")).toString());
            QVERIFY(!languages.contains(sourceId + language));
            languages.insert(sourceId + language);
            QCOMPARE(sheet.owner, source->owner);
            const QStringList stale = SheetTranslations::outdatedFields(db(), sheet);
            QVERIFY(stale.isEmpty() || stale == QStringList {QStringLiteral("summary")});
            outdated += stale.isEmpty() ? 0 : 1;
        }
        const qint64 all = sql(db(), QStringLiteral("SELECT COUNT(*) FROM sheet"));
        QVERIFY2(translations > all / 10 && translations < all / 2,
            qPrintable(QString::number(translations)));
        QVERIFY(outdated > 0 && outdated < translations);
    }

    void shouldGiveContactsReviewDatesAndCitiesWorkingGroups()
    {
        QCOMPARE(
            sql(db(), QStringLiteral("SELECT COUNT(*) FROM contact WHERE review_by IS NULL")), 0);
        QVERIFY(
            sql(db(), QStringLiteral("SELECT COUNT(DISTINCT substr(review_by, 1, 4)) FROM contact"))
            >= 4);
        // Each group has its lead city as a member with the lead role.
        QCOMPARE(sql(db(),
                     QStringLiteral("SELECT COUNT(*) FROM work_group g WHERE NOT EXISTS (SELECT 1 "
                                    "FROM membership m WHERE m.\"group\" = g.id AND m.city = "
                                    "g.lead_city AND m.role = 'lead')")),
            0);
        QVERIFY(sql(db(), QStringLiteral("SELECT COUNT(DISTINCT city) FROM membership"))
            > sql(db(), QStringLiteral("SELECT COUNT(*) FROM city")) / 2);
    }

    void shouldAttachFilesOfAFewSizes()
    {
        QSqlQuery query(db().sql());
        QVERIFY(query.exec(QStringLiteral("SELECT id, sha256, size, mime, data FROM attachment")));
        QSet<int> sizeClasses; // by the power of ten of the size in bytes
        const QStringList types = {QStringLiteral("application/pdf"), QStringLiteral("text/plain"),
            QStringLiteral("text/csv")};
        while (query.next()) {
            const QByteArray data = query.value(4).toByteArray();
            QCOMPARE(query.value(2).toLongLong(), qint64(data.size()));
            QCOMPARE(query.value(1).toString(),
                QString::fromLatin1(
                    QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(query.value(0).toString(),
                RecordStore::nameBasedId(
                    Kinds::get(QStringLiteral("attachments")), {query.value(1).toString()}));
            QVERIFY2(
                types.contains(query.value(3).toString()), qPrintable(query.value(3).toString()));
            sizeClasses.insert(int(std::log10(double(data.size()))));
        }
        QVERIFY2(sizeClasses.size() >= 3, qPrintable(QString::number(sizeClasses.size())));
        // Sheets name them, and only them.
        QStringList named;
        for (const QString &list : column(db(),
                 QStringLiteral("SELECT attachments FROM sheet WHERE attachments IS NOT NULL")))
            named << FieldCodec::listItems(list);
        QVERIFY(!named.isEmpty());
        const QStringList stored = column(db(), QStringLiteral("SELECT id FROM attachment"));
        for (const QString &id : std::as_const(named))
            QVERIFY(stored.contains(id));
    }

    void shouldMakeTheSameContentFromTheSameSeed()
    {
        test::TestDatabase first;
        test::TestDatabase second;
        test::TestDatabase other;
        QVERIFY(Generator::generate(first.db(), Generator::Scale::Small, 7));
        QVERIFY(Generator::generate(second.db(), Generator::Scale::Small, 7));
        QVERIFY(Generator::generate(other.db(), Generator::Scale::Small, 8));
        const QStringList content = contentOf(first.db());
        QCOMPARE(contentOf(second.db()), content);
        QVERIFY(contentOf(other.db()) != content);
        // Generating again, with the same seed, adds as much again.
        const QString activities = QStringLiteral("SELECT COUNT(*) FROM activity");
        const qint64 before = sql(first.db(), activities);
        QVERIFY(Generator::generate(first.db(), Generator::Scale::Small, 7));
        QCOMPARE(sql(first.db(), activities),
            before + Generator::plan(Generator::Scale::Small).activities);
    }

    void shouldMakeNetwork4FourTimesNetwork()
    {
        const GenerationPlan network = Generator::plan(Generator::Scale::Network);
        // DESIGN.md section 9.
        QCOMPARE(network.networkCities, 250);
        QCOMPARE(network.activities, 100000);
        QCOMPARE(network.sheets, 20000);
        QCOMPARE(network.contacts, 20000);
        const GenerationPlan network4 = Generator::plan(Generator::Scale::Network4);
        QCOMPARE(network4.networkCities, 4 * network.networkCities);
        QCOMPARE(network4.activities, 4 * network.activities);
        QCOMPARE(network4.sheets, 4 * network.sheets);
        QCOMPARE(network4.contacts, 4 * network.contacts);
        QCOMPARE(network4.groups, 4 * network.groups);
        QCOMPARE(network4.attachments, 4 * network.attachments);
        QVERIFY(Generator::scaleFromName(QStringLiteral("network4")) == Generator::Scale::Network4);
        // Participation and history grow with the activities and sheets: per record, the
        // small run made as many as a larger one makes.
        const double perActivity = m_summary.value(QStringLiteral("participation")).toDouble()
            / m_summary.value(QStringLiteral("activities")).toDouble();
        QVERIFY2(perActivity > 3.0 && perActivity < 4.5, qPrintable(QString::number(perActivity)));
    }

    void shouldRefuseAnUnknownScaleOrALiaison()
    {
        QCOMPARE(runCli({QStringLiteral("--db"), m_path, QStringLiteral("generate"),
                            QStringLiteral("--scale"), QStringLiteral("huge")})
                     .exitCode,
            2);
        const QString city = m_dir.filePath(QStringLiteral("city.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), city, QStringLiteral("init"),
                            QStringLiteral("--city"), QStringLiteral("riga")})
                     .exitCode,
            0);
        QCOMPARE(runCli({QStringLiteral("--db"), city, QStringLiteral("generate"),
                            QStringLiteral("--scale"), QStringLiteral("small")})
                     .exitCode,
            3);
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
