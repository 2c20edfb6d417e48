// SPDX-License-Identifier: EUPL-1.2
// The promise of the sheet editor: killed (SIGKILL) while a liaison types, at most the last
// few seconds of typing are lost, and the next start says what was kept and reopens the
// sheet. A child program types; this test kills it and looks at what the database holds.
#include "guitestsupport.h"
#include "session/session.h"
#include "sheets/editorjournal.h"
#include "sheets/sheetautosaver.h"
#include "sheets/sheeteditor.h"
#include "sheets/sheetfieldinput.h"
#include "sheets/sheetfieldrow.h"
#include "sheets/sheetwindows.h"
#include "shell/mainwindow.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QProcess>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>

using namespace pactesur;

namespace {

struct Typed
{
    qint64 at = 0; // ms since the epoch
    QString text;
};

// Markdown wraps long paragraphs and the editor trims the end: compare the words.
QString words(const QString &text)
{
    return QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}

} // namespace

class TestSheetCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareGuiTests(); }

    void shouldKeepAllButTheLastSecondsOfTypingWhenKilled()
    {
        // GIVEN the database of Nice's liaison
        test::TestDatabase fixture(test::TestDatabase::Role::Liaison, QStringLiteral("nice"));
        fixture.close();

        // WHEN the editor is killed after several seconds of steady typing
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(PACTESUR_SHEETCRASH_CHILD), {fixture.path()});
        QVERIFY(child.waitForStarted());
        QString sheetId;
        QList<Typed> typed;
        auto readLines = [&] {
            while (child.canReadLine()) {
                const QString line = QString::fromUtf8(child.readLine()).chopped(1);
                if (line.startsWith(QLatin1String("sheet ")))
                    sheetId = line.mid(6);
                const QStringList parts = line.split(QLatin1Char(' '));
                if (parts.value(0) == QLatin1String("typed") && parts.size() >= 3)
                    typed.append({parts.at(1).toLongLong(), line.section(QLatin1Char(' '), 2)});
            }
        };
        constexpr qint64 kTypingMs = 9000;
        while (typed.isEmpty() || typed.last().at - typed.first().at < kTypingMs) {
            QVERIFY2(child.waitForReadyRead(10000), "the child stopped typing");
            readLines();
        }
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        child.kill(); // SIGKILL: no clean-up of any kind
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        readLines(); // keys typed just before the kill
        QVERIFY(!sheetId.isEmpty());

        // THEN the stored summary is what was typed, up to at most the promised seconds ago
        std::unique_ptr<Session> session = test::openSession(fixture.path());
        QSqlQuery query(session->database().sql());
        query.prepare(QStringLiteral("SELECT summary FROM sheet WHERE id = ?"));
        query.addBindValue(sheetId);
        QVERIFY(query.exec() && query.next());
        const QString stored = words(query.value(0).toString());
        const QString all = words(typed.last().text);
        QVERIFY2(all.startsWith(stored), qPrintable(stored));
        const qint64 promised = killedAt - SheetAutosaver::kPromisedSeconds * 1000;
        QString mustHave;
        for (const Typed &key : std::as_const(typed)) {
            if (key.at <= promised)
                mustHave = words(key.text);
        }
        QVERIFY(mustHave.size() > 40); // several autosaves' worth of typing
        QVERIFY2(stored.startsWith(mustHave),
            qPrintable(QStringLiteral("stored %1 chars, typed %2 until %3 s before the kill")
                           .arg(stored.size())
                           .arg(mustHave.size())
                           .arg(SheetAutosaver::kPromisedSeconds)));
        qInfo("typed %d characters, %d stored, %d lost in the last %lld ms", int(all.size()),
            int(stored.size()), int(all.size() - stored.size()), killedAt - typed.last().at);

        // ...the journal says which sheet was open and what of it had been saved
        const QList<EditorJournal::Entry> left = EditorJournal::leftOpen(session->database());
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().sheetId, sheetId);
        QCOMPARE(left.first().title, QStringLiteral("Night-time mediation"));
        QCOMPARE(left.first().savedFields, QStringList {QStringLiteral("summary")});
        QVERIFY(!left.first().savedAt.isEmpty());

        // ...and the next start reopens the sheet and says what was recovered
        MainWindow window(*session);
        window.show();
        SheetEditor *editor = nullptr;
        QTRY_VERIFY((editor = SheetWindows::of(*session).editor(sheetId)));
        QVERIFY(editor->isVisible());
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("reopened")),
            qPrintable(window.statusBar()->currentMessage()));
        const QString message = editor->recoveryText();
        QVERIFY2(message.contains(QStringLiteral("“Night-time mediation”")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("(Summary)")), qPrintable(message));
        QCOMPARE(words(editor->row(QStringLiteral("summary"))->input()->value()), stored);
        SheetWindows::of(*session).closeAll();
        QVERIFY(EditorJournal::leftOpen(session->database()).isEmpty());
    }
};

QTEST_MAIN(TestSheetCrash)
#include "tst_sheetcrash.moc"
