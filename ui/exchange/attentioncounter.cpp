// SPDX-License-Identifier: EUPL-1.2
#include "attentioncounter.h"

#include "exchange/conflicts.h"
#include "exchange/notices.h"
#include "session/backgroundread.h"
#include "session/session.h"
#include "store/database.h"

namespace pactesur {

AttentionCounter::AttentionCounter(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_read(new BackgroundRead(this))
{
    // A file that cannot be read keeps the count as it was: the inbox says why once opened.
    connect(m_read, &BackgroundRead::finished, this, &AttentionCounter::show);
    connect(&m_session, &Session::recordsChanged, this, &AttentionCounter::refresh);
    connect(&m_session, &Session::databaseReplaced, this, &AttentionCounter::refresh);
}

void AttentionCounter::refresh()
{
    m_reading = std::make_shared<Counts>();
    m_read->start(m_session.database().path(), [counts = m_reading](const Database &db) {
        counts->openConflicts = Conflicts::openCount(db);
        counts->refusedChanges = Notices::count(db);
    });
}

void AttentionCounter::show()
{
    if (m_reading->openConflicts == m_openConflicts
        && m_reading->refusedChanges == m_refusedChanges)
        return;
    m_openConflicts = m_reading->openConflicts;
    m_refusedChanges = m_reading->refusedChanges;
    emit countsChanged();
}

} // namespace pactesur
