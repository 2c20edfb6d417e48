// SPDX-License-Identifier: EUPL-1.2
// The mailbox driven from the main window, through a folder mailbox (a file:// address, so
// neither a server nor a keyring is needed): Settings ▸ Mailbox checks the address and tests
// the connection; Sync Now (Ctrl+Shift+S) and the first round once the window is shown say
// in the status line what moved, or why the mailbox cannot be reached; what a liaison
// published is imported and its conflict shows in the inbox; with "review", each incoming
// package opens the import preview and is imported only when the person applies it, and
// Cancel in the status bar stops a round waiting for that answer. Without a keyring (the
// tests never use one) a WebDAV mailbox's password is asked once per session.
// PACTESUR_TEST_SHOTS=FOLDER saves mailbox-dialog.png, mailbox-status.png, mailbox-error.png.
#include "exchange/conflictinbox.h"
#include "exchange/importdialog.h"
#include "guitestsupport.h"
#include "mailbox/foldertransport.h"
#include "mailbox/mailboxactions.h"
#include "mailbox/mailboxdialog.h"
#include "mailbox/mailboxpassword.h"
#include "mailbox/mailboxstatusline.h"
#include "mailbox/mailboxsync.h"
#include "mailbox/syncrunner.h"
#include "mailbox/syncsettings.h"
#include "model/kinds.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "store/recordstore.h"
#include "testdatabase.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace pactesur;

class TestMailboxUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_box;
    std::unique_ptr<test::TestSession> m_fixture;
    std::unique_ptr<MainWindow> m_window;

    Database &db() { return m_fixture->db(); }
    QString boxUrl() const { return QUrl::fromLocalFile(m_box->path()).toString(); }
    MailboxActions *mailbox() const { return m_window->mailboxActions(); }
    MailboxStatusLine *statusLine() const { return mailbox()->statusLine(); }

    void setMailbox(const QString &url)
    {
        MailboxSettings settings;
        settings.url = url;
        QVERIFY(settings.save(db()));
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_fixture->session());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // The liaison of Riga and the coordinator both changed Riga's police force; the liaison
    // also logged a workshop, and published it all in the mailbox with a round of its own.
    void publishFromRiga()
    {
        test::TestDatabase riga(test::TestDatabase::Role::Liaison, QStringLiteral("riga"));
        test::enrol(db(), riga.db());
        QSqlQuery query(db().sql());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM city WHERE slug = 'riga'")));
        QVERIFY(query.next());
        const QString rigaId = query.value(0).toString();
        const KindSpec &cities = Kinds::get(QStringLiteral("cities"));
        QVERIFY(RecordStore(riga.db()).update(
            cities, rigaId, {{"police_force", "Riga Municipal Police (RPP)"}}));
        QVERIFY(RecordStore(riga.db()).create(Kinds::get(QStringLiteral("activities")),
            {{"kind", "workshop"}, {"title", "Night-time economy workshop"},
                {"start", "2025-06-10"}, {"host_city", rigaId}}));
        QVERIFY(RecordStore(db()).update(
            cities, rigaId, {{"police_force", "Rīgas pašvaldības policija"}}));
        FolderTransport transport(m_box->path());
        const Result<SyncReport> published = MailboxSync::round(riga.db(), transport, {});
        QVERIFY2(published, published ? "" : qPrintable(published.error().message));
        QCOMPARE(published->sent, 1);
    }

    // The line in English, in either plural form as the catalogue has them; any count of
    // packages out unless `out` is given.
    static QRegularExpression syncedLine(int in, int out = -1)
    {
        return QRegularExpression(
            QStringLiteral("^Synced just now · %1 packages?(\\(s\\))? in, %2 out")
                .arg(in)
                .arg(out < 0 ? QStringLiteral("\\d+") : QString::number(out)));
    }

    void waitForRound() { QTRY_VERIFY_WITH_TIMEOUT(!mailbox()->isSyncing(), 20000); }

private slots:
    void initTestCase()
    {
        test::prepareGuiTests();
        // Whatever this computer has: the tests never read or write a desktop keyring.
        MailboxPassword::setKeyringDisabled(true);
        // A WebDAV server that does not answer is not asked again after a pause.
        qputenv("PACTESUR_MAILBOX_BACKOFF_MS", "0");
    }

    void init()
    {
        // GIVEN a seeded database of the coordinator, an empty folder for a mailbox, and no
        // timer: only the first round once the window is shown, and Sync Now
        QSettings().clear();
        SyncSettings::setIntervalMinutes(0);
        m_box = std::make_unique<QTemporaryDir>();
        QVERIFY(m_box->isValid());
        m_fixture = std::make_unique<test::TestSession>();
    }

    void cleanup()
    {
        m_window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_fixture.reset();
        m_box.reset();
    }

    void shouldSayTheMailboxIsNotSetAndOpenItsSettings()
    {
        openWindow();
        QCOMPARE(statusLine()->state(), MailboxStatusLine::State::NotSet);
        QCOMPARE(statusLine()->message(), QStringLiteral("Mailbox not set"));

        // WHEN the person clicks the line
        auto *text = statusLine()->findChild<QLabel *>(QStringLiteral("mailboxStatusText"));
        emit text->linkActivated(QStringLiteral("settings"));

        // THEN Settings ▸ Mailbox opens, as Sync Now does while no mailbox is set
        QVERIFY(mailbox()->settingsDialog());
        mailbox()->settingsDialog()->reject();
        QTRY_VERIFY(!mailbox()->settingsDialog());
        mailbox()->syncAction()->trigger();
        QVERIFY(mailbox()->settingsDialog());
        QVERIFY(!mailbox()->isSyncing());
    }

    void shouldRefuseAPlainHttpAddressAndAcceptAFolder()
    {
        openWindow();
        MailboxDialog *dialog = mailbox()->showSettings();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("mailboxUser"));
        auto *interval = dialog->findChild<QSpinBox *>(QStringLiteral("mailboxInterval"));
        auto *review = dialog->findChild<QCheckBox *>(QStringLiteral("mailboxReview"));
        QCOMPARE(interval->value(), 0);

        // WHEN an address without encryption is typed
        QTest::keyClicks(dialog->urlField(), QStringLiteral("http://example.org/"));
        // THEN it is refused inline, and OK waits for a better one
        QVERIFY2(dialog->addressError().contains(QStringLiteral("without encryption")),
            qPrintable(dialog->addressError()));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(!dialog->testButton()->isEnabled());

        // WHEN a Nextcloud folder is typed: fine, with a user and a password
        dialog->urlField()->clear();
        QTest::keyClicks(dialog->urlField(),
            QStringLiteral("https://cloud.example.eu/remote.php/dav/files/anna/pactesur/"));
        QTest::keyClicks(user, QStringLiteral("anna"));
        QVERIFY(dialog->addressError().isEmpty());
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY(user->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("mailboxKeyringNote"))
                    ->text()
                    .contains(QStringLiteral("asked once per session")));
        interval->setValue(SyncSettings::kDefaultInterval);
        test::saveShot(dialog, QStringLiteral("mailbox-dialog"));

        // WHEN a folder is typed: fine, and it needs neither user nor password
        dialog->urlField()->clear();
        user->clear();
        QTest::keyClicks(dialog->urlField(), boxUrl());
        QVERIFY2(dialog->addressError().isEmpty(), qPrintable(dialog->addressError()));
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY(!user->isEnabled());

        // WHEN the connection is tested
        dialog->testButton()->click();
        QTRY_COMPARE(dialog->testResult(), QStringLiteral("Connection works."));
        // ... and a folder that is not there
        dialog->urlField()->setText(QStringLiteral("file:///nonexistent/folder"));
        dialog->testConnection();
        QTRY_VERIFY(!dialog->isTesting());
        QVERIFY2(dialog->testResult().contains(QStringLiteral("does not exist")),
            qPrintable(dialog->testResult()));

        // WHEN the folder is saved with a sync every 10 minutes and the review on
        dialog->urlField()->setText(boxUrl());
        interval->setValue(10);
        review->setChecked(true);
        dialog->okButton()->click();

        // THEN the address belongs to the database, the rest to the settings, and the new
        // mailbox is synced at once
        QTRY_VERIFY(!mailbox()->settingsDialog());
        QCOMPARE(MailboxSettings::load(db()).url, boxUrl());
        QCOMPARE(SyncSettings::intervalMinutes(), 10);
        QVERIFY(SyncSettings::reviewIncoming());
        QTRY_VERIFY2_WITH_TIMEOUT(statusLine()->message().contains(syncedLine(0, 0)),
            qPrintable(statusLine()->message()), 20000);
    }

    void shouldSyncOnceShownThenByHand()
    {
        // GIVEN a mailbox set for this database
        setMailbox(boxUrl());

        // WHEN the window is shown: a first round by itself
        openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(
            statusLine()->message().startsWith(QStringLiteral("Synced")), 20000);
        QVERIFY2(statusLine()->message().contains(syncedLine(0, 0)),
            qPrintable(statusLine()->message()));
        QVERIFY(!statusLine()->isWarning());

        // THEN Sync Now is Ctrl+Shift+S, in the File menu
        QAction *sync = mailbox()->syncAction();
        QCOMPARE(sync->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("menuFile"))->actions().contains(sync));
        QVERIFY(sync->isEnabled());

        // WHEN it is pressed: a round runs, Sync Now waits for it, Cancel is offered
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(mailbox()->isSyncing());
        QVERIFY(!sync->isEnabled());
        QCOMPARE(statusLine()->state(), MailboxStatusLine::State::Syncing);
        QVERIFY(statusLine()->cancelButton()->isVisible());

        // THEN the line says when it synced and what moved
        waitForRound();
        QVERIFY(sync->isEnabled());
        QVERIFY(!statusLine()->cancelButton()->isVisible());
        QVERIFY2(statusLine()->message().contains(syncedLine(0, 0)),
            qPrintable(statusLine()->message()));
        QVERIFY(statusLine()->toolTip().contains(QStringLiteral("Last sync:")));
    }

    void shouldImportWhatALiaisonPublished()
    {
        // GIVEN Riga's package in the mailbox, in conflict with the coordinator's own edit
        publishFromRiga();
        setMailbox(boxUrl());
        QSignalSpy changed(&m_fixture->session(), &Session::recordsChanged);

        // WHEN the window is shown and its first round ends
        openWindow();
        waitForRound();

        // THEN the package is in, the lists read the database again, and the conflict is in
        // the inbox as after an import by hand
        QVERIFY2(
            statusLine()->message().contains(syncedLine(1)), qPrintable(statusLine()->message()));
        QVERIFY2(statusLine()->message().contains(QStringLiteral("1 new conflict")),
            qPrintable(statusLine()->message()));
        QStringList kinds;
        for (const QList<QVariant> &signal : std::as_const(changed))
            kinds << signal.first().toString();
        QVERIFY(kinds.contains(QStringLiteral("activities")));
        QVERIFY(kinds.contains(QStringLiteral("imports")));
        auto *inbox
            = qobject_cast<ConflictInbox *>(m_window->sectionWidget(QStringLiteral("conflicts")));
        QTRY_COMPARE(inbox->count(), 1);
        test::saveShot(m_window->statusBar(), QStringLiteral("mailbox-status"));
    }

    void shouldImportAReviewedPackageOnlyWhenApplied()
    {
        // GIVEN Riga's package in the mailbox and the review of incoming packages on
        publishFromRiga();
        setMailbox(boxUrl());
        SyncSettings::setReviewIncoming(true);

        // WHEN the first round shows its preview and the person cancels it
        openWindow();
        QTRY_VERIFY(mailbox()->reviewDialog());
        QPointer<ImportDialog> preview = mailbox()->reviewDialog();
        QTRY_COMPARE(preview->state(), ImportDialog::State::Preview);
        QCOMPARE(statusLine()->state(), MailboxStatusLine::State::Syncing);
        preview->findChild<QPushButton *>(QStringLiteral("importCancel"))->click();

        // THEN nothing is imported, and the package waits for the next round
        waitForRound();
        QVERIFY2(
            statusLine()->message().contains(syncedLine(0)), qPrintable(statusLine()->message()));
        QVERIFY(statusLine()->toolTip().contains(QStringLiteral("declined")));
        QCOMPARE(ConflictInbox::openCount(db()), 0);

        // WHEN Sync Now shows it again and the person applies it
        mailbox()->syncNow();
        QTRY_VERIFY(mailbox()->reviewDialog());
        preview = mailbox()->reviewDialog();
        QTRY_COMPARE(preview->state(), ImportDialog::State::Preview);
        preview->apply();
        QTRY_COMPARE_WITH_TIMEOUT(preview->state(), ImportDialog::State::Done, 20000);

        // THEN the round goes on with it imported, and the summary stays to be read
        waitForRound();
        QVERIFY2(statusLine()->message().contains(QStringLiteral("1 new conflict")),
            qPrintable(statusLine()->message()));
        QCOMPARE(ConflictInbox::openCount(db()), 1);
        QVERIFY(preview);
        preview->accept();
    }

    void shouldCancelARoundWaitingForAReview()
    {
        // GIVEN a round showing the preview of Riga's package
        publishFromRiga();
        setMailbox(boxUrl());
        SyncSettings::setReviewIncoming(true);
        openWindow();
        QTRY_VERIFY(mailbox()->reviewDialog());
        QPointer<ImportDialog> preview = mailbox()->reviewDialog();

        // WHEN the person clicks Cancel in the status bar
        statusLine()->cancelButton()->click();

        // THEN the round stops, the preview nobody waits for closes, and the line says so
        waitForRound();
        QTRY_VERIFY(!preview);
        QVERIFY(statusLine()->isWarning());
        QVERIFY2(statusLine()->message().contains(QStringLiteral("cancelled")),
            qPrintable(statusLine()->message()));
        QCOMPARE(ConflictInbox::openCount(db()), 0);
    }

    void shouldAskThePasswordOncePerSessionWithoutAKeyring()
    {
        // GIVEN a WebDAV mailbox on this computer where nothing answers, a user, no keyring
        MailboxSettings settings;
        settings.url = QStringLiteral("http://127.0.0.1:9/pactesur/");
        settings.user = QStringLiteral("anna");
        QVERIFY(settings.save(db()));
        openWindow();
        QSignalSpy rounds(mailbox()->runner(), &SyncRunner::finished);

        // WHEN the first round asks for the password and gets it
        QString asked;
        test::whenDialogOpens<QInputDialog>([&asked](QInputDialog *dialog) {
            asked = dialog->labelText();
            dialog->setTextValue(QStringLiteral("secret"));
            dialog->accept();
        });
        QTRY_COMPARE_WITH_TIMEOUT(rounds.count(), 1, 20000);

        // THEN the question said where the password stays, and the round ran with it
        QVERIFY2(asked.contains(QStringLiteral("until it closes")), qPrintable(asked));
        QCOMPARE(statusLine()->state(), MailboxStatusLine::State::Failed);

        // WHEN Sync Now runs again: no question, the password is kept for the session
        mailbox()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.count(), 2, 20000);
        QVERIFY(!QApplication::activeModalWidget());
    }

    void shouldShowWhyTheMailboxCannotBeReached()
    {
        // GIVEN a mailbox folder that is not there (a drive not mounted)
        setMailbox(QStringLiteral("file:///nonexistent/folder"));

        // WHEN the window is shown and its first round ends
        openWindow();
        waitForRound();

        // THEN the line says why, in the warning colour, the whole message in its tooltip
        QCOMPARE(statusLine()->state(), MailboxStatusLine::State::Failed);
        QVERIFY(statusLine()->isWarning());
        QVERIFY2(statusLine()->message().contains(QStringLiteral("does not exist")),
            qPrintable(statusLine()->message()));
        QVERIFY(
            statusLine()->toolTip().contains(QStringLiteral("/nonexistent/folder does not exist")));
        QVERIFY(mailbox()->syncAction()->isEnabled());
        test::saveShot(m_window->statusBar(), QStringLiteral("mailbox-error"));
    }
};

QTEST_MAIN(TestMailboxUi)
#include "tst_mailboxui.moc"
