// SPDX-License-Identifier: EUPL-1.2
// The program tst_sheetcrash kills: it opens the sheet editor on a new sheet of the database
// it is given and types into the summary at a steady pace, saying on stdout after each key
// what has been typed so far and when, until it is killed.
#include "guitestsupport.h"
#include "model/kinds.h"
#include "session/session.h"
#include "sheets/sheeteditor.h"
#include "sheets/sheetform.h"
#include "sheets/sheetwindows.h"

#include <QApplication>
#include <QDateTime>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace pactesur;

namespace {
// Letters and spaces only: what is typed and what Markdown stores are the same words.
const char kText[] = "night mediators walk the old town and calm conflicts before they grow ";
constexpr int kKeyIntervalMs = 50;
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATABASE\n", argv[0]);
        return 2;
    }
    test::prepareGuiTests();
    std::unique_ptr<Session> session = test::openSession(QString::fromLocal8Bit(argv[1]));
    const Result<QString> id = session->createRecord(Kinds::get(QStringLiteral("sheets")),
        {{QStringLiteral("title"), QStringLiteral("Night-time mediation")},
            {QStringLiteral("city"), QStringLiteral("nice")},
            {QStringLiteral("language"), QStringLiteral("en")}});
    if (!id) {
        std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
        return 1;
    }
    std::printf("sheet %s\n", qPrintable(id.value()));
    std::fflush(stdout);

    SheetEditor *editor = SheetWindows::of(*session).open(id.value(), nullptr);
    if (!QTest::qWaitForWindowActive(editor))
        return 1;
    editor->form()->focusField(QStringLiteral("summary"));
    QWidget *target = QApplication::focusWidget();

    QString typed;
    int next = 0;
    QTimer keys;
    keys.setInterval(kKeyIntervalMs);
    QObject::connect(&keys, &QTimer::timeout, [&] {
        const char key = kText[next];
        next = (next + 1) % int(sizeof(kText) - 1);
        QTest::keyClick(target, key);
        typed += QLatin1Char(key);
        std::printf("typed %lld %s\n", QDateTime::currentMSecsSinceEpoch(), qPrintable(typed));
        std::fflush(stdout);
    });
    keys.start();
    return QApplication::exec();
}
