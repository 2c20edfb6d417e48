// SPDX-License-Identifier: EUPL-1.2
// Trusted exchange (issue 14): keys, cards, the coordinator's roster, and packages signed
// and sealed so that nobody can speak for another, damage never goes unseen and only the
// recipients can read them. Through the real CLI, as people and scripts use it.
#include "exchange/importer.h"
#include "store/checker.h"
#include "testdatabase.h"
#include "trust/keyring.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <sqlite3.h>

using namespace pactesur;
using test::runCli;

namespace {

test::CliResult cli(const QString &db, const QStringList &arguments)
{
    return runCli(QStringList {QStringLiteral("--db"), db} + arguments);
}

QJsonObject json(const QString &db, const QStringList &arguments)
{
    return QJsonDocument::fromJson(cli(db, arguments + QStringList {QStringLiteral("--json")}).out)
        .object();
}

QString digest(const QString &db)
{
    return json(db, {QStringLiteral("check")}).value(QStringLiteral("state_digest")).toString();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestTrust : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_coordinator;
    QString m_vilnius;
    QString m_riga;
    QString m_madrid;
    int m_files = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString file() { return path(QStringLiteral("p%1.pactesur").arg(++m_files)); }

    QString exportFrom(const QString &db, const QStringList &extra = {QStringLiteral("--full")})
    {
        const QString out = file();
        const test::CliResult result
            = cli(db, QStringList {QStringLiteral("export"), QStringLiteral("--out"), out} + extra);
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return out;
    }

    QString exportFromImpostor(const QString &impostor)
    {
        // The impostor enrols the coordinator's real card, so it can seal to it.
        cli(impostor,
            {QStringLiteral("keys"), QStringLiteral("trust"),
                m_coordinator + QStringLiteral(".card")});
        return exportFrom(impostor);
    }

    QJsonArray roster(const QString &db)
    {
        return QJsonDocument::fromJson(
            cli(db, {QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}).out)
            .array();
    }

private slots:
    void initTestCase()
    {
        m_coordinator = path(QStringLiteral("coordinator.db"));
        m_vilnius = path(QStringLiteral("vilnius.db"));
        m_riga = path(QStringLiteral("riga.db"));
        m_madrid = path(QStringLiteral("madrid.db"));
        QCOMPARE(
            cli(m_coordinator, {QStringLiteral("init"), QStringLiteral("--coordinator")}).exitCode,
            0);
        for (const auto &[db, city] : {std::pair {m_vilnius, QStringLiteral("vilnius")},
                 std::pair {m_riga, QStringLiteral("riga")},
                 std::pair {m_madrid, QStringLiteral("madrid")}})
            QCOMPARE(cli(db, {QStringLiteral("init"), QStringLiteral("--city"), city}).exitCode, 0);
    }

    void shouldShowAFingerprintOfTwelveGroupsOfFiveDigits()
    {
        const QJsonObject keys = json(m_vilnius, {QStringLiteral("keys"), QStringLiteral("show")});
        QCOMPARE(keys.value(QStringLiteral("role")).toString(), QStringLiteral("liaison"));
        QCOMPARE(keys.value(QStringLiteral("city")).toString(), QStringLiteral("vilnius"));
        const QStringList groups
            = keys.value(QStringLiteral("fingerprint")).toString().split(QLatin1Char(' '));
        QCOMPARE(groups.size(), 12);
        for (const QString &group : groups)
            QVERIFY(group.size() == 5 && group.toInt() >= 0);
        // The same keys, the same fingerprint: it is read from the keys, not made up anew.
        QCOMPARE(json(m_vilnius, {QStringLiteral("keys"), QStringLiteral("show")}), keys);
    }

    void shouldEnrolOnlyACardWhoseFingerprintMatches()
    {
        const QString card = path(QStringLiteral("vilnius.card"));
        QCOMPARE(
            cli(m_vilnius,
                {QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"), card})
                .exitCode,
            0);
        const test::CliResult wrong = cli(m_coordinator,
            {QStringLiteral("keys"), QStringLiteral("trust"), card, QStringLiteral("--fingerprint"),
                QStringLiteral("12345 12345")});
        QCOMPARE(wrong.exitCode, 3);
        QCOMPARE(roster(m_coordinator).size(), 1); // itself

        const QString fingerprint
            = json(m_vilnius, {QStringLiteral("keys"), QStringLiteral("show")})
                  .value(QStringLiteral("fingerprint"))
                  .toString();
        QCOMPARE(cli(m_coordinator,
                     {QStringLiteral("keys"), QStringLiteral("trust"), card,
                         QStringLiteral("--fingerprint"), fingerprint})
                     .exitCode,
            0);
        // A damaged card is no card.
        QByteArray damaged = readAll(card);
        damaged[damaged.indexOf("sign_key") + 14] ^= 0x01;
        writeAll(path(QStringLiteral("damaged.card")), damaged);
        QCOMPARE(cli(m_coordinator,
                     {QStringLiteral("keys"), QStringLiteral("trust"),
                         path(QStringLiteral("damaged.card"))})
                     .exitCode,
            3);
        QVERIFY(test::enrolWithCli(m_coordinator, {m_vilnius, m_riga, m_madrid}));
    }

    void shouldRefuseAChangedKeyForAnEnrolledReplica()
    {
        // Someone sets up a database with Riga's replica id: other keys, same id.
        const QString rigaId
            = json(m_riga, {QStringLiteral("whoami")}).value(QStringLiteral("replica")).toString();
        const QString impostor = path(QStringLiteral("impostor.db"));
        QCOMPARE(cli(impostor,
                     {QStringLiteral("init"), QStringLiteral("--city"), QStringLiteral("riga"),
                         QStringLiteral("--replica-id"), rigaId})
                     .exitCode,
            0);
        const QString card = path(QStringLiteral("impostor.card"));
        cli(impostor,
            {QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"), card});
        const test::CliResult result
            = cli(m_coordinator, {QStringLiteral("keys"), QStringLiteral("trust"), card});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("never trusted"), result.err.constData());
        // And its packages are refused: the signature is not Riga's.
        const QString forged = exportFromImpostor(impostor);
        const test::CliResult import = cli(m_coordinator, {QStringLiteral("import"), forged});
        QCOMPARE(import.exitCode, 3);
    }

    void shouldLetCitiesLearnEachOtherFromTheCoordinatorsRosterOnly()
    {
        // Vilnius enrolled the coordinator's card alone; after one coordinator package it
        // knows Riga and Madrid too, with the keys the coordinator enrolled.
        QCOMPARE(roster(m_vilnius).size(), 2); // itself and the coordinator
        const QString package = exportFrom(m_coordinator);
        QCOMPARE(cli(m_vilnius, {QStringLiteral("import"), package}).exitCode, 0);
        QCOMPARE(cli(m_riga, {QStringLiteral("import"), package}).exitCode, 0);
        QCOMPARE(roster(m_vilnius).size(), 4);
        QCOMPARE(roster(m_vilnius), roster(m_coordinator));
    }

    void shouldRefuseAPackageThatSpeaksForTheCoordinator()
    {
        // A stranger's database claims to be the coordinator: its key is in no roster.
        const QString stranger = path(QStringLiteral("stranger.db"));
        QCOMPARE(
            cli(stranger, {QStringLiteral("init"), QStringLiteral("--coordinator")}).exitCode, 0);
        const QString strangerCard = path(QStringLiteral("vilnius-for-stranger.card"));
        cli(m_vilnius,
            {QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"),
                strangerCard});
        QCOMPARE(
            cli(stranger, {QStringLiteral("keys"), QStringLiteral("trust"), strangerCard}).exitCode,
            0);
        const QString forged = exportFrom(stranger);
        const QString before = digest(m_vilnius);
        const test::CliResult result = cli(m_vilnius, {QStringLiteral("import"), forged});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("not enrolled"), result.err.constData());
        QCOMPARE(digest(m_vilnius), before);
    }

    void shouldRefuseAnOldUnsignedPackageNamingBothFormats()
    {
        const QString old = path(QStringLiteral("old.pactesur"));
        QFile::copy(
            QStringLiteral(PACTESUR_SOURCE_DIR "/tests/data/hostile/foreign-owner.pactesur"), old);
        const test::CliResult result = cli(m_coordinator, {QStringLiteral("import"), old});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("format 2") && result.err.contains("format 3"),
            result.err.constData());
    }

    void shouldKeepAPackageUnreadableToAllButItsRecipients()
    {
        // GIVEN a contact and a sheet at Riga, sent to the coordinator
        QCOMPARE(cli(m_riga,
                     {QStringLiteral("add"), QStringLiteral("contacts"), QStringLiteral("--set"),
                         QStringLiteral("name=Inese Ozolina"), QStringLiteral("--set"),
                         QStringLiteral("city=riga"), QStringLiteral("--set"),
                         QStringLiteral("legal_basis=public_task")})
                     .exitCode,
            0);
        QCOMPARE(cli(m_riga,
                     {QStringLiteral("add"), QStringLiteral("sheets"), QStringLiteral("--set"),
                         QStringLiteral("title=Quiet harbour nights"), QStringLiteral("--set"),
                         QStringLiteral("city=riga"), QStringLiteral("--set"),
                         QStringLiteral("language=lv")})
                     .exitCode,
            0);
        const QString package = exportFrom(m_riga);
        // THEN neither the name, the title nor SQLite's header can be found in the file
        const QByteArray bytes = readAll(package);
        QVERIFY(bytes.size() > 1000);
        QVERIFY(!bytes.contains("Inese Ozolina"));
        QVERIFY(!bytes.contains("Quiet harbour nights"));
        QVERIFY(!bytes.contains("SQLite format 3"));
        // AND Vilnius, which the package is not for, cannot open it
        const test::CliResult atVilnius = cli(m_vilnius, {QStringLiteral("import"), package});
        QCOMPARE(atVilnius.exitCode, 3);
        QVERIFY2(
            atVilnius.err.contains("not addressed to this database"), atVilnius.err.constData());
        // AND the coordinator, which it is for, can
        QCOMPARE(cli(m_coordinator, {QStringLiteral("import"), package}).exitCode, 0);
    }

    void shouldRefuseEveryDamagedCopy()
    {
        // GIVEN a package of the coordinator's for Vilnius, and Vilnius's state
        const QString package = exportFrom(m_coordinator,
            {QStringLiteral("--full"), QStringLiteral("--to"), QStringLiteral("vilnius")});
        const QByteArray good = readAll(package);
        auto db = Database::open(m_vilnius);
        QVERIFY(db);
        const QString before = Checker::stateDigest(*db.value());
        // Plaintext may only appear in a private temporary folder, removed after each try.
        QTemporaryDir temporary(path(QStringLiteral("tmp-XXXXXX")));
        qputenv("TMPDIR", QFile::encodeName(temporary.path()));
        auto tryImport = [&](const QByteArray &bytes, const QString &what) {
            const QString copy = path(QStringLiteral("damaged.pactesur"));
            writeAll(copy, bytes);
            Importer::Options options;
            options.backup = false;
            const Result<ImportReport> report = Importer::run(*db.value(), copy, options);
            QVERIFY2(!report, qPrintable(what));
            QCOMPARE(report.error().code, Error::Rejected);
            QVERIFY2(QDir(temporary.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot),
                qPrintable(what));
        };
        // WHEN one byte is flipped at 500 places spread over the header, the signature,
        // the ciphertext and its last chunk, and the file is cut at 50 lengths
        const qsizetype headerEnd = good.indexOf("}") + 1; // padded JSON ends the header
        QList<qsizetype> positions;
        for (int i = 0; i < 100; ++i)
            positions << 16 + i * (headerEnd - 16) / 100; // magic, version, header
        for (int i = 0; i < 64; ++i)
            positions << good.indexOf(' ', headerEnd - 1) + i; // signature (after padding)
        QRandomGenerator random(20261206);
        while (positions.size() < 450)
            positions << headerEnd + 64
                    + qsizetype(random.bounded(int(good.size() - headerEnd - 64)));
        while (positions.size() < 500)
            positions << good.size() - 1
                    - qsizetype(random.bounded(qMin(65553, int(good.size()) / 2)));
        for (const qsizetype position : positions) {
            QByteArray bytes = good;
            const qsizetype at = qBound<qsizetype>(0, position, bytes.size() - 1);
            bytes[at] = char(bytes[at] ^ (1 << random.bounded(8)));
            tryImport(bytes, QStringLiteral("flip at %1").arg(at));
        }
        for (int i = 0; i < 50; ++i)
            tryImport(good.left(qsizetype(random.bounded(int(good.size())))),
                QStringLiteral("cut %1").arg(i));
        // THEN every copy was refused and nothing changed
        QCOMPARE(Checker::stateDigest(*db.value()), before);
        // AND the intact file still imports
        db.value().reset();
        QCOMPARE(cli(m_vilnius, {QStringLiteral("import"), package}).exitCode, 0);
        qunsetenv("TMPDIR");
    }

    void shouldTakeFromACitysPackageOnlyThatCitysRecords()
    {
        // GIVEN Vilnius's sheet, known to everyone
        QCOMPARE(cli(m_vilnius,
                     {QStringLiteral("add"), QStringLiteral("sheets"), QStringLiteral("--set"),
                         QStringLiteral("title=Night mediators"), QStringLiteral("--set"),
                         QStringLiteral("city=vilnius"), QStringLiteral("--set"),
                         QStringLiteral("language=lt")})
                     .exitCode,
            0);
        QCOMPARE(cli(m_coordinator, {QStringLiteral("import"), exportFrom(m_vilnius)}).exitCode, 0);
        QCOMPARE(cli(m_madrid, {QStringLiteral("import"), exportFrom(m_coordinator)}).exitCode, 0);
        const QJsonArray sheets = QJsonDocument::fromJson(
            cli(m_coordinator,
                {QStringLiteral("list"), QStringLiteral("sheets"), QStringLiteral("--json")})
                .out)
                                      .array();
        QString vilniusSheet;
        for (const QJsonValue &sheet : sheets) {
            if (sheet.toObject().value(QStringLiteral("title")).toString()
                == QLatin1String("Night mediators"))
                vilniusSheet = sheet.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!vilniusSheet.isEmpty());
        // WHEN Madrid, enrolled, rewrites that sheet in its own database (its stamp dressed
        // as the coordinator's) and adds an activity of its own, then signs its package
        const QString coordinatorReplica = json(m_coordinator, {QStringLiteral("whoami")})
                                               .value(QStringLiteral("replica"))
                                               .toString();
        sqlite3 *handle = nullptr;
        QCOMPARE(sqlite3_open(m_madrid.toUtf8().constData(), &handle), SQLITE_OK);
        const QByteArray rewrite
            = QStringLiteral("UPDATE sheet SET title = 'Taken by Madrid', dots = json_set(dots, "
                             "'$.title', json_array('%1', 99999, '2025-05-01T10:00:00Z')), vv = "
                             "json_set(vv, '$.\"%1\"', 99999) WHERE id = '%2'")
                  .arg(coordinatorReplica, vilniusSheet)
                  .toUtf8();
        QCOMPARE(sqlite3_exec(handle, rewrite.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(handle);
        QCOMPARE(cli(m_madrid,
                     {QStringLiteral("add"), QStringLiteral("activities"), QStringLiteral("--set"),
                         QStringLiteral("kind=workshop"), QStringLiteral("--set"),
                         QStringLiteral("title=Plaza mayor by night"), QStringLiteral("--set"),
                         QStringLiteral("start=2025-09-01"), QStringLiteral("--set"),
                         QStringLiteral("host_city=madrid")})
                     .exitCode,
            0);
        const QJsonObject report
            = json(m_coordinator, {QStringLiteral("import"), exportFrom(m_madrid)});
        // THEN the coordinator refuses the sheet and reports it, and takes Madrid's activity
        QVERIFY(report.value(QStringLiteral("rejected")).toInt() >= 1);
        bool sheetRefused = false;
        for (const QJsonValue &value : report.value(QStringLiteral("rejected_records")).toArray())
            sheetRefused = sheetRefused
                || value.toObject().value(QStringLiteral("id")).toString() == vilniusSheet;
        QVERIFY(sheetRefused);
        QVERIFY(report.value(QStringLiteral("new")).toInt() >= 1);
        QCOMPARE(
            json(m_coordinator, {QStringLiteral("show"), QStringLiteral("sheets"), vilniusSheet})
                .value(QStringLiteral("title"))
                .toString(),
            QStringLiteral("Night mediators"));
    }

    void shouldRefuseAPackageSignedByRevokedKeys()
    {
        const QString rigaId
            = json(m_riga, {QStringLiteral("whoami")}).value(QStringLiteral("replica")).toString();
        const QString package = exportFrom(m_riga);
        QCOMPARE(
            cli(m_coordinator, {QStringLiteral("keys"), QStringLiteral("revoke"), rigaId}).exitCode,
            0);
        const test::CliResult result = cli(m_coordinator, {QStringLiteral("import"), package});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("revoked"), result.err.constData());
        bool listedRevoked = false;
        for (const QJsonValue &entry : roster(m_coordinator)) {
            if (entry.toObject().value(QStringLiteral("replica")).toString() == rigaId)
                listedRevoked = entry.toObject().value(QStringLiteral("status")).toString()
                    == QLatin1String("revoked");
        }
        QVERIFY(listedRevoked);
        // The revocation travels with the roster: Vilnius refuses Riga's keys from then on.
        QCOMPARE(cli(m_vilnius, {QStringLiteral("import"), exportFrom(m_coordinator)}).exitCode, 0);
        for (const QJsonValue &entry : roster(m_vilnius)) {
            if (entry.toObject().value(QStringLiteral("replica")).toString() == rigaId)
                QCOMPARE(entry.toObject().value(QStringLiteral("status")).toString(),
                    QStringLiteral("revoked"));
        }
    }

    void shouldKeepSecretKeysOutOfEveryFileAndOutput()
    {
        // Every secret key of every replica, as bytes, base64 and hex.
        QList<QByteArray> secrets;
        for (const QString &db : {m_coordinator, m_vilnius, m_riga, m_madrid}) {
            const QJsonObject keys
                = QJsonDocument::fromJson(readAll(db + QStringLiteral(".keys"))).object();
            for (const char *name : {"sign_secret", "box_secret"}) {
                const QByteArray raw
                    = QByteArray::fromBase64(keys.value(QLatin1String(name)).toString().toLatin1());
                QVERIFY(raw.size() >= 32);
                secrets << raw << raw.toBase64() << raw.toHex() << raw.toHex().toUpper();
            }
        }
        // Whatever this test and the ones before wrote: packages, cards, backups, reports.
        const QString report = path(QStringLiteral("activities.csv"));
        QCOMPARE(
            cli(m_coordinator,
                {QStringLiteral("report"), QStringLiteral("activity"), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--out"), report})
                .exitCode,
            0);
        QByteArrayList outputs;
        for (const QString &db : {m_coordinator, m_vilnius}) {
            outputs << cli(
                db, {QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--json")})
                           .out
                    << cli(db,
                           {QStringLiteral("keys"), QStringLiteral("list"),
                               QStringLiteral("--json")})
                           .out
                    << cli(db, {QStringLiteral("whoami"), QStringLiteral("--json")}).out
                    << cli(db,
                           {QStringLiteral("list"), QStringLiteral("imports"),
                               QStringLiteral("--json")})
                           .out;
        }
        int files = 0;
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.endsWith(QLatin1String(".keys")))
                continue; // the secret keys' own files
            ++files;
            const QByteArray bytes = readAll(file);
            for (const QByteArray &secret : secrets)
                QVERIFY2(!bytes.contains(secret), qPrintable(file));
        }
        QVERIFY(files > 20); // packages, cards, databases, their backups, the report
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("backups"))).exists());
        for (const QByteArray &output : outputs) {
            for (const QByteArray &secret : secrets)
                QVERIFY(!output.contains(secret));
        }
        // The key file is its owner's alone.
        QCOMPARE(QFile::permissions(m_vilnius + QStringLiteral(".keys"))
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
