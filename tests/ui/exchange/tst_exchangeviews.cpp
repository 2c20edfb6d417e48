// SPDX-License-Identifier: EUPL-1.2
// The exchange screens around the import: the ledger, the backups with Restore and its
// undo, the export dialog (and why it cannot seal a package for nobody), a package dropped
// on the window, and a second opening of the same database refused.
#include "exchange/backups.h"
#include "exchange/backupsview.h"
#include "exchange/conflictinbox.h"
#include "exchange/exchangeactions.h"
#include "exchange/exchangehistoryview.h"
#include "exchange/exportdialog.h"
#include "exchange/importdialog.h"
#include "exchange/importer.h"
#include "exchange/importpreviewmodel.h"
#include "exchange/ledgerview.h"
#include "exchangescenario.h"
#include "guitestsupport.h"
#include "session/session.h"
#include "store/checker.h"
#include "widgets/filedialogs.h"
#include "widgets/messages.h"

#include <QDropEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using namespace pactesur;

namespace {

void shoot(QWidget *widget, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("PACTESUR_TEST_SHOTS"))
        return;
    QCoreApplication::processEvents();
    widget->grab().save(QStringLiteral("/tmp/shots/%1.png").arg(name));
}

bool hasWorkshop(const Database &db)
{
    QSqlQuery query(db.sql());
    query.exec(
        QStringLiteral("SELECT 1 FROM activity WHERE title = 'Night-time economy workshop'"));
    return query.next();
}

} // namespace

class TestExchangeViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // GIVEN a coordinator's session that imported the liaison of Riga's package (the
    // import took a backup) and exported a full package
    std::unique_ptr<Session> exchanged(test::TestDatabase &hq, QString *beforeImport)
    {
        const QString package = test::makeRigaPackage(hq.db(), m_dir.path());
        hq.close();
        std::unique_ptr<Session> session = test::openSession(hq.path());
        *beforeImport = Checker::stateDigest(session->database());
        if (!Importer::run(session->database(), package, {}))
            qFatal("import failed");
        if (!Exporter::exportTo(
                session->database(), m_dir.filePath(QStringLiteral("hq.pactesur")), {}))
            qFatal("export failed");
        return session;
    }

private slots:
    void initTestCase()
    {
        test::prepareGuiTests();
        QVERIFY(m_dir.isValid());
    }

    void shouldListTheExchangesInTheLedger()
    {
        test::TestDatabase hq;
        QString before;
        std::unique_ptr<Session> session = exchanged(hq, &before);
        ExchangeHistoryView history(*session);
        history.resize(1000, 420);
        history.show();
        const auto *list = history.ledger()->findChild<QTreeWidget *>("ledgerList");
        QCOMPARE(list->topLevelItemCount(), 2);
        // newest first: the export, then the import with its counts
        QCOMPARE(test::rowTexts(list, 0).mid(1, 3),
            QStringList({"Sent", "Anyone (full copy)", "hq.pactesur"}));
        QCOMPARE(test::rowTexts(list, 1).mid(1),
            QStringList({"Received", "Liaison of Riga", "riga-2025-06.pactesur",
                "New: 1, updated: 1, unchanged: 29, conflicts: 1, refused: 0"}));
        shoot(&history, QStringLiteral("exchange-acceptance-ledger"));
        history.setCurrentWidget(history.backups());
        shoot(&history, QStringLiteral("exchange-acceptance-backups"));
    }

    void shouldPreviewAndResolveALiaisonsMonth()
    {
        // GIVEN a month of a liaison's work as a delta, two fields edited on both sides
        test::TestDatabase hq;
        const QString package = test::makeRigaMonth(hq.db(), m_dir.path());
        hq.close();
        const test::CliResult dry
            = test::runCli({QStringLiteral("--db"), hq.path(), QStringLiteral("import"), package,
                QStringLiteral("--dry-run"), QStringLiteral("--json")});
        const QJsonObject expected = QJsonDocument::fromJson(dry.out).object();
        std::unique_ptr<Session> session = test::openSession(hq.path());
        QWidget window;
        window.resize(1100, 700);
        ExchangeActions actions(*session, &window);
        ImportDialog *dialog = actions.openPackage(package);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ImportDialog::State::Preview, 20000);
        // THEN the preview counts are the CLI's, and every new record is listed
        const ImportReport &report = dialog->report();
        QCOMPARE(report.created, expected.value("new").toInt());
        QCOMPARE(report.created, 7); // 3 activities, 3 participations, 1 contact
        QCOMPARE(report.updated, expected.value("updated").toInt());
        QCOMPARE(report.conflicts, expected.value("conflicts").toInt());
        QCOMPARE(dialog->previewModel()->count(PreviewRecord::Group::New), report.created);
        QCOMPARE(dialog->previewModel()->count(PreviewRecord::Group::Conflict), 1);
        dialog->resize(820, 660);
        shoot(dialog, QStringLiteral("exchange-import-preview"));
        dialog->apply();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ImportDialog::State::Done, 20000);
        shoot(dialog, QStringLiteral("exchange-import-summary"));

        dialog->accept();
        // WHEN the inbox lists the two fields in conflict
        ConflictInbox inbox(*session);
        inbox.resize(1100, 520);
        inbox.show();
        QCOMPARE(inbox.count(), 2);
        inbox.selectConflict(inbox.findChild<QTreeWidget *>("conflictList")
                                 ->topLevelItem(1)
                                 ->data(0, Qt::UserRole + 1)
                                 .toString());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        shoot(&inbox, QStringLiteral("exchange-conflict-inbox"));
        // AND a merged value is kept for the notes
        const QString notes = "Night-time economy pilot in the Old Town since March (spring); two "
                              "mediators per shift on Fridays and Saturdays.";
        QString notesConflict;
        QSqlQuery query(session->database().sql());
        query.exec("SELECT id FROM conflict WHERE field = 'notes'");
        QVERIFY(query.next());
        notesConflict = query.value(0).toString();
        QVERIFY(inbox.keepMergedValue(notesConflict, notes));
        QCOMPARE(inbox.count(), 1);
        query.exec(QStringLiteral("SELECT notes FROM city WHERE id = '%1'").arg(test::kRigaId));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), notes);
        ExchangeHistoryView history(*session);
        history.resize(1000, 360);
        history.show();
        shoot(&history, QStringLiteral("exchange-ledger"));

        history.setCurrentWidget(history.backups());
        shoot(&history, QStringLiteral("exchange-backups"));
    }

    void shouldRestoreABackupAndUndoTheRestore()
    {
        test::TestDatabase hq;
        QString beforeImport;
        std::unique_ptr<Session> session = exchanged(hq, &beforeImport);
        const Database &db = session->database();
        const QString afterImport = Checker::stateDigest(db);
        QVERIFY(hasWorkshop(db));
        BackupsView view(*session);
        QCOMPARE(view.rowCount(), 1);
        QSignalSpy finished(&view, &BackupsView::restoreFinished);
        QSignalSpy replaced(session.get(), &Session::databaseReplaced);

        // WHEN Restore is declined THEN nothing happens
        Messages::setNextAnswer(false);
        view.restoreSelected();
        QVERIFY(!view.isRestoring());
        QCOMPARE(Checker::stateDigest(db), afterImport);
        QVERIFY(Messages::takeRecorded().first().startsWith("Restore the backup of "));

        // WHEN it is confirmed THEN the database is as before the import, its current
        // content kept in a new backup, and the views are told
        Messages::setNextAnswer(true);
        view.restoreSelected();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().at(0).toString(), QString());
        QCOMPARE(Checker::stateDigest(db), beforeImport);
        QVERIFY(!hasWorkshop(db));
        QCOMPARE(view.rowCount(), 2);
        QCOMPARE(replaced.count(), 1);
        QUndoStack *undo = session->undoStack();
        QCOMPARE(undo->count(), 1);
        QVERIFY(undo->undoText().startsWith("Restore the backup of "));

        // WHEN undone THEN the content before the restore is back; redo restores again
        undo->undo();
        QCOMPARE(Checker::stateDigest(db), afterImport);
        QVERIFY(hasWorkshop(db));
        undo->redo();
        QCOMPARE(Checker::stateDigest(db), beforeImport);
        // AND the replica never reuses a stamp it gave before the restore
        const KindSpec &cities = Kinds::get(QStringLiteral("cities"));
        QVERIFY(session->editRecord(cities, test::kRigaId, {{"notes", "After the restore"}}));
        QCOMPARE(Checker::check(db).ok, true);
    }

    void shouldRefuseASecondOpeningOfTheSameDatabase()
    {
        test::TestSession fixture;
        const Result<std::unique_ptr<Database>> second = Session::openSeeded(fixture.path());
        QVERIFY(!second);
        QVERIFY(second.error().message.contains(
            QStringLiteral("is already open in another Pactesur window or program")));
    }

    void shouldExportForTheCoordinatorOrAFullCopy()
    {
        // GIVEN the liaison of Riga, who has not heard from the coordinator yet (they have
        // enrolled each other's cards)
        test::TestDatabase riga(test::TestDatabase::Role::Liaison, QStringLiteral("riga"));
        test::TestDatabase hq;
        test::enrol(hq.db(), riga.db());
        const QString fromHq = m_dir.filePath(QStringLiteral("from-hq.pactesur"));
        QVERIFY(Exporter::exportTo(hq.db(), fromHq, {}));
        riga.close();
        std::unique_ptr<Session> session = test::openSession(riga.path());
        {
            ExportDialog dialog(*session);
            // THEN only a full copy is offered, and what goes in is counted
            QVERIFY(!dialog.findChild<QWidget *>("exportDelta")->isEnabled());
            QVERIFY(dialog.isFull());
            QTRY_VERIFY(!dialog.isCounting());
            QCOMPARE(dialog.plannedCounts().value("cities"), 15);
        }
        // WHEN the coordinator's package came in
        QVERIFY(Importer::run(session->database(), fromHq, {}));
        ExportDialog dialog(*session);
        dialog.resize(620, 560);
        dialog.show();
        // THEN it offers Save and Cancel, not the buttons of later steps
        auto shown = [&dialog](const char *name) {
            return dialog.findChild<QPushButton *>(QLatin1String(name))->isVisible();
        };
        QVERIFY(shown("exportSave") && shown("exportCancel"));
        QVERIFY(!shown("exportClose") && !shown("exportShowFolder"));
        // AND "for the coordinator" is chosen: nothing changed since, nothing goes
        QVERIFY(!dialog.isFull());
        QVERIFY(!dialog.peer().isEmpty());
        QTRY_VERIFY(!dialog.isCounting());
        QCOMPARE(dialog.plannedCounts(), (QMap<QString, int>()));
        // WHEN Riga's record changes THEN it goes
        QVERIFY(session->editRecord(Kinds::get(QStringLiteral("cities")), test::kRigaId,
            {{"notes", "Night patrol pilot"}}));
        dialog.setFull(true);
        QTRY_VERIFY(!dialog.isCounting());
        dialog.setFull(false);
        QTRY_VERIFY(!dialog.isCounting());
        QCOMPARE(dialog.plannedCounts(), (QMap<QString, int> {{"cities", 1}}));
        // WHEN exported THEN the file is where the dialog says, and the folder remembered
        const QString path = m_dir.filePath(QStringLiteral("riga-delta.pactesur"));
        FileDialogs::setNextFileName(path);
        dialog.exportPackage();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), ExportDialog::State::Done, 20000);
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(dialog.summary().total(), 1);
        QVERIFY(dialog.findChild<QLabel *>("exportResult")->text().contains(path));
        shoot(&dialog, QStringLiteral("exchange-export-done"));
    }

    void shouldSayWhyNobodyCanReceiveThePackage()
    {
        // GIVEN a coordinator who has enrolled no city's card yet
        test::TestSession fixture;
        ExportDialog dialog(fixture.session());
        dialog.resize(620, 560);
        dialog.show();
        QTRY_VERIFY(!dialog.isCounting());
        QVERIFY(dialog.isFull());
        // WHEN a full copy is exported
        const QString path = m_dir.filePath(QStringLiteral("nobody.pactesur"));
        FileDialogs::setNextFileName(path);
        dialog.exportPackage();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), ExportDialog::State::Failed, 20000);
        // THEN no file is written, and the core's sentence is shown whole, with the way to
        // the Keys tab
        QVERIFY(!QFileInfo::exists(path));
        const QString sentence = QStringLiteral("No enrolled replica can receive this package: "
                                                "enrol the cities' cards first (keys trust FILE).");
        QCOMPARE(dialog.message(), sentence);
        auto *result = dialog.findChild<QLabel *>("exportResult");
        QCOMPARE(result->text(), sentence);
        QVERIFY(result->isVisible() && result->wordWrap());
        auto *hint = dialog.findChild<QLabel *>("exportHint");
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("Exchanges ▸ Keys")));
        QVERIFY(dialog.findChild<QPushButton *>("exportClose")->isVisible());
        shoot(&dialog, QStringLiteral("exchange-export-nobody-enrolled"));
    }

    void shouldOpenAPackageDroppedOnTheWindow()
    {
        test::TestSession fixture;
        QWidget window;
        ExchangeActions actions(fixture.session(), &window);
        QVERIFY(window.acceptDrops());
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(fixture.path())});
        QVERIFY(!ExchangeActions::canAccept(&other));
        QMimeData package;
        package.setUrls({QUrl::fromLocalFile(
            QStringLiteral(PACTESUR_SOURCE_DIR "/tests/data/hostile/foreign-owner.pactesur"))});
        QVERIFY(ExchangeActions::canAccept(&package));
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &package, Qt::LeftButton, Qt::NoModifier);
        // (QApplication delivers drop events only during a real drag: called as the filter
        // does.)
        QVERIFY(actions.handleDrop(&drop));
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY(actions.importDialog());
        QTRY_COMPARE(actions.importDialog()->state(), ImportDialog::State::Rejected);
    }
};

QTEST_MAIN(TestExchangeViews)
#include "tst_exchangeviews.moc"
