// SPDX-License-Identifier: EUPL-1.2
#include "syncrunner.h"

#include "session/exchangeworker.h"
#include "session/session.h"

namespace pactesur {

// Written by the round's thread, read once the worker says it finished.
struct SyncRunner::Outcome
{
    std::optional<Error> error;
    SyncReport report;
};

SyncRunner::SyncRunner(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_worker(new ExchangeWorker(this))
{
    connect(m_worker, &ExchangeWorker::finished, this, &SyncRunner::workerFinished);
}

SyncRunner::~SyncRunner()
{
    // First of all: the round posts to this object's signals until it ends.
    delete m_worker;
}

bool SyncRunner::start(
    const MailboxSettings &settings, const QString &password, incomingreview::Ask review)
{
    if (m_worker->isRunning())
        return false;
    m_outcome = std::make_shared<Outcome>();
    ExchangeWorker *worker = m_worker;
    return m_worker->start(m_session.database(),
        [this, worker, outcome = m_outcome, settings, password, review](Database &db) {
            Result<std::unique_ptr<Transport>> transport
                = MailboxSync::transportFor(settings, password);
            if (!transport) {
                outcome->error = transport.error();
                return;
            }
            MailboxSync::Options options;
            options.cancel = worker->cancelFlag();
            options.progress = [this, worker](const QString &step) {
                worker->post([this, step] { emit stepChanged(step); });
            };
            if (review) {
                options.importPackage
                    = incomingreview::importer(*worker, review, [&db](const QString &path) {
                          return Importer::run(db, path, Importer::Options {});
                      });
            }
            Result<SyncReport> report = MailboxSync::round(db, *transport.value(), options);
            if (report)
                outcome->report = std::move(report).value();
            else
                outcome->error = report.error();
        });
}

bool SyncRunner::isRunning() const
{
    return m_worker->isRunning();
}

void SyncRunner::cancel()
{
    m_worker->cancel();
}

bool SyncRunner::isCancelled() const
{
    return m_worker->isCancelled();
}

void SyncRunner::workerFinished()
{
    m_error = m_worker->openError() ? m_worker->openError() : m_outcome->error;
    m_report = m_outcome->report;
    emit finished();
}

} // namespace pactesur
