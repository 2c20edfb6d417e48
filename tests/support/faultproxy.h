// SPDX-License-Identifier: EUPL-1.2
// A scriptable fault proxy for the mailbox tests: faultproxy.py between the client and a
// DavServer, answering with a status, dropping names from listings or cutting transfers as
// the test's rules say (the rules' format is described in faultproxy.py).
#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace pactesur::test {

class FaultProxy
{
public:
    FaultProxy() = default;
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    // Starts python3 faultproxy.py on 127.0.0.1 and a free port, forwarding to
    // `upstreamUrl`, with no rules; waits at most 10 s for its port. It lives 10 minutes
    // at most, and dies with the test.
    bool start(const QString &upstreamUrl, QString *error = nullptr);
    // SIGTERM, then SIGKILL after 3 s. Safe to repeat.
    void stop();

    // The upstream's URL with the proxy's port: "http://127.0.0.1:PORT/dav/".
    QString url() const;
    quint16 port() const { return m_port; }

    // Replaces the rules at once (the proxy reads them on every request) and forgets how
    // often the old ones fired. Requests in flight may still see the old rules.
    void setRules(const QJsonArray &rules);
    // "METHOD PATH STATUS" for each request so far, oldest first; STATUS is "-" where the
    // connection was cut before any answer.
    QStringList requests() const;
    void clearLog();

private:
    QString path(const char *name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_upstream;
    quint16 m_port = 0;
};

} // namespace pactesur::test
