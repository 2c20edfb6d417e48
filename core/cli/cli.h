// SPDX-License-Identifier: EUPL-1.2
// pactesur-cli: the command-line contract of DESIGN.md section 8, for scripts and tests.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pactesur {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Cli)
public:
    // Runs one command; returns the exit code (0 done, 1 failure, 2 usage, 3 rejected).
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace pactesur
