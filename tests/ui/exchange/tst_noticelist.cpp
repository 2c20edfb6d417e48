// SPDX-License-Identifier: EUPL-1.2
// The refused changes in the conflict inbox: listed with their sentence and date, dismissed
// one by one or all at once, read again when the inbox refreshes, and counted in the
// navigation with the conflicts.
#include "exchange/conflictinbox.h"
#include "exchange/importer.h"
#include "exchange/noticelist.h"
#include "exchange/notices.h"
#include "exchangescenario.h"
#include "guitestsupport.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "util/translations.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace pactesur;

namespace {

void shoot(QWidget *widget, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("PACTESUR_TEST_SHOTS"))
        return;
    QCoreApplication::processEvents();
    widget->grab().save(QStringLiteral("/tmp/shots/%1.png").arg(name));
}

Notice refusedPoliceForce(const QString &writer)
{
    Notice notice;
    notice.id = QStringLiteral("b7c0d9e2-0000-4000-8000-000000000001");
    notice.at = QStringLiteral("2025-06-12T08:30:00Z");
    notice.recordKind = QStringLiteral("cities");
    notice.recordId = test::kRigaId;
    notice.title = QStringLiteral("Riga <b>City</b>"); // data: shown as typed, never as markup
    notice.field = QStringLiteral("police_force");
    notice.writer = writer;
    notice.why = Refusal::NotOwnCity;
    return notice;
}

Notice olderLocalChange()
{
    return test::refusedLocalChange(QStringLiteral("b7c0d9e2-0000-4000-8000-000000000002"));
}

// The notice texts the inbox shows (rows being deleted are hidden already).
QStringList shownTexts(const QWidget *inbox)
{
    QStringList texts;
    for (const QLabel *label : inbox->findChildren<QLabel *>(QStringLiteral("noticeText"))) {
        if (label->isVisibleTo(inbox))
            texts << label->text();
    }
    return texts;
}

QPushButton *dismissButtonOf(const QWidget *inbox, const QString &text)
{
    for (const QLabel *label : inbox->findChildren<QLabel *>(QStringLiteral("noticeText"))) {
        if (label->isVisibleTo(inbox) && label->text() == text)
            return label->parentWidget()->findChild<QPushButton *>(QStringLiteral("noticeDismiss"));
    }
    return nullptr;
}

QString replicaOfRiga(const Database &db)
{
    QSqlQuery query(db.sql());
    query.exec(QStringLiteral("SELECT replica FROM local_peer WHERE role = 'liaison'"));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

class TestNoticeList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareGuiTests(); }
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void shouldListAndDismissRefusedChanges()
    {
        // GIVEN an import refused a change of Riga by a replica this database does not know,
        // and an older version of the app left a change here that the rules refuse
        test::TestSession fixture;
        const Database &db = fixture.db();
        const Notice imported = refusedPoliceForce(QStringLiteral("0f3c99aa-1111-4222-8333-4444"));
        const Notice local = olderLocalChange();
        QVERIFY(Notices::add(db, imported));
        QVERIFY(Notices::add(db, local));
        const QString importedText = Notices::describe(db, imported);
        const QString localText = Notices::describe(db, local);
        QVERIFY(importedText.contains(QLatin1String("Riga <b>City</b>")));

        // WHEN the inbox opens
        ConflictInbox inbox(fixture.session());
        QSignalSpy counted(&inbox, &ConflictInbox::noticeCountChanged);
        inbox.resize(1000, 560);
        inbox.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inbox));

        // THEN each notice is one row, newest first, its sentence as plain text and its
        // date in the user's format
        QVERIFY(inbox.notices()->isVisible());
        QCOMPARE(inbox.noticeCount(), 2);
        QCOMPARE(shownTexts(&inbox), QStringList({importedText, localText}));
        for (const QLabel *label : inbox.findChildren<QLabel *>(QStringLiteral("noticeText")))
            QCOMPARE(label->textFormat(), Qt::PlainText);
        const QDateTime at = QDateTime::fromString(imported.at, Qt::ISODate).toLocalTime();
        QCOMPARE(inbox.findChild<QLabel *>(QStringLiteral("noticeDate"))->text(),
            QLocale().toString(at, QLocale::ShortFormat));
        QCOMPARE(inbox.findChild<QLabel *>(QStringLiteral("noticeHeading"))->text(),
            QStringLiteral("Refused changes (2)"));
        for (const QPushButton *button :
            inbox.findChildren<QPushButton *>(QStringLiteral("noticeDismiss")))
            QVERIFY(!button->accessibleName().isEmpty());
        shoot(&inbox, QStringLiteral("conflict-inbox-notices-only"));

        // WHEN the imported one is dismissed
        QPushButton *dismiss = dismissButtonOf(&inbox, importedText);
        QVERIFY(dismiss);
        QTest::mouseClick(dismiss, Qt::LeftButton);
        // THEN it is gone from the database and from the view, the other stays
        QCOMPARE(Notices::count(db), 1);
        QCOMPARE(Notices::list(db).constFirst().id, local.id);
        QCOMPARE(shownTexts(&inbox), QStringList({localText}));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(inbox.findChildren<QLabel *>(QStringLiteral("noticeText")).size(), 1);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.last().at(0).toInt(), 1);

        // WHEN the last one is dismissed THEN the list of refused changes goes away
        QTest::mouseClick(dismissButtonOf(&inbox, localText), Qt::LeftButton);
        QCOMPARE(Notices::count(db), 0);
        QVERIFY(shownTexts(&inbox).isEmpty());
        QVERIFY(!inbox.notices()->isVisible());
        QCOMPARE(inbox.noticeCount(), 0);
    }

    void shouldShowTheRefusalsOfAnImportBesideItsConflict()
    {
        // GIVEN the coordinator's inbox after the liaison of Riga's package (one conflict)
        QTemporaryDir dir;
        test::TestDatabase hq;
        const QString package = test::makeRigaPackage(hq.db(), dir.path());
        hq.close();
        std::unique_ptr<Session> session = test::openSession(hq.path());
        Database &db = session->database();
        QVERIFY(Importer::run(db, package, {}));
        ConflictInbox inbox(*session);
        inbox.resize(1100, 700);
        inbox.show();
        QCOMPARE(inbox.count(), 1);
        QVERIFY(!inbox.notices()->isVisible());

        // WHEN a later import stores refused changes and the views are told
        const QString riga = replicaOfRiga(db);
        QVERIFY(!riga.isEmpty());
        Notice notice = refusedPoliceForce(riga);
        notice.title = QStringLiteral("Riga");
        QVERIFY(Notices::add(db, notice));
        notice.id = QStringLiteral("b7c0d9e2-0000-4000-8000-000000000003");
        notice.recordId = QStringLiteral("0a4f5e8c-4a5b-5a4e-9d3e-7c1b2a3d4e5f");
        notice.title = QStringLiteral("Tallinn");
        notice.field = QStringLiteral("represented_by");
        QVERIFY(Notices::add(db, notice));
        QVERIFY(Notices::add(db, olderLocalChange()));
        emit session->recordsChanged(QStringLiteral("conflicts"));

        // THEN the inbox lists them under the conflict, naming the liaison of Riga
        QVERIFY(inbox.notices()->isVisible());
        QCOMPARE(inbox.noticeCount(), 3);
        QCOMPARE(shownTexts(&inbox).size(), 3);
        QVERIFY(shownTexts(&inbox).constFirst().contains(QLatin1String("Liaison of Riga")));
        shoot(&inbox, QStringLiteral("conflict-inbox-notices"));

        // WHEN all are dismissed at once THEN none is left
        auto *all = inbox.findChild<QPushButton *>(QStringLiteral("noticeDismissAll"));
        QVERIFY(all->isVisible());
        QVERIFY(!all->accessibleName().isEmpty());
        QTest::mouseClick(all, Qt::LeftButton);
        QCOMPARE(Notices::count(db), 0);
        QVERIFY(!inbox.notices()->isVisible());
        QCOMPARE(inbox.count(), 1);
    }

    void shouldSpeakTheUsersLanguage()
    {
        // GIVEN the inbox shows a refused change in English
        test::TestSession fixture;
        const Notice notice = olderLocalChange();
        QVERIFY(Notices::add(fixture.db(), notice));
        ConflictInbox inbox(fixture.session());
        inbox.resize(900, 360);
        inbox.show();
        const QString english = Notices::describe(fixture.db(), notice);
        QCOMPARE(shownTexts(&inbox), QStringList({english}));
        // WHEN the user switches to French
        QVERIFY(Translations::install(QStringLiteral("fr")));
        // THEN the sentence, its date, the heading and the button follow at once
        const QString french = Notices::describe(fixture.db(), notice);
        QVERIFY(french != english);
        QTRY_COMPARE(shownTexts(&inbox), QStringList({french}));
        const QDateTime at = QDateTime::fromString(notice.at, Qt::ISODate).toLocalTime();
        QCOMPARE(inbox.findChild<QLabel *>(QStringLiteral("noticeDate"))->text(),
            QLocale(QStringLiteral("fr")).toString(at, QLocale::ShortFormat));
        const auto *dismiss = inbox.findChild<QPushButton *>(QStringLiteral("noticeDismiss"));
        QCOMPARE(dismiss->text(), QCoreApplication::translate("pactesur::NoticeList", "Dismiss"));
        QVERIFY(dismiss->text() != QLatin1String("Dismiss"));
        QVERIFY(inbox.findChild<QLabel *>(QStringLiteral("noticeHeading"))->text()
            != QLatin1String("Refused changes (1)"));
        shoot(&inbox, QStringLiteral("conflict-inbox-notices-fr"));
        // WHEN back to English THEN English again
        QVERIFY(Translations::install(QStringLiteral("en")));
        QTRY_COMPARE(shownTexts(&inbox), QStringList({english}));
    }

    void shouldCountNoticesInTheNavigation()
    {
        // GIVEN a database with one refused change and no conflict
        test::TestSession fixture;
        QVERIFY(Notices::add(fixture.db(), olderLocalChange()));
        MainWindow window(fixture.session());
        const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        const int row = int(MainWindow::sectionKeys().indexOf(QStringLiteral("conflicts")));
        QCOMPARE(navigation->item(row)->text(), QStringLiteral("Conflicts"));
        // WHEN the window shows
        window.resize(1200, 700);
        window.show();
        // THEN the inbox entry counts it, read after the first paint off the GUI thread and
        // without building the inbox
        QTRY_COMPARE(navigation->item(row)->text(), QStringLiteral("Conflicts (1)"));
        QVERIFY(navigation->item(row)->font().bold());
        QVERIFY(!window.findChild<ConflictInbox *>());
        auto *inbox
            = qobject_cast<ConflictInbox *>(window.sectionWidget(QStringLiteral("conflicts")));
        QVERIFY(inbox);
        window.showSection(QStringLiteral("conflicts"));
        shoot(&window, QStringLiteral("mainwindow-notices"));
        // WHEN it is dismissed THEN the count goes
        QVERIFY(inbox->notices()->dismiss(olderLocalChange().id));
        QTRY_COMPARE(navigation->item(row)->text(), QStringLiteral("Conflicts"));
        QVERIFY(!navigation->item(row)->font().bold());
    }
};

QTEST_MAIN(TestNoticeList)
#include "tst_noticelist.moc"
