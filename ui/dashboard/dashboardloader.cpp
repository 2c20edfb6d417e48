// SPDX-License-Identifier: EUPL-1.2
// Reads the dashboard's numbers off the GUI thread, with a read-only connection of its own
// (DESIGN.md section 4): at network scale the aggregates take longer than a frame.
#include "dashboardloader.h"

#include "store/database.h"

#include <QThread>

namespace pactesur {

DashboardLoader::DashboardLoader(QObject *parent)
    : QObject(parent)
{ }

DashboardLoader::~DashboardLoader()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void DashboardLoader::start(const QString &path, const QDate &today)
{
    m_path = path;
    m_today = today;
    if (m_thread) {
        m_pending = true;
        return;
    }
    launch();
}

void DashboardLoader::launch()
{
    m_outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([path = m_path, today = m_today, outcome = m_outcome] {
        Database::Options options;
        options.access = Database::Access::ReadOnly;
        options.takeLock = false; // the session holds the file's write lock
        Result<std::unique_ptr<Database>> opened = Database::open(path, options);
        if (!opened) {
            outcome->error = opened.error().message;
            return;
        }
        outcome->stats = DashboardStats::compute(*opened.value(), today);
    });
    m_thread->setObjectName(QStringLiteral("dashboardLoader"));
    connect(m_thread, &QThread::finished, this, &DashboardLoader::finish);
    m_thread->start();
}

void DashboardLoader::finish()
{
    if (!m_thread || !m_thread->isFinished())
        return;
    m_thread->wait(); // finished is sent just before the thread ends
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (m_pending) {
        m_pending = false;
        launch();
    } else if (outcome->stats) {
        emit loaded(*outcome->stats);
    } else {
        emit failed(outcome->error);
    }
}

} // namespace pactesur
