// SPDX-License-Identifier: EUPL-1.2
// pactesur-cli: the headless entry point; the commands live in core/cli.
#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pactesur"));
    QCoreApplication::setApplicationName(QStringLiteral("Pactesur"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PACTESUR_VERSION));
    return pactesur::Cli::run(QCoreApplication::arguments().mid(1));
}
