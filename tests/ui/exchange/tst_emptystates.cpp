// SPDX-License-Identifier: EUPL-1.2
// A new database's Exchanges and Conflicts say what they are for and offer the next step
// instead of an empty table (issue 18), in every interface language.
#include "exchange/conflictinbox.h"
#include "exchange/exchangehistoryview.h"
#include "exchange/ledgerview.h"
#include "guitestsupport.h"
#include "util/translations.h"
#include "widgets/emptystate.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace pactesur;

class TestEmptyStates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareGuiTests(); }
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
        QCOMPARE(empty->buttons().size(), 1);
        QSignalSpy imported(&importAction, &QAction::triggered);
        QTest::mouseClick(empty->buttons().first(), Qt::LeftButton);
        QCOMPARE(imported.count(), 1);
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
};

QTEST_MAIN(TestEmptyStates)
#include "tst_emptystates.moc"
