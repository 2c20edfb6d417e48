// SPDX-License-Identifier: EUPL-1.2
// A read of the database file on a thread of its own, with a read-only connection of its
// own (DESIGN.md section 4): for what takes longer than a frame (the dashboard's numbers) or
// must not delay the first paint (the inbox's count).
#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace pactesur {

class Database;

class BackgroundRead : public QObject
{
    Q_OBJECT
public:
    // Runs on the reading thread; it keeps what it read where its caller will look.
    using Work = std::function<void(const Database &db)>;

    explicit BackgroundRead(QObject *parent = nullptr);
    // Waits for a read still running: its connection must close in its own thread.
    ~BackgroundRead() override;

    // Runs `work` on the file at `path`. A read already running finishes unseen and this one
    // follows it, so what is announced is never older than the last request.
    void start(const QString &path, Work work);
    bool isBusy() const { return m_thread != nullptr; }

signals:
    // The last work asked for has run.
    void finished();
    // A translated sentence: the file could not be opened for the last work.
    void failed(const QString &message);

private:
    void launch();
    void finish();

    QThread *m_thread = nullptr;
    std::shared_ptr<QString> m_error;
    QString m_path;
    Work m_work;
    bool m_pending = false;
};

} // namespace pactesur
