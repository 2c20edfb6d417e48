// SPDX-License-Identifier: EUPL-1.2
// Authority in the exchange (DESIGN.md section 5, rule 4), through the real CLI: owners fixed
// at creation, one pure rule for every write on every replica, refused writes ignored alike
// on both sides and told to the user.
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sqlite3.h>

using namespace pactesur;
using test::runCli;

namespace {

QString run(const QString &db, const QStringList &arguments, int expectedExit = 0)
{
    const test::CliResult result = runCli(QStringList {QStringLiteral("--db"), db} + arguments);
    if (result.exitCode != expectedExit) {
        qWarning() << arguments << result.exitCode << result.err;
        return QStringLiteral("<exit %1>").arg(result.exitCode);
    }
    return QString::fromUtf8(result.out + result.err).trimmed();
}

QJsonObject json(const QString &db, const QStringList &arguments)
{
    return QJsonDocument::fromJson(
        run(db, arguments + QStringList {QStringLiteral("--json")}).toUtf8())
        .object();
}

QString digest(const QString &db)
{
    return json(db, {QStringLiteral("check")}).value(QStringLiteral("state_digest")).toString();
}

QString field(const QString &db, const QString &kind, const QString &id, const QString &name)
{
    return json(db, {QStringLiteral("show"), kind, id}).value(name).toString();
}

// Runs SQL on a file as another program (an older version, a forger) would.
void sql(const QString &path, const QString &statements)
{
    sqlite3 *handle = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &handle), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(handle, statements.toUtf8().constData(), nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(handle);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

QString scalar(const QString &path, const QString &query)
{
    sqlite3 *handle = nullptr;
    sqlite3_open(path.toUtf8().constData(), &handle);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(handle, query.toUtf8().constData(), -1, &statement, nullptr);
    QString value;
    if (sqlite3_step(statement) == SQLITE_ROW)
        value
            = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    sqlite3_close(handle);
    return value;
}

} // namespace

class TestAuthority : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_coordinator;
    QString m_riga;
    QString m_vilnius;
    QString m_activity;
    int m_files = 0;

    QString file() { return m_dir.filePath(QStringLiteral("p%1.pactesur").arg(++m_files)); }

    QString send(const QString &from, const QString &to, bool full)
    {
        const QString path = file();
        QStringList arguments = {QStringLiteral("export"), QStringLiteral("--out"), path};
        arguments << (full
                ? QStringList {QStringLiteral("--full")}
                : QStringList {QStringLiteral("--for"),
                    to == m_coordinator ? QStringLiteral("coordinator") : QStringLiteral("riga")});
        run(from, arguments);
        run(to, {QStringLiteral("import"), path});
        return path;
    }

private slots:
    void initTestCase()
    {
        m_coordinator = m_dir.filePath(QStringLiteral("coordinator.db"));
        m_riga = m_dir.filePath(QStringLiteral("riga.db"));
        m_vilnius = m_dir.filePath(QStringLiteral("vilnius.db"));
        run(m_coordinator, {QStringLiteral("init"), QStringLiteral("--coordinator")});
        run(m_riga, {QStringLiteral("init"), QStringLiteral("--city"), QStringLiteral("riga")});
        run(m_vilnius,
            {QStringLiteral("init"), QStringLiteral("--city"), QStringLiteral("vilnius")});
        QVERIFY(test::enrolWithCli(m_coordinator, {m_riga, m_vilnius}));
    }

    void shouldConvergeWhenTheCoordinatorEditsACitysRecord()
    {
        // GIVEN Riga's activity, sent in a full package and imported by the coordinator
        m_activity = json(m_riga,
            {QStringLiteral("add"), QStringLiteral("activities"), QStringLiteral("--set"),
                QStringLiteral("kind=workshop"), QStringLiteral("--set"),
                QStringLiteral("title=Harbour night"), QStringLiteral("--set"),
                QStringLiteral("start=2025-06-10"), QStringLiteral("--set"),
                QStringLiteral("host_city=riga")})
                         .value(QStringLiteral("id"))
                         .toString();
        QVERIFY(!m_activity.isEmpty());
        send(m_riga, m_coordinator, true);
        const QString riga = field(
            m_coordinator, QStringLiteral("cities"), QStringLiteral("riga"), QStringLiteral("id"));
        QCOMPARE(
            field(m_coordinator, QStringLiteral("activities"), m_activity, QStringLiteral("owner")),
            riga);
        // WHEN the coordinator corrects its title while Riga sets its place
        run(m_coordinator,
            {QStringLiteral("edit"), QStringLiteral("activities"), m_activity,
                QStringLiteral("--set"), QStringLiteral("title=Harbour night walk")});
        run(m_riga,
            {QStringLiteral("edit"), QStringLiteral("activities"), m_activity,
                QStringLiteral("--set"), QStringLiteral("place=Harbour")});
        // THEN the owner stays Riga's, Riga's next package applies in full...
        QCOMPARE(
            field(m_coordinator, QStringLiteral("activities"), m_activity, QStringLiteral("owner")),
            riga);
        const QString path = file();
        run(m_riga,
            {QStringLiteral("export"), QStringLiteral("--out"), path, QStringLiteral("--full")});
        const QJsonObject report = json(m_coordinator, {QStringLiteral("import"), path});
        QCOMPARE(report.value(QStringLiteral("rejected")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("updated")).toInt(), 1);
        // ...and after the coordinator's answer both hold the same state
        send(m_coordinator, m_riga, false);
        for (const QString &db : {m_coordinator, m_riga}) {
            QCOMPARE(field(db, QStringLiteral("activities"), m_activity, QStringLiteral("place")),
                QStringLiteral("Harbour"));
            QCOMPARE(field(db, QStringLiteral("activities"), m_activity, QStringLiteral("title")),
                QStringLiteral("Harbour night walk"));
            QCOMPARE(
                field(db, QStringLiteral("activities"), m_activity, QStringLiteral("owner")), riga);
        }
        QCOMPARE(digest(m_riga), digest(m_coordinator));
    }

    void shouldRefuseALocalEditTheCoordinatorWouldRefuse()
    {
        // A liaison cannot change another city's record, nor hand its own to another city.
        const test::CliResult other = runCli(
            {QStringLiteral("--db"), m_vilnius, QStringLiteral("edit"), QStringLiteral("cities"),
                QStringLiteral("riga"), QStringLiteral("--set"), QStringLiteral("notes=Not ours")});
        QCOMPARE(other.exitCode, 3);
        QVERIFY2(other.err.contains("only the records of Vilnius"), other.err.constData());
        const test::CliResult away = runCli({QStringLiteral("--db"), m_riga, QStringLiteral("add"),
            QStringLiteral("sheets"), QStringLiteral("--set"), QStringLiteral("title=Buses"),
            QStringLiteral("--set"), QStringLiteral("city=vilnius"), QStringLiteral("--set"),
            QStringLiteral("language=en")});
        QCOMPARE(away.exitCode, 3);
    }

    void shouldIgnoreAForgedWriteAlikeEverywhere()
    {
        // GIVEN Riga's database in which a write to Vilnius's profile was forged with Riga's
        // stamp (one sqlite3 command, as anyone could), signed into Riga's next package
        const QString vilnius = field(m_coordinator, QStringLiteral("cities"),
            QStringLiteral("vilnius"), QStringLiteral("id"));
        const QString forger = m_dir.filePath(QStringLiteral("riga-forger.db"));
        QVERIFY(QFile::copy(m_riga, forger));
        QVERIFY(QFile::copy(m_riga + QStringLiteral(".keys"), forger + QStringLiteral(".keys")));
        const QString rigaReplica
            = json(m_riga, {QStringLiteral("whoami")}).value(QStringLiteral("replica")).toString();
        QVERIFY(!rigaReplica.isEmpty());
        sql(forger,
            QStringLiteral("UPDATE local_replica SET counter = 9000; UPDATE city SET notes = "
                           "'Taken over', dots = json_set(dots, '$.notes', json_array('%1', "
                           "9000, '2025-03-01T10:00:00Z')), vv = json_set(vv, '$.\"%1\"', "
                           "9000) WHERE id = '%2'")
                .arg(rigaReplica, vilnius));
        const QString forged = file();
        run(forger,
            {QStringLiteral("export"), QStringLiteral("--out"), forged, QStringLiteral("--full")});
        // WHEN the coordinator imports it THEN it refuses that record and tells why (the
        // forged write is all the package brings, so the whole import says so)
        const test::CliResult result
            = runCli({QStringLiteral("--db"), m_coordinator, QStringLiteral("import"), forged});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("own city"), result.err.constData());
        QCOMPARE(
            scalar(m_coordinator,
                QStringLiteral("SELECT reason FROM notice WHERE record_id = '%1'").arg(vilnius)),
            QStringLiteral("not_own_city"));
        // AND Vilnius, which hears from the coordinator only, never sees it
        send(m_coordinator, m_vilnius, true);
        for (const QString &db : {m_coordinator, m_vilnius})
            QCOMPARE(field(db, QStringLiteral("cities"), QStringLiteral("vilnius"),
                         QStringLiteral("notes")),
                QString());
    }

    void shouldSetAsideAnOlderVersionsRefusedWriteOnBothSides()
    {
        // GIVEN Riga's database as an older version left it: a write of Riga's on the
        // coordinator's project record (made while its owner had been rewritten), schema 3
        const QString older = m_dir.filePath(QStringLiteral("riga-older.db"));
        QVERIFY(QFile::copy(m_riga, older));
        QVERIFY(QFile::copy(m_riga + QStringLiteral(".keys"), older + QStringLiteral(".keys")));
        const QString project = scalar(older, QStringLiteral("SELECT id FROM project LIMIT 1"));
        const QString replica = scalar(older, QStringLiteral("SELECT id FROM local_replica"));
        sql(older,
            QStringLiteral("DROP TABLE writer; DROP TABLE notice; DROP TABLE roster; "
                           "PRAGMA user_version = 3; "
                           "UPDATE local_replica SET counter = counter + 1; "
                           "UPDATE project SET funding = 'Riga pays', dots = json_set(dots, "
                           "'$.funding', json_array('%1', (SELECT counter FROM local_replica), "
                           "'2025-04-01T10:00:00Z')), vv = json_set(vv, '$.\"%1\"', (SELECT "
                           "counter FROM local_replica)) WHERE id = '%2'")
                .arg(replica, project));
        // WHEN this version opens it, the liaison is told why that change does not count
        QCOMPARE(run(older, {QStringLiteral("check")}).contains(QStringLiteral("<exit")), false);
        QCOMPARE(scalar(older,
                     QStringLiteral("SELECT reason || ' ' || origin || ' ' || field FROM "
                                    "notice")),
            QStringLiteral("not_own_city local funding"));
        // (the older version had no roster of keys: the liaison enrols the coordinator again)
        run(older,
            {QStringLiteral("keys"), QStringLiteral("trust"),
                m_coordinator + QStringLiteral(".card")});
        // AND the coordinator refuses the record from its package
        const QString path = file();
        run(older,
            {QStringLiteral("export"), QStringLiteral("--out"), path, QStringLiteral("--full")});
        const test::CliResult refused
            = runCli({QStringLiteral("--db"), m_coordinator, QStringLiteral("import"), path});
        QCOMPARE(refused.exitCode, 3); // that write is all the package brings
        QVERIFY2(refused.err.contains("own city"), refused.err.constData());
        QVERIFY(field(m_coordinator, QStringLiteral("projects"), project, QStringLiteral("funding"))
            != QStringLiteral("Riga pays"));
        // AND the coordinator's full package sets it aside at Riga too: both agree
        const QString answer = file();
        run(m_coordinator,
            {QStringLiteral("export"), QStringLiteral("--out"), answer, QStringLiteral("--full")});
        run(older, {QStringLiteral("import"), answer});
        QCOMPARE(field(older, QStringLiteral("projects"), project, QStringLiteral("funding")),
            field(m_coordinator, QStringLiteral("projects"), project, QStringLiteral("funding")));
        QCOMPARE(digest(older), digest(m_coordinator));
    }
};

QTEST_GUILESS_MAIN(TestAuthority)
#include "tst_authority.moc"
