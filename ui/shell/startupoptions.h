// SPDX-License-Identifier: EUPL-1.2
// What the desktop app was asked to do at start: the command line and the environment.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace pactesur {

class StartupOptions
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::StartupOptions)
public:
    // --db FILE, else $PACTESUR_DB, else the default database.
    QString databasePath;
    // --language CODE, else the saved choice, else the system's language.
    QString language;
    // A .pactesur file given on the command line (as a file manager does): its import
    // preview opens once the window is up.
    QString packagePath;
    // $PACTESUR_SCREENSHOT: save the window to this PNG once shown, then quit.
    QString screenshotPath;
    // $PACTESUR_SCREENSHOT_SECTION: the section to show ("cities", "dashboard", ...).
    QString section;

    bool takesScreenshot() const { return !screenshotPath.isEmpty(); }

    // Exits the process for --help, --version and usage errors, as QCommandLineParser does.
    static StartupOptions parse(const QCoreApplication &app);
};

} // namespace pactesur
