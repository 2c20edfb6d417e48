// SPDX-License-Identifier: EUPL-1.2
// A private temporary folder (0700) for what must never outlive its process: the plain
// SQLite form of a sealed package, a mailbox round's downloads.
//
// QTemporaryDir removes its folder when it goes out of scope, but a process that is
// killed (power cut, out of memory, kill -9) never gets there, and the plaintext of a
// package would stay in the temporary folder. So each folder holds a lock file its owner
// keeps flock'ed, and every new private folder first sweeps the folders whose owner is
// gone: plaintext left by a killed process lives only until the next import, export or
// mailbox round, and never past the next start of the app or the CLI.
#pragma once

#include <QString>

namespace pactesur {

class PrivateFolder
{
public:
    PrivateFolder();
    ~PrivateFolder();

    PrivateFolder(const PrivateFolder &) = delete;
    PrivateFolder &operator=(const PrivateFolder &) = delete;

    bool isValid() const { return m_lockFd >= 0; }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const;

    // Removes the private folders of processes that are gone. Returns how many.
    static int sweepAbandoned();
    // Where private folders are made: the system's temporary folder (TMPDIR).
    static QString parentFolder();

private:
    QString m_path;
    int m_lockFd = -1;
};

} // namespace pactesur
