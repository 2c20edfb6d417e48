// SPDX-License-Identifier: EUPL-1.2
// The databases the growth bench measures: the given network and network4 files (made
// with the CLI when missing), and working copies of them, since a bench must never change
// the files it is given.
#pragma once

#include <QString>

namespace pactesur::bench {

struct Programs
{
    QString app; // pactesur
    QString cli; // pactesur-cli
    QString bareWindow; // bench_barewindow
    QString sqlite3; // the sqlite3 shell
};

// Where the build put the programs, found from this bench's own folder.
Programs findPrograms();

// `path` when it exists; otherwise makes it with `pactesur-cli init --coordinator` and
// `generate --scale <scale>`, saying so first (network takes minutes, network4 about 15).
bool ensureGenerated(
    const Programs &programs, const QString &path, const QString &scale, QString *error);

// Copies the database and its private keys file (`<db>.keys`, when there is one) to `to`
// and its `.keys`; the WAL too, so a copy of a file in use holds all its commits.
bool copyDatabase(const QString &from, const QString &to, QString *error);
void removeDatabase(const QString &path);

// Opens the copy once, so an older schema is migrated before anything is timed.
bool migrate(const QString &path, QString *error);

} // namespace pactesur::bench
