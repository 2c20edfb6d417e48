// SPDX-License-Identifier: EUPL-1.2
// A new database's lists, Exchanges and Conflicts say what they are for and offer the next
// step instead of an empty table, and a list whose filters hide every record offers to clear
// them (issue 18), in every interface language.
#include "calendar/activitiessection.h"
#include "exchange/backupsview.h"
#include "exchange/conflictinbox.h"
#include "exchange/exchangehistoryview.h"
#include "exchange/ledgerview.h"
#include "guitestsupport.h"
#include "records/recordeditordialog.h"
#include "records/recordlistview.h"
#include "records/recordtablemodel.h"
#include "sheets/newsheetdialog.h"
#include "shell/mainwindow.h"
#include "util/translations.h"
#include "widgets/emptystate.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace pactesur;

namespace {

// The lists a new database leaves empty: its seed holds cities, organisations and the
// project's founding activities, nothing else.
const QStringList kEmptyOnANewDatabase = {QStringLiteral("groups"), QStringLiteral("sheets"),
    QStringLiteral("resources"), QStringLiteral("contacts")};

EmptyState *emptyStateOf(MainWindow &window, const QString &kind)
{
    return window.findChild<EmptyState *>(QStringLiteral("empty_%1").arg(kind));
}

} // namespace

class TestEmptyStates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareGuiTests(); }
    void init() { Translations::install(QStringLiteral("en")); } // after a language test
    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    void shouldOfferExportAndImportInAnEmptyLedger()
    {
        // GIVEN a fresh database that never exchanged, and the File menu's two actions
        test::TestSession fixture;
        QAction exportAction(QStringLiteral("&Export Package…"));
        exportAction.setObjectName(QStringLiteral("exportPackageAction"));
        QAction importAction(QStringLiteral("&Import Package…"));
        importAction.setObjectName(QStringLiteral("importPackageAction"));
        ExchangeHistoryView history(fixture.session());
        history.ledger()->setEmptyActions({&exportAction, &importAction});
        history.resize(1000, 500);
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        // THEN the empty place shows, not the table, with a text and two buttons
        auto *empty = history.ledger()->findChild<EmptyState *>(QStringLiteral("ledgerEmpty"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY(
            !history.ledger()->findChild<QTreeWidget *>(QStringLiteral("ledgerList"))->isVisible());
        QVERIFY(empty->text().startsWith(QStringLiteral("No package sent or received yet.")));
        QCOMPARE(empty->buttons().size(), 2);
        QCOMPARE(empty->buttons().at(0)->text(), QStringLiteral("Export Package…"));
        // WHEN a button is clicked THEN its action runs
        QSignalSpy exported(&exportAction, &QAction::triggered);
        QTest::mouseClick(empty->buttons().at(0), Qt::LeftButton);
        QCOMPARE(exported.count(), 1);
        // AND a disabled action disables its button
        importAction.setEnabled(false);
        QVERIFY(!empty->buttons().at(1)->isEnabled());
    }

    void shouldOfferImportWhileThereIsNoBackup()
    {
        // GIVEN a fresh database, which has no backup until its first import
        test::TestSession fixture;
        QAction importAction(QStringLiteral("&Import Package…"));
        ExchangeHistoryView history(fixture.session());
        history.backups()->setEmptyActions({&importAction});
        history.setCurrentWidget(history.backups());
        history.resize(1000, 500);
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        // THEN the Backups tab says so and offers the import, not an empty table and Restore
        auto *empty = history.backups()->findChild<EmptyState *>(QStringLiteral("backupsEmpty"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().startsWith(QStringLiteral("No backups yet.")));
        QVERIFY(!history.backups()
                     ->findChild<QTreeWidget *>(QStringLiteral("backupsList"))
                     ->isVisible());
        QVERIFY(!history.backups()
                     ->findChild<QPushButton *>(QStringLiteral("backupsRestore"))
                     ->isVisible());
        QSignalSpy imported(&importAction, &QAction::triggered);
        QTest::mouseClick(empty->buttons().first(), Qt::LeftButton);
        QCOMPARE(imported.count(), 1);
        test::saveShot(&history, QStringLiteral("empty-backups"));
    }

    void shouldOfferImportInAnEmptyConflictInbox()
    {
        test::TestSession fixture;
        QAction importAction(QStringLiteral("&Import Package…"));
        ConflictInbox inbox(fixture.session());
        inbox.setEmptyActions({&importAction});
        inbox.resize(1000, 500);
        inbox.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inbox));
        auto *empty = inbox.findChild<EmptyState *>(QStringLiteral("conflictEmpty"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().startsWith(QStringLiteral("No open conflicts.")));
        // AND no "0 open conflicts. Choose the value to keep" over it
        QVERIFY(!inbox.findChild<QLabel *>(QStringLiteral("conflictSummary"))->isVisible());
        QCOMPARE(empty->buttons().size(), 1);
        QSignalSpy imported(&importAction, &QAction::triggered);
        QTest::mouseClick(empty->buttons().first(), Qt::LeftButton);
        QCOMPARE(imported.count(), 1);
    }

    void shouldOfferNewInTheEmptyListsOfANewDatabase()
    {
        // GIVEN a new database in the main window
        test::TestSession fixture;
        MainWindow window(fixture.session());
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &kind : kEmptyOnANewDatabase) {
            // WHEN an empty list is shown
            window.showSection(kind);
            RecordListView *list = window.listView(kind);
            QVERIFY2(list->model()->totalCount() == 0,
                qPrintable(
                    kind + QStringLiteral(" is seeded now: pick a list the seed leaves empty")));
            // THEN it says what the list is for, offers New…, and hides the empty table
            EmptyState *empty = emptyStateOf(window, kind);
            QVERIFY2(empty && empty->isVisible(), qPrintable(kind));
            QVERIFY(!list->table()->isVisible());
            QVERIFY2(empty->text().contains(QLatin1String("yet.")), qPrintable(empty->text()));
            QCOMPARE(empty->buttons().size(), 1);
            QCOMPARE(empty->buttons().first()->text(), QStringLiteral("New…"));
            QVERIFY(empty->buttons().first()->isEnabled());
            test::saveShot(&window, QStringLiteral("empty-list-%1").arg(kind));
        }
    }

    void shouldOpenWhatTheSectionsNewOpens()
    {
        test::TestSession fixture;
        MainWindow window(fixture.session());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // GIVEN the empty Working groups list WHEN New… is clicked THEN the record editor opens
        window.showSection(QStringLiteral("groups"));
        QString opened;
        test::whenDialogOpens<RecordEditorDialog>([&opened](RecordEditorDialog *dialog) {
            opened = dialog->kind().name;
            dialog->reject();
        });
        QTest::mouseClick(
            emptyStateOf(window, QStringLiteral("groups"))->buttons().first(), Qt::LeftButton);
        QCOMPARE(opened, QStringLiteral("groups"));
        // AND in the empty Practice sheets list, the new sheet dialog, as the list's New… does
        window.showSection(QStringLiteral("sheets"));
        bool newSheet = false;
        test::whenDialogOpens<NewSheetDialog>([&newSheet](NewSheetDialog *dialog) {
            newSheet = true;
            dialog->reject();
        });
        QTest::mouseClick(
            emptyStateOf(window, QStringLiteral("sheets"))->buttons().first(), Qt::LeftButton);
        QVERIFY(newSheet);
    }

    void shouldOfferToClearFiltersThatHideEveryRecord()
    {
        // GIVEN the Cities list filtered by a text no city holds
        test::TestSession fixture;
        MainWindow window(fixture.session());
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &kind : MainWindow::sectionKeys()) {
            RecordListView *list = window.listView(kind);
            if (!list || list->model()->totalCount() == 0)
                continue;
            window.showSection(kind);
            if (auto *activities = qobject_cast<ActivitiesSection *>(window.sectionWidget(kind)))
                activities->showCalendar(false); // it may open on its calendar
            auto *filter = list->findChild<QLineEdit *>(QStringLiteral("filter_%1").arg(kind));
            filter->setText(QStringLiteral("zqxj no such record"));
            QTest::keyClick(filter, Qt::Key_Return);
            // THEN the list says so and offers Clear Filters, with the filters still in view
            EmptyState *empty = emptyStateOf(window, kind);
            QTRY_VERIFY2(empty->isVisible(), qPrintable(kind));
            QCOMPARE(empty->text(), QStringLiteral("No records match the filter."));
            QCOMPARE(empty->buttons().size(), 1);
            QCOMPARE(empty->buttons().first()->text(), QStringLiteral("Clear Filters"));
            QVERIFY(filter->isVisible());
            test::saveShot(&window, QStringLiteral("no-match-%1").arg(kind));
            // WHEN it is clicked THEN every record shows again
            QTest::mouseClick(empty->buttons().first(), Qt::LeftButton);
            QTRY_VERIFY2(list->table()->isVisible(), qPrintable(kind));
            QVERIFY(filter->text().isEmpty());
            QVERIFY(!list->model()->isFiltered());
        }
    }

    void shouldSayItInEveryLanguage()
    {
        test::TestSession fixture;
        ExchangeHistoryView history(fixture.session());
        auto *empty = history.ledger()->findChild<EmptyState *>(QStringLiteral("ledgerEmpty"));
        const QString english = empty->text();
        for (const UiLanguage &language : Translations::languages()) {
            Translations::install(language.code);
            QCoreApplication::processEvents(); // LanguageChange
            QVERIFY(!empty->text().isEmpty());
            if (language.code != QLatin1String("en"))
                QVERIFY2(empty->text() != english, qPrintable(language.code));
        }
    }

    void shouldSayTheListsEmptyStatesInEveryLanguage()
    {
        test::TestSession fixture;
        MainWindow window(fixture.session());
        window.showSection(QStringLiteral("resources"));
        EmptyState *empty = emptyStateOf(window, QStringLiteral("resources"));
        auto *clear = window.findChild<QAction *>(QStringLiteral("actionClearFilters_resources"));
        QVERIFY(empty && clear);
        const QString english = empty->text();
        const QString englishClear = clear->text();
        for (const UiLanguage &language : Translations::languages()) {
            if (language.code == QLatin1String("en"))
                continue;
            Translations::install(language.code);
            QCoreApplication::processEvents(); // LanguageChange
            QVERIFY2(empty->text() != english, qPrintable(language.code));
            QVERIFY2(clear->text() != englishClear, qPrintable(language.code));
            QCOMPARE(empty->buttons().first()->text(),
                QString(window.listView(QStringLiteral("resources"))->newAction()->text())
                    .remove(QLatin1Char('&')));
        }
    }
};

QTEST_MAIN(TestEmptyStates)
#include "tst_emptystates.moc"
