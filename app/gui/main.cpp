// SPDX-License-Identifier: EUPL-1.2
// main() of the desktop app: wiring only. Opens the database, asks the role once, shows
// the main window; the screens live in ui/.
#include "exchange/exchangeactions.h"
#include "session/session.h"
#include "sheets/sheeteditor.h"
#include "sheets/sheetform.h"
#include "sheets/sheetwindows.h"
#include "shell/highcontrast.h"
#include "shell/mainwindow.h"
#include "shell/roledialog.h"
#include "shell/startprobe.h"
#include "shell/startupoptions.h"
#include "shell/uisettings.h"
#include "store/database.h"
#include "store/replica.h"
#include "util/privatefolder.h"
#include "util/translations.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>

using namespace pactesur;

namespace {

// --help and --version only print: they must work where there is no display (a terminal
// over ssh, help2man at build time), and QApplication aborts when the platform plugin
// cannot connect. They draw nothing, so the offscreen platform serves them.
void printOnlyWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--") // what follows is a file name, not an option
            return;
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version") {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

int fail(const Error &error)
{
    QMessageBox::critical(nullptr, QApplication::applicationName(), error.message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    printOnlyWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pactesur"));
    QApplication::setApplicationName(QStringLiteral("Pactesur"));
    QApplication::setApplicationVersion(QStringLiteral(PACTESUR_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/pactesur/icons/pactesur.svg")));

    if (UiSettings::highContrast())
        HighContrast::apply(true);
    // The saved or system language first, so --help already speaks it.
    const QString saved = UiSettings::language();
    Translations::install(saved.isEmpty() ? Translations::systemLanguage() : saved);
    const StartupOptions options = StartupOptions::parse(app);
    if (options.language != Translations::current() && !Translations::install(options.language))
        Translations::install(QStringLiteral("en"));

    Result<std::unique_ptr<Database>> opened = Session::openSeeded(options.databasePath);
    if (!opened)
        return fail(opened.error());
    Session session(std::move(opened).value());

    if (!Replica::load(session.database()).isSet()) {
        if (options.takesScreenshot()) {
            // Screenshots run unattended: nobody is there to answer the question.
            const Result<Identity> identity
                = Replica::initialise(session.database(), QStringLiteral("coordinator"), {});
            if (!identity)
                return fail(identity.error());
        } else {
            RoleDialog dialog(session.database());
            if (dialog.exec() != QDialog::Accepted)
                return 0;
        }
    }

    MainWindow window(session);
    if (!options.section.isEmpty())
        window.showSection(options.section);
    // The release's pictures are 1280x800; on a smaller screen, the screen's size, as a
    // user there would see it (issue 18 checks 1366x768).
    const QSize screen = window.screen()->availableGeometry().size();
    if (options.takesScreenshot())
        window.resize(QSize(1280, 800).boundedTo(screen));
    StartProbe::watch(&window);
    window.show();
    // Plaintext a killed import or export left in the temporary folder goes, after the
    // first paint.
    QTimer::singleShot(0, &window, [] { PrivateFolder::sweepAbandoned(); });
    if (!options.packagePath.isEmpty()) {
        // Opened from a file manager: the package's preview, over the window.
        QTimer::singleShot(0, &window,
            [&window, path = options.packagePath] { window.exchangeActions()->openPackage(path); });
    }

    if (options.takesScreenshot()) {
        // $PACTESUR_SCREENSHOT_SHEET: the editor of this sheet is the picture instead.
        QWidget *shown = &window;
        if (const QString sheet = qEnvironmentVariable("PACTESUR_SCREENSHOT_SHEET");
            !sheet.isEmpty()) {
            if (SheetEditor *editor = SheetWindows::of(session).open(sheet, &window)) {
                editor->resize(QSize(1280, 860).boundedTo(screen));
                shown = editor;
                // $PACTESUR_SCREENSHOT_SHEET_SECTION: scrolled to this section ("actions").
                const QString section = qEnvironmentVariable("PACTESUR_SCREENSHOT_SHEET_SECTION");
                if (!section.isEmpty())
                    QTimer::singleShot(400, editor,
                        [editor, section] { editor->form()->scrollToSection(section); });
            }
        }
        QTimer::singleShot(700, shown, [shown, &options] {
            const bool saved = shown->grab().save(options.screenshotPath, "PNG");
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
