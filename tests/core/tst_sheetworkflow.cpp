// SPDX-License-Identifier: EUPL-1.2
// The review workflow of practice sheets is enforced by core: these tests drive it through
// the real CLI, as a liaison and as the coordinator, and through the write path directly.
#include "sheets/sheettranslations.h"
#include "sheets/sheetworkflow.h"
#include "store/recordstore.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pactesur;
using test::runCli;

namespace {

const QStringList kCompleteSheet
    = {QStringLiteral("themes=safe_nightlife"), QStringLiteral("period_start=2025-03-01"),
        QStringLiteral("summary=Mediators walk the old town on weekend nights."),
        QStringLiteral("context=Noise complaints doubled in two years."),
        QStringLiteral("objectives=Fewer complaints, calmer streets."),
        QStringLiteral("actions=Teams of two mediators with a police liaison."),
        QStringLiteral("results=Complaints fell by a third."),
        QStringLiteral("transferability=Any city with a night-time district.")};

QStringList withSets(QStringList arguments, const QStringList &assignments)
{
    for (const QString &assignment : assignments)
        arguments << QStringLiteral("--set") << assignment;
    return arguments;
}

} // namespace

class TestSheetWorkflow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_coordinator;
    QString m_vilnius;
    QString m_sheet;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static test::CliResult cli(const QString &db, const QStringList &arguments)
    {
        return runCli(QStringList {QStringLiteral("--db"), db} + arguments);
    }

    static QString status(const QString &db, const QString &id)
    {
        const test::CliResult shown = cli(
            db, {QStringLiteral("show"), QStringLiteral("sheets"), id, QStringLiteral("--json")});
        return QJsonDocument::fromJson(shown.out)
            .object()
            .value(QStringLiteral("status"))
            .toString();
    }

    static test::CliResult setStatus(const QString &db, const QString &id, const QString &to)
    {
        return cli(db,
            {QStringLiteral("edit"), QStringLiteral("sheets"), id, QStringLiteral("--set"),
                QStringLiteral("status=") + to});
    }

    // Sends everything `from` holds to `to`, as partners do.
    void send(const QString &from, const QString &to, const char *fileName)
    {
        QCOMPARE(cli(from,
                     {QStringLiteral("export"), QStringLiteral("--out"), path(fileName),
                         QStringLiteral("--full")})
                     .exitCode,
            0);
        QCOMPARE(cli(to, {QStringLiteral("import"), path(fileName)}).exitCode, 0);
    }

private slots:
    void initTestCase()
    {
        m_coordinator = path("coordinator.db");
        m_vilnius = path("vilnius.db");
        QCOMPARE(
            cli(m_coordinator, {QStringLiteral("init"), QStringLiteral("--coordinator")}).exitCode,
            0);
        QCOMPARE(cli(m_vilnius,
                     {QStringLiteral("init"), QStringLiteral("--city"), QStringLiteral("vilnius")})
                     .exitCode,
            0);
        QVERIFY(test::enrolWithCli(m_coordinator, {m_vilnius}));
    }

    void shouldLetALiaisonDraftAndSubmitOnlyACompleteSheet()
    {
        const test::CliResult added = cli(m_vilnius,
            {QStringLiteral("add"), QStringLiteral("sheets"), QStringLiteral("--set"),
                QStringLiteral("title=Night mediators"), QStringLiteral("--set"),
                QStringLiteral("city=vilnius"), QStringLiteral("--set"),
                QStringLiteral("language=lt"), QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        m_sheet
            = QJsonDocument::fromJson(added.out).object().value(QStringLiteral("id")).toString();
        QCOMPARE(status(m_vilnius, m_sheet), QStringLiteral("draft"));

        const test::CliResult early = setStatus(m_vilnius, m_sheet, QStringLiteral("submitted"));
        QCOMPARE(early.exitCode, 3);
        QVERIFY2(early.err.contains("Summary") && early.err.contains("Results and indicators"),
            early.err.constData());
        QCOMPARE(status(m_vilnius, m_sheet), QStringLiteral("draft"));

        QCOMPARE(cli(m_vilnius,
                     withSets({QStringLiteral("edit"), QStringLiteral("sheets"), m_sheet},
                         kCompleteSheet))
                     .exitCode,
            0);
        QCOMPARE(setStatus(m_vilnius, m_sheet, QStringLiteral("submitted")).exitCode, 0);
        QCOMPARE(status(m_vilnius, m_sheet), QStringLiteral("submitted"));
    }

    void shouldRefuseReviewDecisionsAndLockedEditsToALiaison()
    {
        for (const char *decision : {"validated", "published", "changes_requested"}) {
            const test::CliResult refused
                = setStatus(m_vilnius, m_sheet, QString::fromLatin1(decision));
            QCOMPARE(refused.exitCode, 3);
            QVERIFY2(refused.err.contains("coordinator"), refused.err.constData());
        }
        const test::CliResult notes = cli(m_vilnius,
            {QStringLiteral("edit"), QStringLiteral("sheets"), m_sheet, QStringLiteral("--set"),
                QStringLiteral("review_notes=Looks good to me")});
        QCOMPARE(notes.exitCode, 3);
        const test::CliResult locked = cli(m_vilnius,
            {QStringLiteral("edit"), QStringLiteral("sheets"), m_sheet, QStringLiteral("--set"),
                QStringLiteral("summary=Changed while under review")});
        QCOMPARE(locked.exitCode, 3);
        QVERIFY2(locked.err.contains("Withdraw"), locked.err.constData());
        QCOMPARE(status(m_vilnius, m_sheet), QStringLiteral("submitted"));
    }

    void shouldLetTheCoordinatorRequestChangesValidateAndPublish()
    {
        send(m_vilnius, m_coordinator, "v1.pactesur");
        QCOMPARE(
            cli(m_coordinator,
                {QStringLiteral("edit"), QStringLiteral("sheets"), m_sheet, QStringLiteral("--set"),
                    QStringLiteral("status=changes_requested"), QStringLiteral("--set"),
                    QStringLiteral("review_notes={\"results\": \"Add the figures.\"}")})
                .exitCode,
            0);
        send(m_coordinator, m_vilnius, "c1.pactesur");
        QCOMPARE(status(m_vilnius, m_sheet), QStringLiteral("changes_requested"));
        // Back with the liaison: editable again, then resubmitted.
        QCOMPARE(
            cli(m_vilnius,
                {QStringLiteral("edit"), QStringLiteral("sheets"), m_sheet, QStringLiteral("--set"),
                    QStringLiteral("results=Complaints fell from 312 to 205 a year.")})
                .exitCode,
            0);
        QCOMPARE(setStatus(m_vilnius, m_sheet, QStringLiteral("submitted")).exitCode, 0);
        send(m_vilnius, m_coordinator, "v2.pactesur");
        QCOMPARE(setStatus(m_coordinator, m_sheet, QStringLiteral("validated")).exitCode, 0);
        QCOMPARE(setStatus(m_coordinator, m_sheet, QStringLiteral("published")).exitCode, 0);

        // A validated or published sheet is the coordinator's to change.
        send(m_coordinator, m_vilnius, "c2.pactesur");
        QCOMPARE(cli(m_vilnius,
                     {QStringLiteral("edit"), QStringLiteral("sheets"), m_sheet,
                         QStringLiteral("--set"), QStringLiteral("title=Renamed")})
                     .exitCode,
            3);
        QCOMPARE(
            cli(m_vilnius, {QStringLiteral("rm"), QStringLiteral("sheets"), m_sheet}).exitCode, 3);
    }

    void shouldKeepTheStatusHistoryEverywhere()
    {
        const QStringList expected = {QStringLiteral("/draft"), QStringLiteral("draft/submitted"),
            QStringLiteral("submitted/changes_requested"),
            QStringLiteral("changes_requested/submitted"), QStringLiteral("submitted/validated"),
            QStringLiteral("validated/published")};
        for (const QString &db : {m_coordinator, m_vilnius}) {
            auto database = Database::open(db, {});
            QVERIFY(database);
            QStringList transitions;
            for (const SheetStatusChange &change :
                SheetHistory::forSheet(*database.value(), m_sheet))
                transitions << change.fromStatus + QLatin1Char('/') + change.toStatus;
            QCOMPARE(transitions, expected);
        }
    }

    void shouldRefuseAnotherCitysSheetToALiaison()
    {
        const test::CliResult added = cli(m_coordinator,
            withSets({QStringLiteral("add"), QStringLiteral("sheets"), QStringLiteral("--json")},
                {QStringLiteral("title=Riga harbour watch"), QStringLiteral("city=riga"),
                    QStringLiteral("language=lv")}));
        QCOMPARE(added.exitCode, 0);
        const QString riga
            = QJsonDocument::fromJson(added.out).object().value(QStringLiteral("id")).toString();
        send(m_coordinator, m_vilnius, "c3.pactesur");
        const test::CliResult refused = cli(m_vilnius,
            {QStringLiteral("edit"), QStringLiteral("sheets"), riga, QStringLiteral("--set"),
                QStringLiteral("summary=Written in Vilnius")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("Vilnius"), refused.err.constData());
        QCOMPARE(setStatus(m_vilnius, riga, QStringLiteral("submitted")).exitCode, 3);
    }

    void shouldRefuseThroughTheWritePathToo()
    {
        test::TestDatabase liaison(test::TestDatabase::Role::Liaison, QStringLiteral("vilnius"));
        RecordStore store(liaison.db());
        const KindSpec &sheets = Kinds::get(QStringLiteral("sheets"));
        TextValues values = {{QStringLiteral("title"), QStringLiteral("Safer school routes")},
            {QStringLiteral("city"), QStringLiteral("vilnius")},
            {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("status"), QStringLiteral("validated")}};
        QVERIFY(!store.create(sheets, values));
        values.insert(QStringLiteral("status"), QStringLiteral("draft"));
        const Result<QString> id = store.create(sheets, values);
        QVERIFY(id);
        const Status validated = store.update(
            sheets, id.value(), {{QStringLiteral("status"), QStringLiteral("validated")}});
        QVERIFY(!validated);
        QCOMPARE(validated.error().code, Error::Rejected);
    }

    void shouldMarkATranslationOutdatedField()
    {
        test::TestDatabase coordinator;
        RecordStore store(coordinator.db());
        const KindSpec &sheets = Kinds::get(QStringLiteral("sheets"));
        const Result<QString> source = store.create(sheets,
            {{QStringLiteral("title"), QStringLiteral("Médiateurs de nuit")},
                {QStringLiteral("city"), QStringLiteral("nice")},
                {QStringLiteral("language"), QStringLiteral("fr")},
                {QStringLiteral("summary"), QStringLiteral("Des équipes de médiation.")},
                {QStringLiteral("results"), QStringLiteral("Moins de plaintes.")}});
        QVERIFY(source);
        const Result<TextValues> values = SheetTranslations::newTranslationValues(
            coordinator.db(), source.value(), QStringLiteral("en"));
        QVERIFY(values);
        const Result<QString> translation = store.create(sheets, values.value());
        QVERIFY(translation);
        QVERIFY(!SheetTranslations::newTranslationValues(
            coordinator.db(), source.value(), QStringLiteral("en")));
        auto outdated = [&] {
            return SheetTranslations::outdatedFields(
                coordinator.db(), *store.get(sheets, translation.value()));
        };
        QCOMPARE(outdated(), QStringList());

        QVERIFY(store.update(sheets, source.value(),
            {{QStringLiteral("results"), QStringLiteral("Un tiers de plaintes en moins.")}}));
        QCOMPARE(outdated(), QStringList {QStringLiteral("results")});

        QVERIFY(store.update(sheets, translation.value(),
            {{QStringLiteral("source_revision"),
                SheetTranslations::currentRevision(coordinator.db(), source.value())}}));
        QCOMPARE(outdated(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSheetWorkflow)
#include "tst_sheetworkflow.moc"
