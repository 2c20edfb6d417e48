// SPDX-License-Identifier: EUPL-1.2
#include "attentioncounter.h"

#include "exchange/conflicts.h"
#include "exchange/notices.h"
#include "session/session.h"
#include "store/database.h"

#include <QThread>

namespace pactesur {

AttentionCounter::AttentionCounter(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_session, &Session::recordsChanged, this, &AttentionCounter::refresh);
    connect(&m_session, &Session::databaseReplaced, this, &AttentionCounter::refresh);
}

AttentionCounter::~AttentionCounter()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void AttentionCounter::refresh()
{
    if (m_thread) {
        m_pending = true;
        return;
    }
    launch();
}

void AttentionCounter::launch()
{
    m_reading = std::make_shared<Counts>();
    m_readingPath = m_session.database().path();
    m_thread = QThread::create([path = m_readingPath, counts = m_reading] {
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        options.takeLock = false; // the session holds the file's write lock
        Result<std::unique_ptr<Database>> opened = Database::open(path, options);
        if (!opened)
            return; // the inbox says why when it is opened; the count stays as it was
        counts->openConflicts = Conflicts::openCount(*opened.value());
        counts->refusedChanges = Notices::count(*opened.value());
    });
    m_thread->setObjectName(QStringLiteral("attentionCounter"));
    connect(m_thread, &QThread::finished, this, &AttentionCounter::finish);
    m_thread->start();
}

void AttentionCounter::finish()
{
    if (!m_thread || !m_thread->isFinished())
        return;
    m_thread->wait(); // finished is sent just before the thread ends
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Counts> counts = std::move(m_reading);
    // Another file was opened meanwhile, or a change came in: read again before showing.
    if (m_pending || m_readingPath != m_session.database().path()) {
        m_pending = false;
        launch();
        return;
    }
    if (counts->openConflicts < 0 || counts->refusedChanges < 0)
        return;
    if (counts->openConflicts == m_openConflicts && counts->refusedChanges == m_refusedChanges)
        return;
    m_openConflicts = counts->openConflicts;
    m_refusedChanges = counts->refusedChanges;
    emit countsChanged();
}

} // namespace pactesur
