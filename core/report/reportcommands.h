// SPDX-License-Identifier: EUPL-1.2
// The CLI's report command (DESIGN.md section 8): report KIND [ID] --format F --out FILE.
// It lives here rather than in core/cli because documents need Qt GUI; pactesur-cli adds
// it to the commands at start-up.
#pragma once

#include <QCoreApplication>

namespace pactesur {

namespace cli {
struct Context;
}

class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::ReportCommands)
public:
    // Adds "report" to Cli's commands; call once, before Cli::run().
    static void registerWithCli();
    static int run(cli::Context &context);
    static QString help();
};

} // namespace pactesur
