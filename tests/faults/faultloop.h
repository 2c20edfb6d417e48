// SPDX-License-Identifier: EUPL-1.2
// The loop of the I/O-fault tests: an operation runs once with counting only, then once per
// I/O call it makes with that call failing, each time on a fresh copy of its starting
// files; after every run the database, its state digest, the message and the files the
// operation leaves are checked, and the same operation must then succeed without faults.
#pragma once

#include "faultvfs.h"

#include "store/database.h"
#include "util/clock.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

namespace pactesur::test {

struct FaultyOperation
{
    QString name;
    // Everything the operation starts from (database, its .keys, backups, packages); copied
    // for every run so that each starts from the same bytes.
    QString preparedFolder;
    QString databaseFile; // relative to the folder
    // Migration opens the database itself: the harness leaves `db` empty for it.
    bool opensDatabase = false;
    std::function<Status(std::unique_ptr<Database> &db, const QString &folder)> run;
    // What a person does after a failure to finish the job; `run` again when null.
    std::function<Status(std::unique_ptr<Database> &db, const QString &folder)> retry;
    // The files the operation leaves beside the database: complete, or absent. Returns the
    // problem, or an empty string. `succeeded` says what the operation reported.
    std::function<QString(const QString &folder, bool succeeded)> checkFiles;
};

// What one loop did, for the report.
struct FaultTally
{
    int callsPerRun = 0; // in the fault-free run: reads, writes, syncs, truncates
    int writesPerRun = 0;
    int runs = 0;
    int faultsInjected = 0; // runs in which the fault was actually hit
    int failuresReported = 0; // runs that returned an error
    int succeededDespiteFault = 0; // a fault the operation recovered from, checked complete
    int silentFailures = 0; // said "done" but the state or files are not "after"
    int brokenDatabases = 0; // integrity_check failed, or a state neither before nor after
    int rawMessages = 0; // an error that was not one plain sentence of ours
    int badFiles = 0; // a half-written file left, or a kept file damaged, after an error
    int failedRetries = 0; // the next attempt without faults did not succeed or was wrong
    // A fault reported as rejected input ("No practice sheet has the id …", "This
    // database has no role yet"): a read that failed taken for "no row", which tells the
    // person something false and makes the CLI exit 3 where DESIGN.md section 8 says 1.
    int reportedAsRejected = 0;
    QStringList problems; // one line per failed check, naming the run
    QSet<QString> messages; // the distinct errors the person was shown, run folder elided

    QString summary(const QString &operation, const QString &mode) const;
};

class FaultLoop
{
public:
    explicit FaultLoop(FaultyOperation operation);

    // The fault-free run: the digests before and after, and how many calls it makes.
    // False (with `problems` in the tally) when even that run fails.
    bool measure();
    // Runs with the n-th call failing for every stride-th n up to the calls measured (each
    // mode from another offset, so that strides of the three modes hit different calls),
    // and for the last call.
    FaultTally loop(FaultVfs::Mode mode, int stride);
    // Every call when PACTESUR_IOFAULT_FULL=1, else every `ciStride`-th.
    static int strideFor(int ciStride);

    QString digestBefore() const { return m_before; }
    QString digestAfter() const { return m_after; }
    int calls() const { return m_calls; }
    int writes() const { return m_writes; }

    // The fixed time every run's database sees: the same writes get the same stamps.
    static QDateTime fixedNow();

private:
    QString copyPrepared() const;
    void runOnce(int call, FaultVfs::Mode mode, FaultTally &tally);
    std::unique_ptr<Database> openDatabase(const QString &path, QString *problem) const;

    FaultyOperation m_operation;
    FixedClock m_clock;
    QString m_before;
    QString m_after;
    int m_calls = 0;
    int m_writes = 0;
    QString m_measureProblem;
};

// Runs the loop in every mode (one-shot, disk full, persistent), each over every
// `strideFor(ciStride)`-th call, and logs each tally for the report. Returns the problems
// found (none when all is well), the first few of each mode.
QStringList runAllModes(FaultLoop &loop, const QString &operation, int ciStride);

// Checks shared by the operations.
namespace faultcheck {
// "ok", or the first rows integrity_check reports; for a database of ours or a backup.
QString integrity(const QString &path);
// The state digest of a database file opened read-only (a backup, a package's receiver).
QString digestOf(const QString &path);
// Files under `folder` that are neither SQLite sidecars nor lock files, relative paths.
QStringList files(const QString &folder);
// Where the runs' files go: memory-backed when the system has it.
QString scratchRoot();
// One plain sentence of ours, not SQLite's or Qt's words alone.
bool isPlainMessage(const QString &message);
// Copies a folder and everything under it.
bool copyFolder(const QString &from, const QString &to);
} // namespace faultcheck

} // namespace pactesur::test
