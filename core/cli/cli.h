// SPDX-License-Identifier: EUPL-1.2
// pactesur-cli: the command-line contract of DESIGN.md section 8, for scripts and tests.
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace pactesur {

namespace cli {
struct Context;
}

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Cli)
public:
    // A command that lives outside core, in a library core must not depend on (the
    // reports need Qt GUI). The executable adds it before run().
    struct ExtraCommand
    {
        QString name; // "report"
        bool writes = false; // takes the database's write lock
        std::function<QString()> help; // its lines of --help, translated when shown
        std::function<int(cli::Context &)> run;
        QStringList firstArguments; // what shell completion offers after the name
    };
    static void addCommand(ExtraCommand command);

    // Runs one command; returns the exit code (0 done, 1 failure, 2 usage, 3 rejected).
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace pactesur
