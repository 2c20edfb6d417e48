// SPDX-License-Identifier: EUPL-1.2
// The yardstick of DESIGN.md section 9: a bare Qt Widgets window, shown then closed, so
// that `/usr/bin/time -f %M` gives its peak memory and start time to compare the app with.
// With $PACTESUR_QUIT_WHEN_INTERACTIVE it reports and quits like the app (StartProbe).
#include "shell/startprobe.h"

#include <QApplication>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    pactesur::StartProbe::watch(&window);
    window.show();
    QTimer::singleShot(700, &app, &QApplication::quit);
    return app.exec();
}
