// SPDX-License-Identifier: EUPL-1.2
#include "connectiontest.h"

#include "mailbox/mailboxsync.h"

#include <QThread>

namespace pactesur {

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{ }

ConnectionTest::~ConnectionTest()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ConnectionTest::start(const MailboxSettings &settings, const QString &password)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_error = std::make_shared<QString>();
    m_thread = QThread::create([settings, password, error = m_error, cancel = &m_cancel] {
        Result<std::unique_ptr<Transport>> transport
            = MailboxSync::transportFor(settings, password);
        if (!transport) {
            *error = transport.error().message;
            return;
        }
        transport.value()->setCancelFlag(cancel);
        if (const Result<QList<RemoteEntry>> listed = transport.value()->list(QString(), false);
            !listed)
            *error = listed.error().message;
    });
    m_thread->setObjectName(QStringLiteral("pactesur-connection-test"));
    connect(m_thread, &QThread::finished, this, &ConnectionTest::threadFinished);
    m_thread->start();
    return true;
}

void ConnectionTest::threadFinished()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    emit finished(*m_error);
}

} // namespace pactesur
