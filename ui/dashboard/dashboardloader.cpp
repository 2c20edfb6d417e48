// SPDX-License-Identifier: EUPL-1.2
#include "dashboardloader.h"

#include "session/backgroundread.h"

namespace pactesur {

DashboardLoader::DashboardLoader(QObject *parent)
    : QObject(parent)
    , m_read(new BackgroundRead(this))
{
    connect(m_read, &BackgroundRead::finished, this, [this] {
        if (m_stats && m_stats->has_value())
            emit loaded(**m_stats);
    });
    connect(m_read, &BackgroundRead::failed, this, &DashboardLoader::failed);
}

void DashboardLoader::start(const QString &path, const QDate &today)
{
    m_stats = std::make_shared<std::optional<DashboardStats>>();
    m_read->start(path, [stats = m_stats, today](const Database &db) {
        *stats = DashboardStats::compute(db, today);
    });
}

bool DashboardLoader::isBusy() const
{
    return m_read->isBusy();
}

} // namespace pactesur
