// SPDX-License-Identifier: EUPL-1.2
#include "exchangeworker.h"

#include "store/database.h"

#include <QThread>
#include <QTimer>

namespace pactesur {

ExchangeWorker::ExchangeWorker(QObject *parent)
    : QObject(parent)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &ExchangeWorker::poll);
}

ExchangeWorker::~ExchangeWorker()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ExchangeWorker::start(const Database &sessionDatabase, Job job)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_stage = 0;
    m_shownDone = m_shownTotal = m_shownStage = -1;
    m_openError.reset();
    const QString path = sessionDatabase.path();
    const Clock *clock = &sessionDatabase.clock();
    m_thread = QThread::create([this, path, clock, job = std::move(job)] {
        Database::Options options;
        options.clock = clock;
        options.takeLock = false;
        Result<std::unique_ptr<Database>> opened = Database::open(path, options);
        if (!opened) {
            m_openError = opened.error();
            return;
        }
        // The connection is made, used and closed on this thread: it belongs to it.
        job(*opened.value());
    });
    m_thread->setObjectName(QStringLiteral("pactesur-exchange"));
    connect(m_thread, &QThread::finished, this, &ExchangeWorker::threadFinished);
    m_thread->start();
    m_poll->start();
    return true;
}

void ExchangeWorker::setProgress(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    emit progressSet(done, total, m_stage);
}

void ExchangeWorker::post(std::function<void()> function)
{
    QMetaObject::invokeMethod(this, std::move(function), Qt::QueuedConnection);
}

void ExchangeWorker::poll()
{
    const qint64 done = m_done;
    const qint64 total = m_total;
    const int stage = m_stage;
    if (done == m_shownDone && total == m_shownTotal && stage == m_shownStage)
        return;
    m_shownDone = done;
    m_shownTotal = total;
    m_shownStage = stage;
    emit progressChanged(done, total, stage);
}

void ExchangeWorker::threadFinished()
{
    m_poll->stop();
    poll();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    emit finished();
}

} // namespace pactesur
