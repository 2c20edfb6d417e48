// SPDX-License-Identifier: EUPL-1.2
// Runs one long exchange job (a preview, an import, an export, a restore) on a thread of
// its own with its own connection to the database, reports progress and honours Cancel.
#pragma once

#include "util/result.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <optional>

class QThread;
class QTimer;

namespace pactesur {

class Database;

class ExchangeWorker : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<void(Database &db)>;

    explicit ExchangeWorker(QObject *parent = nullptr);
    // Cancels a running job and waits for it: a job never outlives what it reports to.
    ~ExchangeWorker() override;

    // Opens a second connection to the file of `sessionDatabase` inside the new thread and
    // runs `job` there. The session keeps the single-writer lock (DatabaseLock) for both, so
    // the second connection takes none: this process stays the only writer, and SQLite
    // serialises its two connections itself (WAL, busy timeout). Dialogs that write through
    // a job are modal, so the session does not write meanwhile. False if a job is running.
    bool start(const Database &sessionDatabase, Job job);
    bool isRunning() const { return m_thread != nullptr; }

    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel.load(); }
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }

    // For the job, on its thread. The GUI hears of progress at most every 50 ms, so a job
    // may call this as often as it likes.
    void setProgress(qint64 done, qint64 total);
    void setStage(int stage) { m_stage = stage; }
    // Runs `function` on the GUI thread, later; dropped if the worker is gone by then.
    void post(std::function<void()> function);

    // Set when the job could not run because the second connection failed to open.
    std::optional<Error> openError() const { return m_openError; }

signals:
    void progressChanged(qint64 done, qint64 total, int stage);
    // The same, emitted on the job's thread by every setProgress, before the GUI hears of
    // it: for an observer that must act at an exact point of the job, whatever the timer
    // sees (a direct connection; tests cancel an import before its first write with it).
    void progressSet(qint64 done, qint64 total, int stage);
    void finished();

private:
    void poll();
    void threadFinished();

    QThread *m_thread = nullptr;
    QTimer *m_poll = nullptr;
    std::atomic_bool m_cancel = false;
    std::atomic<qint64> m_done = 0;
    std::atomic<qint64> m_total = 0;
    std::atomic<int> m_stage = 0;
    qint64 m_shownDone = -1;
    qint64 m_shownTotal = -1;
    int m_shownStage = -1;
    std::optional<Error> m_openError;
};

} // namespace pactesur
