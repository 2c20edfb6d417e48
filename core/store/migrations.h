// SPDX-License-Identifier: EUPL-1.2
// Forward-only schema migrations: version N is reached from N-1 by script N, never back.
#pragma once

#include "util/result.h"

namespace pactesur {

class Database;

class Migrations
{
public:
    static int latestVersion();
    // Applies every script above fromVersion, each in its own transaction with its
    // user_version bump, so an interruption leaves a consistent version behind.
    static Status apply(Database &db, int fromVersion);
    // The full schema of the latest version, as a fresh database would hold it.
    static QString script(int version);
};

} // namespace pactesur
