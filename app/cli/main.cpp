// SPDX-License-Identifier: EUPL-1.2
// pactesur-cli: the headless entry point; the commands live in core/cli, the report
// command in core/report.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "report/reportcommands.h"
#include "util/privatefolder.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace {

// Reports lay out text and draw images, which takes a QGuiApplication; every other
// command stays a plain QCoreApplication, quick to start and with no platform plugin.
bool needsGui(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    try {
        return pactesur::cli::parse(arguments).command == QLatin1String("report");
    } catch (const pactesur::cli::UsageError &) {
        return false; // Cli::run() reports the mistake
    }
}

// The CLI's stderr carries one sentence per error (DESIGN.md section 8). Qt's own notes
// about the platform (a missing XDG_RUNTIME_DIR when run as root, fonts) are not the
// user's business there; real trouble still shows.
void quietQtNotes(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        // A terminal, a script or a server has no display: draw off screen unless told.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietQtNotes);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Pactesur"));
    QCoreApplication::setApplicationName(QStringLiteral("Pactesur"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACTESUR_VERSION));
    pactesur::ReportCommands::registerWithCli();
    // Plaintext a killed import or export left in the temporary folder goes now.
    pactesur::PrivateFolder::sweepAbandoned();
    return pactesur::Cli::run(QCoreApplication::arguments().mid(1));
}
