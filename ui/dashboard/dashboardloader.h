// SPDX-License-Identifier: EUPL-1.2
// Reads the dashboard's numbers off the GUI thread, with a read-only connection of its own
// (DESIGN.md section 4): at network scale the aggregates take longer than a frame.
#pragma once

#include "stats/dashboardstats.h"

#include <QObject>

#include <memory>
#include <optional>

namespace pactesur {

class BackgroundRead;

class DashboardLoader : public QObject
{
    Q_OBJECT
public:
    explicit DashboardLoader(QObject *parent = nullptr);

    // Reads the numbers of the database file at `path`. A read already running finishes
    // unseen and this one follows it, so what arrives is never older than the request.
    void start(const QString &path, const QDate &today);
    bool isBusy() const;

signals:
    void loaded(const pactesur::DashboardStats &stats);
    // A translated sentence: the file could not be read.
    void failed(const QString &message);

private:
    BackgroundRead *m_read = nullptr;
    // What the last read asked for fills.
    std::shared_ptr<std::optional<DashboardStats>> m_stats;
};

} // namespace pactesur
