// SPDX-License-Identifier: EUPL-1.2
// The fast ways an import reads a package row (compact JSON readers, plain-text checks)
// must accept exactly what the full readers accept, and say the same of what they read.
// The yardstick: the same package with every version and history written with spaces,
// which only the full JSON parser reads.
#include "exchange/compactjson.h"
#include "exchange/packagereader.h"
#include "exchangeharness.h"
#include "model/fieldcodec.h"
#include "seed/generator.h"
#include "store/checker.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace pactesur;
using namespace pactesur::test;

namespace {

const QString kReplica = QStringLiteral("0b7c2d4e-1f3a-4b5c-8d9e-0a1b2c3d4e5f");

// What a reader says of a package: each record's written fields and newest write, or why
// the package was refused.
QStringList readAll(const QString &path)
{
    PackageReader reader;
    if (Status status = reader.openUnsealed(path); !status)
        return {QStringLiteral("refused: ") + status.error().message};
    QStringList lines;
    const Status read = reader.forEachRecord([&](const PackageRecord &record) -> Status {
        lines << QStringLiteral("%1 %2 %3 [%4]")
                     .arg(record.kind->name, record.id(), record.latestWrite,
                         record.writtenFields.join(QLatin1Char(',')));
        return {};
    });
    if (!read)
        return {QStringLiteral("refused: ") + read.error().message};
    return lines;
}

// Rewrites the version and the history of the package's rows (all, or the one with `id`)
// as `rewrite` says, in place.
void rewriteRows(const QString &path, const QString &id,
    const std::function<void(QJsonObject &vector, QJsonObject &dots)> &rewrite,
    QJsonDocument::JsonFormat format)
{
    const QString name = QStringLiteral("rewrite-%1").arg(quintptr(&rewrite));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery tables(db);
        QVERIFY(tables.exec(
            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN "
                           "('manifest', 'conflict', 'blob')")));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        QVERIFY(db.transaction());
        for (const QString &table : std::as_const(names)) {
            QSqlQuery rows(db);
            QVERIFY(rows.exec(QStringLiteral("SELECT id, vv, dots FROM %1").arg(table)));
            while (rows.next()) {
                if (!id.isEmpty() && rows.value(0).toString() != id)
                    continue;
                QJsonObject vector
                    = QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object();
                QJsonObject dots
                    = QJsonDocument::fromJson(rows.value(2).toString().toUtf8()).object();
                rewrite(vector, dots);
                QSqlQuery update(db);
                update.prepare(
                    QStringLiteral("UPDATE %1 SET vv = ?, dots = ? WHERE id = ?").arg(table));
                update.addBindValue(QString::fromUtf8(QJsonDocument(vector).toJson(format)));
                update.addBindValue(QString::fromUtf8(QJsonDocument(dots).toJson(format)));
                update.addBindValue(rows.value(0));
                QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
            }
        }
        QVERIFY(db.commit());
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

namespace {
qint64 peakResidentKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

class TestPackageRows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_package; // a full package of a coordinator with records of every kind
    QString m_sheetId;

    QString copyOfPackage(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_package, path))
            qFatal("cannot copy the package");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TestReplica coordinator(QStringLiteral("c"), QStringLiteral("coordinator"), m_dir.path());
        RecordStore store = coordinator.store();
        const Result<QString> sheet = store.create(Kinds::get(QStringLiteral("sheets")),
            {{QStringLiteral("title"), QStringLiteral("Night patrols on the Promenade")},
                {QStringLiteral("city"), QStringLiteral("nice")},
                {QStringLiteral("language"), QStringLiteral("fr")},
                {QStringLiteral("summary"), QStringLiteral("Two lines\nof summary")}});
        QVERIFY2(sheet, sheet ? "" : qPrintable(sheet.error().message));
        m_sheetId = sheet.value();
        // A later write, so a record's newest write is not its creation.
        coordinator.clock().advance(3600);
        QVERIFY(store.update(Kinds::get(QStringLiteral("sheets")), m_sheetId,
            {{QStringLiteral("context"), QStringLiteral("The seafront in summer")}}));
        // Someone to seal it to; the tests read the decrypted SQLite package.
        TestReplica nice(QStringLiteral("n"), QStringLiteral("nice"), m_dir.path());
        nice.enrolWith(coordinator);
        m_package = coordinator.exportPlainPackage(nullptr);
    }

    void compactVectors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("entries"); // -1: left to the full parser
        QTest::newRow("empty") << QStringLiteral("{}") << 0;
        QTest::newRow("one") << QStringLiteral("{\"%1\":3}").arg(kReplica) << 1;
        QTest::newRow("two") << QStringLiteral("{\"%1\":3,\"%2\":9000000000000000}")
                                    .arg(kReplica, QString(kReplica).replace(u'0', u'1'))
                             << 2;
        QTest::newRow("space") << QStringLiteral("{ \"%1\":3}").arg(kReplica) << -1;
        QTest::newRow("zero") << QStringLiteral("{\"%1\":0}").arg(kReplica) << -1;
        QTest::newRow("leading zero") << QStringLiteral("{\"%1\":03}").arg(kReplica) << -1;
        QTest::newRow("too large")
            << QStringLiteral("{\"%1\":9000000000000001}").arg(kReplica) << -1;
        QTest::newRow("fraction") << QStringLiteral("{\"%1\":3.0}").arg(kReplica) << -1;
        QTest::newRow("exponent") << QStringLiteral("{\"%1\":3e2}").arg(kReplica) << -1;
        QTest::newRow("upper case") << QStringLiteral("{\"%1\":3}").arg(kReplica.toUpper()) << -1;
        QTest::newRow("escape") << QStringLiteral("{\"\\u0030b7c\":3}") << -1;
        QTest::newRow("repeated") << QStringLiteral("{\"%1\":3,\"%1\":4}").arg(kReplica) << -1;
        QTest::newRow("trailing") << QStringLiteral("{\"%1\":3}x").arg(kReplica) << -1;
        QTest::newRow("unclosed") << QStringLiteral("{\"%1\":3").arg(kReplica) << -1;
        QTest::newRow("trailing comma") << QStringLiteral("{\"%1\":3,}").arg(kReplica) << -1;
    }

    void compactVectors()
    {
        QFETCH(QString, text);
        QFETCH(int, entries);
        compactjson::Vector vector;
        QCOMPARE(compactjson::readVector(text, &vector), entries >= 0);
        if (entries >= 0)
            QCOMPARE(vector.size(), entries);
    }

    void compactDots_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("entries"); // -1: left to the full parser
        const QString dot = QStringLiteral("[\"%1\",7,\"2025-01-06T08:00:00Z\"]").arg(kReplica);
        QTest::newRow("empty") << QStringLiteral("{}") << 0;
        QTest::newRow("two") << QStringLiteral("{\"name\":%1,\"deleted\":%1}").arg(dot) << 2;
        QTest::newRow("underscore") << QStringLiteral("{\"review_notes\":%1}").arg(dot) << 1;
        QTest::newRow("space after colon") << QStringLiteral("{\"name\": %1}").arg(dot) << -1;
        QTest::newRow("four parts")
            << QStringLiteral("{\"name\":[\"%1\",7,\"2025-01-06T08:00:00Z\",1]}").arg(kReplica)
            << -1;
        QTest::newRow("counter as text")
            << QStringLiteral("{\"name\":[\"%1\",\"7\",\"2025-01-06T08:00:00Z\"]}").arg(kReplica)
            << -1;
        QTest::newRow("upper-case field") << QStringLiteral("{\"Name\":%1}").arg(dot) << -1;
        QTest::newRow("repeated field")
            << QStringLiteral("{\"name\":%1,\"name\":%1}").arg(dot) << -1;
        QTest::newRow("escaped field") << QStringLiteral("{\"n\\u0061me\":%1}").arg(dot) << -1;
        QTest::newRow("empty field") << QStringLiteral("{\"\":%1}").arg(dot) << -1;
    }

    void compactDots()
    {
        QFETCH(QString, text);
        QFETCH(int, entries);
        compactjson::Dots dots;
        QCOMPARE(compactjson::readDots(text, &dots), entries >= 0);
        if (entries >= 0)
            QCOMPARE(dots.size(), entries);
    }

    // Text that the quick check takes as its own stored form is what parse() keeps as it is.
    void plainTextAgreesWithParse_data()
    {
        QTest::addColumn<QString>("text");
        int number = 0;
        for (const QString &text : {QStringLiteral("Nice"), QStringLiteral(" Nice"),
                 QStringLiteral("Nice "), QStringLiteral("Ni\tce"), QStringLiteral("Ni\nce"),
                 QStringLiteral("Nice\n"), QStringLiteral("Ni\rce"), QStringLiteral("   "),
                 QStringLiteral("\n\n"), QString(), QStringLiteral("Liège"),
                 QStringLiteral("Θεσσαλονίκη"), QStringLiteral("\u00a0Nice"),
                 QStringLiteral("Nice\u2003"), QStringLiteral("\u2003\u2003"),
                 QStringLiteral("Ni\u0085ce"), QStringLiteral("Ni\u009fce"),
                 QStringLiteral("Ni\u007fce"), QStringLiteral("Ni\u0001ce"), QString(300, u'a'),
                 QString(301, u'a'), QString(FieldCodec::kMaxTextLength, u'b'),
                 QString(FieldCodec::kMaxTextLength + 1, u'b')})
            QTest::addRow("%d %s", ++number, text.left(12).toUtf8().toPercentEncoding().constData())
                << text;
    }

    void plainTextAgreesWithParse()
    {
        QFETCH(QString, text);
        for (const FieldType type : {FieldType::Text, FieldType::LongText}) {
            FieldSpec field;
            field.name = QStringLiteral("title");
            field.type = type;
            const Result<QVariant> parsed = FieldCodec::parse(field, text);
            const bool keptAsItIs = parsed && parsed.value().toString() == text
                && text.size() <= FieldCodec::kMaxTextLength;
            QCOMPARE(FieldCodec::checkStored(field, QVariant(text)).isEmpty(), keptAsItIs);
            QCOMPARE(FieldCodec::checkStored(field, QJsonValue(text)).isEmpty(), keptAsItIs);
        }
    }

    void storedDatesAgreeWithParse_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text :
            {"2025-03-01", "2024-02-29", "2025-02-29", "2025-13-01", "2025-00-10", "2025-01-32",
                "0000-01-01", "2025-3-01", " 2025-03-01", "2025-03-01 ", "2025/03/01", "2025-03-0a",
                "20250301", "", "+025-03-01", "２０２５-03-01"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void storedDatesAgreeWithParse()
    {
        QFETCH(QString, text);
        FieldSpec field;
        field.name = QStringLiteral("period_start");
        field.type = FieldType::Date;
        const Result<QVariant> parsed = FieldCodec::parse(field, text);
        const bool keptAsItIs = parsed && parsed.value().toString() == text;
        QCOMPARE(FieldCodec::checkStored(field, QVariant(text)).isEmpty(), keptAsItIs);
    }

    // Every record reads the same whether its JSON is compact (the quick readers) or
    // spaced (the full parser).
    void spacedHistoryReadsAsCompact()
    {
        const QStringList compact = readAll(m_package);
        QVERIFY(compact.size() > 30); // the seed, and the sheet
        QVERIFY2(
            !compact.first().startsWith(QLatin1String("refused")), qPrintable(compact.first()));
        const QString sheet = compact.filter(m_sheetId).value(0);
        QVERIFY2(sheet.contains(QLatin1String("T09:00:00Z [")), qPrintable(sheet));
        QVERIFY2(
            sheet.contains(QLatin1String("[city,context,deleted,language,")), qPrintable(sheet));
        const QString spaced = copyOfPackage(QStringLiteral("spaced.pactesur"));
        rewriteRows(
            spaced, {}, [](QJsonObject &, QJsonObject &) {}, QJsonDocument::Indented);
        QCOMPARE(readAll(spaced), compact);
    }

    // Rows new here are stored as the package holds them, copied a run of rows at a time: what
    // arrives is what was sent, full-text index included.
    void importStoresManyRowsAsSent()
    {
        TestReplica hq(QStringLiteral("hq"), QStringLiteral("coordinator"), m_dir.path());
        QVERIFY(Generator::generate(hq.db(), Generator::Scale::Small, 1));
        QVERIFY(Generator::generate(hq.db(), Generator::Scale::Small, 2)); // 1,000 activities
        TestReplica riga(QStringLiteral("riga"), QStringLiteral("riga"), m_dir.path());
        riga.enrolWith(hq);
        const QString package = hq.exportPackage(nullptr);
        const Result<ImportReport> report = riga.importPackage(package);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(report->created > 1000);
        QCOMPARE(riga.digest(), hq.digest());
        // The preview lists a bounded number of records and counts the rest (an import's
        // memory does not grow with the package), every kind still named.
        QVERIFY(report->created + report->updated > ImportReport::kMaxListed);
        QCOMPARE(report->changes.size(), qsizetype(ImportReport::kMaxListed));
        QCOMPARE(
            report->changesNotListed, report->created + report->updated - ImportReport::kMaxListed);
        for (const QString &kind : {QStringLiteral("activities"), QStringLiteral("participation"),
                 QStringLiteral("sheets"), QStringLiteral("contacts")})
            QVERIFY2(report->changedKinds.contains(kind), qPrintable(kind));
        QCOMPARE(Checker::check(riga.db()).problems, QStringList());
        auto activities = [](TestReplica &replica, const QString &word) {
            QSqlQuery query(replica.db().sql());
            query.prepare(
                QStringLiteral("SELECT count(*) FROM activity_fts WHERE activity_fts MATCH ?"));
            query.addBindValue(word);
            return query.exec() && query.next() ? query.value(0).toInt() : -1;
        };
        QVERIFY(activities(hq, QStringLiteral("patrol")) > 0);
        QCOMPARE(
            activities(riga, QStringLiteral("patrol")), activities(hq, QStringLiteral("patrol")));
    }

    // Every manifest value has a bound (issue 16, acceptance 5): a 40 MB value, a long key
    // or too many entries refuse the package at once, in under a second and 100 MB.
    void manifestValuesAreBounded_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<QString>("reason");
        QTest::newRow("40 MB app_version")
            << QStringLiteral("app_version") << qint64(40) * 1024 * 1024
            << QStringLiteral("longer than allowed (app_version)");
        QTest::newRow("2 MB knowledge") << QStringLiteral("knowledge") << qint64(2) * 1024 * 1024
                                        << QStringLiteral("longer than allowed (knowledge)");
        QTest::newRow("40 MB unknown key")
            << QStringLiteral("future_field") << qint64(40) * 1024 * 1024
            << QStringLiteral("longer than allowed (future_field)");
        QTest::newRow("long key") << QString(65, QLatin1Char('k')) << qint64(1)
                                  << QStringLiteral("key longer than allowed");
        QTest::newRow("too many entries")
            << QString() << qint64(0) << QStringLiteral("more entries than a package can");
    }
    void manifestValuesAreBounded()
    {
        QFETCH(QString, key);
        QFETCH(qint64, length);
        QFETCH(QString, reason);
        const QString path = copyOfPackage(QStringLiteral("manifest-bound.pactesur"));
        // Written by the sqlite3 program: this process never holds the long value, so its
        // peak memory below is the reader's.
        QString sql;
        if (key.isEmpty()) {
            sql = QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                "WHERE i < 100) INSERT INTO manifest SELECT 'extra_' || i, 'x' FROM n;");
        } else {
            sql = QStringLiteral(
                "INSERT OR REPLACE INTO manifest VALUES ('%1', printf('%.*c', %2, '7'));")
                      .arg(key)
                      .arg(length);
        }
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path, sql});
        QVERIFY(sqlite.waitForFinished(60000));
        QVERIFY2(sqlite.exitCode() == 0, sqlite.readAllStandardError().constData());
        QElapsedTimer timer;
        timer.start();
        const qint64 before = peakResidentKiB();
        PackageReader reader;
        const Status opened = reader.openUnsealed(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(reason), qPrintable(opened.error().message));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        // The value is never read into memory: the peak grows by far less than its size.
        QVERIFY2(peakResidentKiB() - before < 100 * 1024,
            qPrintable(QString::number(peakResidentKiB() - before)));
    }

    // A history that is wrong is refused for the same reason in either form.
    void wrongHistoryRefusedAlike_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QString>("reason");
        QTest::newRow("write the version has not seen") << 0 << QStringLiteral("history of");
        QTest::newRow("history of an unknown field") << 1 << QStringLiteral("history of");
        QTest::newRow("value without history") << 2 << QStringLiteral("history of “summary”");
        QTest::newRow("version counter zero") << 3 << QStringLiteral("version is not valid");
        QTest::newRow("replica not an id") << 4 << QStringLiteral("history of");
        QTest::newRow("time not a time") << 5 << QStringLiteral("history of");
    }

    void wrongHistoryRefusedAlike()
    {
        QFETCH(int, mutation);
        QFETCH(QString, reason);
        auto mutate = [mutation](QJsonObject &vector, QJsonObject &dots) {
            const QString replica = vector.keys().first();
            QJsonArray title = dots.value(QStringLiteral("title")).toArray();
            switch (mutation) {
            case 0:
                title[1] = vector.value(replica).toInt() + 1;
                dots.insert(QStringLiteral("title"), title);
                break;
            case 1:
                dots.insert(QStringLiteral("password"), title);
                break;
            case 2:
                dots.remove(QStringLiteral("summary"));
                break;
            case 3:
                vector.insert(replica, 0);
                break;
            case 4:
                title[0] = QStringLiteral("coordinator");
                dots.insert(QStringLiteral("title"), title);
                break;
            case 5:
                title[2] = QStringLiteral("2025-13-06T08:00:00Z");
                dots.insert(QStringLiteral("title"), title);
                break;
            }
        };
        QStringList outcomes;
        for (const QJsonDocument::JsonFormat format :
            {QJsonDocument::Compact, QJsonDocument::Indented}) {
            const QString path = copyOfPackage(QStringLiteral("wrong-%1.pactesur").arg(format));
            rewriteRows(path, m_sheetId, mutate, format);
            const QStringList read = readAll(path);
            QCOMPARE(read.size(), 1);
            QVERIFY2(read.first().contains(reason), qPrintable(read.first()));
            outcomes << read.first().section(QLatin1String(".pactesur"), 1); // past the name
        }
        QCOMPARE(outcomes.at(0), outcomes.at(1));
    }
};

QTEST_GUILESS_MAIN(TestPackageRows)
#include "tst_packagerows.moc"
