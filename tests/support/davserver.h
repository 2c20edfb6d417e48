// SPDX-License-Identifier: EUPL-1.2
// A real WebDAV server for the mailbox tests: Apache 2 with mod_dav, started by the test
// on 127.0.0.1 and a free port, its configuration and served folder in a temporary folder.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pactesur::test {

class DavServer
{
public:
    DavServer();
    ~DavServer();
    DavServer(const DavServer &) = delete;
    DavServer &operator=(const DavServer &) = delete;

    // Writes the configuration and starts /usr/sbin/apache2 (never the system service),
    // waiting at most 10 s for its port. False, with a message, where Apache is missing
    // or does not come up. Apache lives 10 minutes at most, and dies with the test.
    bool start(QString *error = nullptr);
    // Starts it again on the same port and folder, e.g. after kill9().
    bool restart(QString *error = nullptr);
    // SIGTERM, then SIGKILL after 5 s; waits for every Apache process. Safe to repeat.
    void stop();
    // SIGKILL for every Apache process at once: a server that crashes mid-request.
    void kill9();
    // The process group Apache runs in: a test's other thread kills it with
    // ::kill(-group, SIGKILL) (QProcess itself belongs to the test's thread), then calls
    // kill9() on the test's thread to reap it.
    qint64 processGroup() const;
    bool isRunning() const;

    // "http://127.0.0.1:PORT/dav/".
    QString url() const;
    quint16 port() const { return m_port; }
    QString user() const { return QStringLiteral("pactesur"); }
    QString password() const { return QStringLiteral("s3cret-test"); }
    // The pid of Apache's main process (0 when it is not running).
    qint64 pid() const { return m_pid; }

    // The served folder on disk, for tests that tamper with it. Files the test writes there
    // as root (umask 022) are readable by Apache, and Apache may delete them since it owns
    // the folders; but it cannot write into folders the test made. fixOwnership() gives the
    // whole tree back to Apache's user (www-data, where the test runs as root).
    QString folder() const;
    void fixOwnership() const;

    // The contents of Apache's error log, for failure messages.
    QString errorLog() const;

private:
    bool launch(QString *error);
    bool writeConfiguration(QString *error);
    void signalGroup(int signal);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    qint64 m_pid = 0;
};

} // namespace pactesur::test
