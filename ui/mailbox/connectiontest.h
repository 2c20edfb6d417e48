// SPDX-License-Identifier: EUPL-1.2
// Settings ▸ Mailbox's Test Connection: lists the mailbox's root once, off the GUI thread.
#pragma once

#include "mailbox/mailboxstate.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace pactesur {

class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTest(QObject *parent = nullptr);
    // Cancels a running test and waits for it (a WebDAV request stops within 100 ms).
    ~ConnectionTest() override;

    // Makes the transport on a thread of its own and lists the root there: the WebDAV
    // transport's network access belongs to the thread that first uses it. False if a test
    // is running already.
    bool start(const MailboxSettings &settings, const QString &password);
    bool isRunning() const { return m_thread != nullptr; }

signals:
    // `error` is empty when the mailbox answered; else in plain words.
    void finished(const QString &error);

private:
    void threadFinished();

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    std::shared_ptr<QString> m_error;
};

} // namespace pactesur
