// SPDX-License-Identifier: EUPL-1.2
// What the kill -9 trials share (issue 16): how many trials and at what scale, a random
// moment to kill at, copies of databases, and the checks after a kill (integrity, state
// digest, and a lock that does not block the next start).
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QVariant>

#include <random>

namespace pactesur::test::kill {

// PACTESUR_KILL_TRIALS per operation (10 unless set; the full run is 100).
int trialsPerOperation();
// PACTESUR_KILL_IMPORT_SCALE: the generator scale of the imported and restored data
// ("small" unless set; "network" for the full run).
QString dataScale();
// One generator for a test, seeded from PACTESUR_KILL_SEED (a fixed seed unless set),
// printed so that a failing run can be repeated.
std::mt19937 makeRandom(const char *operation);
int uniformMs(std::mt19937 &random, qint64 maxMs);

// Runs pactesur-cli to its end however long it takes (runCli stops at a minute, less than
// network-scale steps take on a busy machine); its exit code, stderr shown on failure.
int cli(const QStringList &arguments);
// `pactesur-cli --db PATH check --json`.
QJsonObject check(const QString &path);
QString digestOf(const QString &path);

// One value read straight from a file with SQLite (no lock, no migration): for what check
// does not show, such as local counters, or a database that must not be migrated yet.
QVariant rawValue(const QString &path, const QString &query);
// `PRAGMA quick_check` of a file that is not opened as a Database (backups, old versions).
bool rawQuickCheck(const QString &path);

// Copies a database with its keys, after removing whatever `to` left (WAL, lock, keys).
bool copyDatabase(const QString &from, const QString &to);
void removeDatabase(const QString &path);

// What the next start finds after a kill: a lock file left behind by the dead process must
// not stop it. Opens the database for writing (taking the lock) the way the app and every
// writing CLI command do, and closes it again.
struct NextStart
{
    bool lockFileWasLeft = false;
    bool opened = false;
    qint64 openMs = 0;
    QString error;
    // pactesur-private-* folders (plaintext packages) left after the next start of the
    // CLI: that must be 0.
    int privateFoldersAfterNextStart = 0;
};
NextStart openAfterKill(const QString &path);

// A subject program (or the CLI) that is killed with SIGKILL at a chosen moment.
class KilledProcess
{
public:
    // Starts `program` and, when `startLine` is not empty, waits until it prints a line
    // starting with it (the operation begins right after). False if it never did.
    bool start(const QString &program, const QStringList &arguments,
        const QString &startLine = {}, int timeoutMs = 60000);
    // Waits `delayMs` from the start (line), then SIGKILL; returns the time of the kill
    // in ms since the epoch.
    qint64 killAfter(int delayMs);
    // Lines printed before the kill (without their line end).
    const QStringList &lines() const { return m_lines; }
    bool printed(const QString &prefix) const;
    // From the "start MS" line to the "done MS" line of a run that was not killed; -1 when
    // the operation did not finish.
    qint64 operationMs() const;
    bool exitedBeforeKill() const { return m_exitedBeforeKill; }
    // pactesur-private-* folders in the trials' temporary folder right after the kill.
    int privateFoldersLeft() const { return m_privateFoldersLeft; }
    QProcess &process() { return m_process; }
    void readLines();

private:
    QProcess m_process;
    QStringList m_lines;
    QByteArray m_pending;
    qint64 m_startedAt = 0;
    int m_privateFoldersLeft = 0;
    bool m_exitedBeforeKill = false;
};

// The tally every operation prints at its end, in the same words, for the report.
struct Tally
{
    QString operation;
    int trials = 0;
    int midway = 0; // the kill landed inside the operation
    int before = 0; // found the state before the operation
    int after = 0; // found the state after it
    int partial = 0; // anything else: must stay 0
    int lockFilesLeft = 0; // lock files the dead process left behind
    int staleLocks = 0; // ...that stopped the next start: must stay 0
    int privateFoldersLeft = 0; // plaintext folders of killed processes
    qint64 slowestNextStartMs = 0;
    void countNextStart(const NextStart &next);
    void print() const;
};

} // namespace pactesur::test::kill
