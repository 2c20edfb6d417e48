// SPDX-License-Identifier: EUPL-1.2
// Reads the dashboard's numbers off the GUI thread, with a read-only connection of its own
// (DESIGN.md section 4): at network scale the aggregates take longer than a frame.
#pragma once

#include "stats/dashboardstats.h"

#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace pactesur {

class DashboardLoader : public QObject
{
    Q_OBJECT
public:
    explicit DashboardLoader(QObject *parent = nullptr);
    // Waits for a read still running: its connection must close in its own thread.
    ~DashboardLoader() override;

    // Reads the numbers of the database file at `path`. A read already running finishes
    // unseen and this one follows it, so what arrives is never older than the request.
    void start(const QString &path, const QDate &today);
    bool isBusy() const { return m_thread != nullptr; }

signals:
    void loaded(const pactesur::DashboardStats &stats);
    // A translated sentence: the file could not be read.
    void failed(const QString &message);

private:
    struct Outcome
    {
        std::optional<DashboardStats> stats;
        QString error;
    };

    void launch();
    void finish();

    QThread *m_thread = nullptr;
    std::shared_ptr<Outcome> m_outcome;
    QString m_path;
    QDate m_today;
    bool m_pending = false;
};

} // namespace pactesur
