// SPDX-License-Identifier: EUPL-1.2
// The program the kill -9 trials kill (issue 16). It performs one operation and says on
// stdout, flushed, when the operation starts and when it is done, with the monotonic time:
//   crashsubject migrate DATABASE          opens (and so migrates) an old database
//   crashsubject restore DATABASE BACKUP   restores a backup into the open database
//   crashsubject type DATABASE SHEET_ID    types into the summary of a practice sheet in
//                                          the sheet editor, at a human pace, until killed
// While typing it prints "typed MS HEX" for each character (its code point in hex, so that
// spaces and letters beyond ASCII survive the line format).
#include "exchange/backups.h"
#include "guitestsupport.h"
#include "monotonic.h"
#include "session/session.h"
#include "sheets/sheeteditor.h"
#include "sheets/sheetform.h"
#include "sheets/sheetwindows.h"
#include "store/database.h"

#include <QApplication>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <random>

using namespace pactesur;
using test::kill::monotonicMs;

namespace {

// Words of several scripts: what is stored must never end inside a character. Letters and
// spaces only, so that what is typed and what Markdown stores are the same words.
const QString kText = QStringLiteral(
    "Nakts mediatori staigā pa vecpilsētu un nomierina konfliktus ķēdē "
    "Łódź żółć ŻŹĆ straße grüße Ωμέγα πόλη ночные медиаторы ");

void say(const char *what, const QString &detail = {})
{
    std::printf("%s %lld %s\n", what, monotonicMs(), qPrintable(detail));
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "crashsubject: %s\n", qPrintable(message));
    return 1;
}

int migrate(const QString &path)
{
    say("start");
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return fail(db.error().message);
    say("done", QString::number(db.value()->schemaVersion()));
    return 0;
}

int restore(const QString &path, const QString &backup)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return fail(db.error().message);
    say("start");
    const Result<QString> undo = Backups::restore(*db.value(), backup);
    if (!undo)
        return fail(undo.error().message);
    say("done", undo.value());
    return 0;
}

// One key: QTest::keyClick takes Latin-1 only, so other letters go as a key event with text.
void typeCharacter(QWidget *target, QChar character)
{
    QTest::sendKeyEvent(
        QTest::Click, target, Qt::Key_unknown, QString(character), Qt::NoModifier);
}

int type(const QString &path, const QString &sheetId)
{
    test::prepareGuiTests();
    std::unique_ptr<Session> session = test::openSession(path);
    SheetEditor *editor = SheetWindows::of(*session).open(sheetId, nullptr);
    if (!editor || !QTest::qWaitForWindowActive(editor))
        return fail(QStringLiteral("the sheet editor did not open"));
    editor->form()->focusField(QStringLiteral("summary"));
    QWidget *target = QApplication::focusWidget();
    if (!target)
        return fail(QStringLiteral("no field has the focus"));
    say("start");

    // A human pace: 20 to 50 ms between keys.
    std::mt19937 random {quint32(monotonicMs())};
    std::uniform_int_distribution<int> pause(20, 50);
    int next = 0;
    QTimer keys;
    keys.setSingleShot(true);
    QObject::connect(&keys, &QTimer::timeout, [&] {
        const QChar character = kText.at(next);
        next = (next + 1) % int(kText.size());
        typeCharacter(target, character);
        say("typed", QString::number(character.unicode(), 16));
        keys.start(pause(random));
    });
    keys.start(pause(random));
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const auto argument = [&](int index) { return QString::fromLocal8Bit(argv[index]); };
    if (mode == "type" && argc == 4) {
        QApplication app(argc, argv);
        return type(argument(2), argument(3));
    }
    QCoreApplication app(argc, argv);
    if (mode == "migrate" && argc == 3)
        return migrate(argument(2));
    if (mode == "restore" && argc == 4)
        return restore(argument(2), argument(3));
    std::fprintf(stderr,
        "usage: %s migrate DATABASE | restore DATABASE BACKUP | type DATABASE SHEET_ID\n",
        argv[0]);
    return 2;
}
