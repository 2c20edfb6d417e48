// SPDX-License-Identifier: EUPL-1.2
// A test VFS registered over SQLite's default one (as SQLite's own test_vfs.c does): it
// counts every read, write, sync and truncate of every connection in the process, Qt's
// QSQLITE ones included (they use the same libsqlite3), and fails the N-th of them.
#pragma once

#include <QString>

namespace pactesur::test {

class FaultVfs
{
public:
    enum class Mode {
        // The N-th read, write, sync or truncate fails once with its own SQLITE_IOERR_*.
        OneShotIoError,
        // From the N-th read, write, sync or truncate on, every one of them fails.
        PersistentIoError,
        // From the N-th write on, every write fails with SQLITE_FULL: a disk that filled
        // up. Reads, syncs and truncates still work, as they do on a full disk.
        DiskFull,
    };

    // Registers the shim as the default VFS; later calls do nothing. Must run before the
    // first Database::open of the test, which then goes through it.
    static void install();

    // Counting restarts at zero and nothing fails.
    static void reset();
    // Counting restarts at zero; the `call`-th counted call (1-based) fails, and so do
    // later ones in the persistent modes.
    static void arm(int call, Mode mode);
    // Nothing fails any more; the counts stay readable.
    static void disarm();

    // Reads, writes, syncs and truncates since the last reset() or arm().
    static int calls();
    // Writes alone: what DiskFull counts to find its N-th call.
    static int writeCalls();
    static int callsFor(Mode mode) { return mode == Mode::DiskFull ? writeCalls() : calls(); }
    // Faults returned to SQLite since the last reset() or arm().
    static int faults();
    // What the first fault hit, for failure messages: "write #12 of /tmp/x/test.db-wal".
    static QString firstFault();
};

// Disarms when it goes out of scope, so a failed QVERIFY never leaves a fault armed.
class FaultScope
{
public:
    FaultScope(int call, FaultVfs::Mode mode) { FaultVfs::arm(call, mode); }
    ~FaultScope() { FaultVfs::disarm(); }
    FaultScope(const FaultScope &) = delete;
    FaultScope &operator=(const FaultScope &) = delete;
};

} // namespace pactesur::test
