// SPDX-License-Identifier: EUPL-1.2
// What every report of issue 7 shares: it reads one database and writes one file, tells
// how far it got and stops when asked. The desktop runs a report on a worker thread with
// that thread's own Database connection; the CLI runs it in place.
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace pactesur {

class Database;

class ReportJob
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::ReportJob)
public:
    // Called on the report's thread; `total` may grow once the report knows more.
    using Progress = std::function<void(int done, int total)>;

    explicit ReportJob(Database &db);
    virtual ~ReportJob();
    ReportJob(const ReportJob &) = delete;
    ReportJob &operator=(const ReportJob &) = delete;

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // The report checks the flag between steps and returns an error when it is set; the
    // file is then left as it was.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // The formats this report writes: "pdf", "html", "csv", "ics".
    virtual QStringList formats() const = 0;
    // Reads what the report shows and writes it to `path` atomically. A format the report
    // does not write is Error::Usage.
    virtual Status write(const QString &format, const QString &path) = 0;

    // What a cancelled report returns.
    static Error cancelledError();

protected:
    Database &db() const { return m_db; }
    // Passes progress on; false when the caller asked to stop.
    bool advance(int done, int total) const;
    bool isCancelled() const;
    Status checkFormat(const QString &format) const;

private:
    Database &m_db;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace pactesur
