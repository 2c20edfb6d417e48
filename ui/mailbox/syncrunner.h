// SPDX-License-Identifier: EUPL-1.2
// Runs one mailbox round on an ExchangeWorker (its own thread and database connection),
// tells its steps as it goes and keeps what it ended with.
#pragma once

#include "incomingreview.h"
#include "mailbox/mailboxsync.h"

#include <QObject>

#include <memory>
#include <optional>

namespace pactesur {

class ExchangeWorker;
class Session;

class SyncRunner : public QObject
{
    Q_OBJECT
public:
    explicit SyncRunner(Session &session, QObject *parent = nullptr);
    // Cancels a running round and waits for it.
    ~SyncRunner() override;

    // Starts a round with the mailbox of `settings`. The transport is made on the round's
    // thread, where the WebDAV transport's network access must live. With `review`, each
    // package addressed to us is shown through it before it is imported. False if a round
    // is running.
    bool start(
        const MailboxSettings &settings, const QString &password, incomingreview::Ask review = {});
    bool isRunning() const;
    void cancel();
    bool isCancelled() const;

    // Once finished: the round's report, or why it could not run at all.
    std::optional<Error> error() const { return m_error; }
    const SyncReport &report() const { return m_report; }

signals:
    // A step of the round ("Downloading 3-ab12….pactesur…"), already translated.
    void stepChanged(const QString &step);
    void finished();

private:
    struct Outcome;
    void workerFinished();

    Session &m_session;
    ExchangeWorker *m_worker = nullptr;
    std::shared_ptr<Outcome> m_outcome;
    std::optional<Error> m_error;
    SyncReport m_report;
};

} // namespace pactesur
