// SPDX-License-Identifier: EUPL-1.2
// A coordinator imports a liaison's package through the preview
// (file chosen through the FileDialogs hook), sees the counts the CLI's dry run gives,
// applies it, resolves the conflict it brought in the inbox, undoes and redoes that, and
// after an export can no longer undo it; the preview names the key that signed the package.
// Also: refused packages (damaged, unsigned, from an unenrolled signer, every change
// refused), and the preview model.
#include "exchange/conflictinbox.h"
#include "exchange/conflictpanel.h"
#include "exchange/exchangeactions.h"
#include "exchange/exportdialog.h"
#include "exchange/importdialog.h"
#include "exchange/importpreviewmodel.h"
#include "exchangescenario.h"
#include "guitestsupport.h"
#include "session/session.h"
#include "store/checker.h"
#include "store/recordstore.h"
#include "store/replica.h"
#include "testdatabase.h"
#include "trust/card.h"
#include "trust/roster.h"
#include "util/translations.h"
#include "widgets/filedialogs.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace pactesur;

namespace {

QString scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.sql());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

int shownCount(const QWidget &dialog, const char *name)
{
    const auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
    return label ? QLocale().toInt(label->text()) : -1;
}

QStringList childTexts(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        texts << model.index(row, 0, parent).data().toString() + QStringLiteral(" | ")
                + model.index(row, 1, parent).data().toString();
    }
    return texts;
}

// The panel replaces its value cards later (a card's button may be what asked for it).
void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void shoot(QWidget *widget, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("PACTESUR_TEST_SHOTS"))
        return;
    QCoreApplication::processEvents();
    widget->grab().save(QStringLiteral("/tmp/shots/%1.png").arg(name));
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        test::prepareGuiTests();
        QVERIFY(m_dir.isValid());
    }

    void shouldImportThroughThePreviewAndResolveTheConflictInTheInbox()
    {
        // GIVEN the coordinator and the liaison of Riga both edited Riga's police force
        // before exchanging, and the liaison also logged a workshop: the liaison's package
        test::TestDatabase hq;
        const QString package = test::makeRigaPackage(hq.db(), m_dir.path());
        hq.close();
        // The CLI's dry run on the same file, before the app opens it (and locks it).
        const test::CliResult dry
            = test::runCli({QStringLiteral("--db"), hq.path(), QStringLiteral("import"), package,
                QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject expected = QJsonDocument::fromJson(dry.out).object();
        QCOMPARE(expected.value("conflicts").toInt(), 1);

        std::unique_ptr<Session> session = test::openSession(hq.path());
        const Database &db = session->database();
        const QString before = Checker::stateDigest(db);
        QWidget window;
        ExchangeActions actions(*session, &window);

        // WHEN File > Import Package… is chosen and the package picked in the file dialog
        FileDialogs::setNextFileName(package);
        actions.importAction()->trigger();
        ImportDialog *dialog = actions.importDialog();
        QVERIFY(dialog);
        // THEN while it compares (the result arrives through the event loop), it offers
        // only Cancel
        auto shown = [dialog](const char *name) {
            return dialog->findChild<QPushButton *>(name)->isVisible();
        };
        QCOMPARE(dialog->state(), ImportDialog::State::Comparing);
        QVERIFY(dialog->isVisible());
        QVERIFY(shown("importCancel") && !shown("importClose") && !shown("importApply"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ImportDialog::State::Preview, 20000);

        // and the preview offers Apply and Cancel, nothing else
        QVERIFY(shown("importApply") && shown("importCancel"));
        QVERIFY(!shown("importClose") && !shown("importReviewConflicts"));
        // and names the sender and shows the dry run's counts
        QCOMPARE(dialog->findChild<QLabel *>("importTitle")->text(),
            QStringLiteral("Package from Liaison of Riga"));
        // and says the key that signed it is the enrolled key of that sender
        auto *signer = dialog->findChild<QLabel *>("importSigner");
        QVERIFY(signer->isVisible());
        QCOMPARE(signer->text(), QStringLiteral("Signed by Liaison of Riga (verified)"));
        QVERIFY(dialog->report().manifest.verified);
        QVERIFY(signer->toolTip().contains(QRegularExpression("(\\d{5} ){11}\\d{5}")));
        QCOMPARE(shownCount(*dialog, "countNew"), expected.value("new").toInt());
        QCOMPARE(shownCount(*dialog, "countUpdated"), expected.value("updated").toInt());
        QCOMPARE(shownCount(*dialog, "countUnchanged"), expected.value("unchanged").toInt());
        QCOMPARE(shownCount(*dialog, "countConflicts"), expected.value("conflicts").toInt());
        QCOMPARE(shownCount(*dialog, "countRejected"), expected.value("rejected").toInt());
        // and the records of each group, with the fields they change
        const QAbstractItemModel &model = *dialog->previewModel();
        QStringList groups;
        for (int row = 0; row < model.rowCount(); ++row)
            groups << model.index(row, 0).data().toString();
        QCOMPARE(groups,
            QStringList({"Conflicts to review (1)", "New records (1)", "Updated records (1)"}));
        QCOMPARE(childTexts(model, model.index(0, 0)), QStringList {"Cities (1) | "});
        QCOMPARE(childTexts(model, model.index(0, 0, model.index(0, 0))),
            QStringList {"Riga | Police force"});
        QCOMPARE(childTexts(model, model.index(0, 0, model.index(1, 0))),
            QStringList {"Night-time economy workshop | New"});
        QCOMPARE(Checker::stateDigest(db), before); // a preview changes nothing
        dialog->resize(820, 640);
        shoot(dialog, QStringLiteral("exchange-acceptance-preview"));

        // WHEN Apply is clicked
        QSignalSpy imported(dialog, &ImportDialog::imported);
        QTest::mouseClick(dialog->findChild<QPushButton *>("importApply"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ImportDialog::State::Done, 20000);
        QCOMPARE(imported.count(), 1);
        QVERIFY(dialog->findChild<QPushButton *>("importReviewConflicts")->isVisible());
        shoot(dialog, QStringLiteral("exchange-acceptance-summary"));
        // THEN the database holds the workshop, a backup, and the open conflict
        QCOMPARE(scalar(db,
                     "SELECT place FROM activity WHERE title = "
                     "'Night-time economy workshop'"),
            QStringLiteral("Riga City Hall"));
        QVERIFY(QFileInfo::exists(dialog->report().backupPath));
        QCOMPARE(scalar(db, "SELECT count(*) FROM conflict WHERE field = 'police_force'"),
            QStringLiteral("1"));
        dialog->accept();
        const QString imported_ = Checker::stateDigest(db);

        // WHEN the conflict inbox shows it
        ConflictInbox inbox(*session);
        QSignalSpy badge(&inbox, &ConflictInbox::openCountChanged);
        inbox.resize(1100, 560);
        inbox.show();
        QCOMPARE(inbox.count(), 1);
        auto *panel = inbox.panel();
        settle();
        const QList<QLabel *> who = panel->findChildren<QLabel *>("conflictValueWho");
        QCOMPARE(who.size(), 2);
        QStringList writers;
        for (const QLabel *label : who)
            writers << label->text().section(QStringLiteral(" on "), 0, 0);
        writers.sort();
        QCOMPARE(
            writers, QStringList({"Written by Liaison of Riga", "Written by You (this database)"}));
        shoot(&inbox, QStringLiteral("exchange-acceptance-inbox"));
        // and the Riga liaison's value is kept
        int rigaCard = -1;
        const QList<QLabel *> values = panel->findChildren<QLabel *>("conflictValueText");
        for (int i = 0; i < values.size(); ++i) {
            if (values.at(i)->text() == QLatin1String("Riga Municipal Police (RPP)"))
                rigaCard = values.at(i)->parentWidget()->objectName().back().digitValue();
        }
        QVERIFY(rigaCard >= 0);
        QTest::mouseClick(
            panel->findChild<QPushButton *>(QStringLiteral("conflictKeep%1").arg(rigaCard)),
            Qt::LeftButton);
        // THEN the record shows it, the conflict is gone and the badge says 0
        QCOMPARE(
            scalar(db,
                QStringLiteral("SELECT police_force FROM city WHERE id = '%1'").arg(test::kRigaId)),
            QStringLiteral("Riga Municipal Police (RPP)"));
        QCOMPARE(scalar(db, "SELECT count(*) FROM conflict"), QStringLiteral("0"));
        QCOMPARE(badge.count(), 1);
        QCOMPARE(badge.last().at(0).toInt(), 0);
        const QString resolved = Checker::stateDigest(db);

        // WHEN the resolution is undone THEN the conflict is back exactly as it was
        QUndoStack *undo = session->undoStack();
        QCOMPARE(undo->count(), 1);
        undo->undo();
        QCOMPARE(Checker::stateDigest(db), imported_);
        QCOMPARE(inbox.count(), 1);
        // WHEN redone THEN resolved again
        undo->redo();
        QCOMPARE(Checker::stateDigest(db), resolved);
        QCOMPARE(inbox.count(), 0);

        // WHEN a package is exported THEN the resolution can no longer be undone
        ExportDialog *exporter = actions.showExport();
        QTRY_VERIFY(!exporter->isCounting());
        exporter->setFull(true);
        QTRY_VERIFY(!exporter->isCounting());
        FileDialogs::setNextFileName(m_dir.filePath(QStringLiteral("hq.pactesur")));
        exporter->exportPackage();
        QTRY_COMPARE_WITH_TIMEOUT(exporter->state(), ExportDialog::State::Done, 20000);
        exporter->accept();
        QSignalSpy failed(session.get(), &Session::editFailed);
        undo->undo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(Checker::stateDigest(db), resolved);
        QCOMPARE(undo->count(), 0);
    }

    void shouldRefuseADamagedPackageInOneSentenceWithDetailsOnDemand()
    {
        // GIVEN the liaison of Riga's package, cut short on its way
        test::TestDatabase hq;
        QTemporaryDir dir;
        const QString package = test::makeRigaPackage(hq.db(), dir.path());
        QFile file(package);
        QVERIFY(file.resize(file.size() / 2));
        hq.close();
        std::unique_ptr<Session> session = test::openSession(hq.path());
        ImportDialog dialog(*session, package);
        dialog.show();
        QTRY_COMPARE(dialog.state(), ImportDialog::State::Rejected);
        const QString sentence = QStringLiteral(
            "The package riga-2025-06.pactesur was refused: it is damaged or was changed after "
            "it was signed.");
        QCOMPARE(dialog.message(), sentence);
        QCOMPARE(dialog.findChild<QLabel *>("importStatus")->text(), sentence);
        QVERIFY(!dialog.findChild<QPushButton *>("importApply")->isVisible());
        auto *details = dialog.findChild<QWidget *>("importDetails");
        QVERIFY(!details->isVisible());
        dialog.findChild<QPushButton *>("importDetailsButton")->click();
        QVERIFY(details->isVisible());
        shoot(&dialog, QStringLiteral("exchange-import-refused"));
    }

    void shouldRefuseAnUnsignedPackageOfAnOlderVersionInFull()
    {
        // GIVEN a package of format 2 (plain SQLite, signed by nobody)
        test::TestSession fixture;
        const QString before = Checker::stateDigest(fixture.db());
        ImportDialog dialog(fixture.session(),
            QStringLiteral(PACTESUR_SOURCE_DIR "/tests/data/hostile/foreign-owner.pactesur"));
        dialog.resize(760, 420);
        dialog.show();
        QTRY_COMPARE(dialog.state(), ImportDialog::State::Rejected);
        // THEN the core's whole sentence is shown, and no signer is claimed
        const QString sentence = QStringLiteral(
            "The package foreign-owner.pactesur is not signed and sealed (package format 2 or "
            "older); this version reads signed packages only (format 3). Ask the sender to "
            "update Pactesur and export again.");
        QCOMPARE(dialog.message(), sentence);
        auto *status = dialog.findChild<QLabel *>("importStatus");
        QCOMPARE(status->text(), sentence);
        QVERIFY(status->isVisible() && status->wordWrap());
        QVERIFY(status->height() >= status->heightForWidth(status->width()));
        QVERIFY(!dialog.findChild<QLabel *>("importSigner")->isVisible());
        QCOMPARE(Checker::stateDigest(fixture.db()), before);
        shoot(&dialog, QStringLiteral("exchange-import-unsigned"));
    }

    void shouldRefuseAPackageFromAnUnenrolledSignerInFull()
    {
        // GIVEN Riga's package, sealed to a coordinator who never enrolled Riga's card
        test::TestDatabase hq;
        test::TestDatabase riga(test::TestDatabase::Role::Liaison, QStringLiteral("riga"));
        const Result<QByteArray> hqCard = Cards::write(hq.db());
        QVERIFY(hqCard);
        const Result<Card> card = Cards::read(hqCard.value());
        QVERIFY(card && Roster::enrol(riga.db(), card.value()));
        QTemporaryDir dir;
        const QString package = dir.filePath(QStringLiteral("riga.pactesur"));
        QVERIFY(Exporter::exportTo(riga.db(), package, {}));
        hq.close();
        std::unique_ptr<Session> session = test::openSession(hq.path());
        ImportDialog dialog(*session, package);
        dialog.resize(760, 420);
        dialog.show();
        QTRY_COMPARE(dialog.state(), ImportDialog::State::Rejected);
        // THEN the core's sentence names the signer and its key, and is shown whole
        const QString start = QStringLiteral(
            "The package riga.pactesur was refused: it is signed by a replica this database has "
            "not enrolled (replica %1, key ")
                                  .arg(Replica::load(riga.db()).replicaId);
        QVERIFY2(dialog.message().startsWith(start), qPrintable(dialog.message()));
        QVERIFY(dialog.message().endsWith(
            QStringLiteral("). Enrol its card after comparing the fingerprint.")));
        auto *status = dialog.findChild<QLabel *>("importStatus");
        QCOMPARE(status->text(), dialog.message());
        QVERIFY(status->isVisible() && status->wordWrap());
        // Laid out in full once the event loop has run the layout (later under load).
        QTRY_VERIFY(status->height() >= status->heightForWidth(status->width()));
        test::saveShot(&dialog, QStringLiteral("import-refused-unknown-signer-en"));
    }

    void shouldRefuseAPackageWhoseEveryChangeIsRefused()
    {
        // GIVEN the liaison of Riga's signed package whose one write, forged in its database
        // with SQL, changes Vilnius's profile
        test::TestDatabase hq;
        QTemporaryDir dir;
        const QString package = test::makeForgedRigaPackage(hq.db(), dir.path());
        hq.close();
        std::unique_ptr<Session> session = test::openSession(hq.path());
        const QString before = Checker::stateDigest(session->database());
        ImportDialog dialog(*session, package);
        QTRY_COMPARE(dialog.state(), ImportDialog::State::Rejected);
        QCOMPARE(dialog.message(),
            QStringLiteral("Every change in this package was refused: a city liaison may only "
                           "change records of their own city"));
        QCOMPARE(dialog.previewModel()->count(PreviewRecord::Group::Rejected), 1);
        // (the key that signed it is Riga's, whatever its records claim)
        QCOMPARE(dialog.findChild<QLabel *>("importSigner")->text(),
            QStringLiteral("Signed by Liaison of Riga (verified)"));
        QCOMPARE(Checker::stateDigest(session->database()), before);
    }

    // Pictures for people to look at (PACTESUR_TEST_SHOTS=folder): the preview with the line
    // that names the key that signed it, in English and French.
    void shouldDrawThePreviewWithItsSigner()
    {
        if (qEnvironmentVariableIsEmpty("PACTESUR_TEST_SHOTS"))
            QSKIP("set PACTESUR_TEST_SHOTS to a folder to save the screens");
        test::TestDatabase hq;
        QTemporaryDir dir;
        const QString package = test::makeRigaMonth(hq.db(), dir.path());
        hq.close();
        std::unique_ptr<Session> session = test::openSession(hq.path());
        ImportDialog dialog(*session, package);
        dialog.resize(820, 640);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.state(), ImportDialog::State::Preview, 20000);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            Translations::install(language);
            QApplication::processEvents();
            test::saveShot(&dialog, QStringLiteral("import-preview-signed-%1").arg(language));
        }
        Translations::install(QStringLiteral("en"));
    }

    void shouldKeepThePreviewModelConsistent()
    {
        ImportPreviewModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        using Group = PreviewRecord::Group;
        QList<PreviewRecord> records;
        for (int i = 0; i < 300; ++i)
            records.append({i % 3 ? Group::New : Group::Updated,
                i % 2 ? QStringLiteral("activities") : QStringLiteral("sheets"), QString::number(i),
                QStringLiteral("Record %1").arg(i), {"title"}, {}});
        records.append({Group::Rejected, "cities", "x", "Riga", {}, "not yours"});
        model.setRecords(records);
        QCOMPARE(model.count(Group::New), 200);
        QCOMPARE(model.count(Group::Updated), 100);
        QCOMPARE(model.count(Group::Rejected), 1);
        QCOMPARE(model.count(Group::Conflict), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
