// SPDX-License-Identifier: EUPL-1.2
// The single-writer lock beside a database file.
//
// QLockFile was used first, but a process killed between creating its lock file and
// writing its PID into it leaves an empty file that QLockFile can never prove stale (with
// no stale time it blocks for good; with one, a live owner's lock could be broken). This
// lock is an flock(2) on the file instead: the kernel drops it when the owner dies,
// however it dies, so there is no stale state to guess about.
#pragma once

#include <QString>

#include <utility>

namespace pactesur {

class DatabaseLock
{
public:
    enum class Outcome { Acquired, HeldElsewhere, Unavailable };

    explicit DatabaseLock(QString path)
        : m_path(std::move(path))
    { }
    ~DatabaseLock() { release(); }

    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    // Never waits: another holder (window, CLI, or this process) answers HeldElsewhere.
    Outcome tryAcquire();
    void release();
    bool isHeld() const { return m_fd >= 0; }
    QString path() const { return m_path; }

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace pactesur
