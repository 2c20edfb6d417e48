// SPDX-License-Identifier: EUPL-1.2
// Runs faultproxy.py for the mailbox tests; see faultproxy.h.
#include "faultproxy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <csignal>
#include <sys/prctl.h>

namespace pactesur::test {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

FaultProxy::~FaultProxy()
{
    stop();
}

QString FaultProxy::path(const char *name) const
{
    return m_dir.filePath(QLatin1String(name));
}

bool FaultProxy::start(const QString &upstreamUrl, QString *error)
{
    stop();
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return fail(error, QStringLiteral("python3 is missing"));
    if (!m_dir.isValid())
        return fail(
            error, QStringLiteral("cannot make a temporary folder: %1").arg(m_dir.errorString()));
    m_upstream = upstreamUrl;
    setRules({});
    clearLog();

    m_process = std::make_unique<QProcess>();
    // SIGTERM when the thread that started it ends: a crashed test leaves no proxy behind.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(python,
        {QStringLiteral(PACTESUR_SOURCE_DIR "/tests/support/faultproxy.py"),
            QStringLiteral("--upstream"), upstreamUrl, QStringLiteral("--rules"),
            path("rules.json"), QStringLiteral("--log"), path("requests.log"),
            QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--lifetime"),
            QStringLiteral("600")});
    // Its first line on stdout is the port it listens on.
    QElapsedTimer clock;
    clock.start();
    while (!m_process->canReadLine() && clock.elapsed() < 10000
        && m_process->state() != QProcess::NotRunning)
        m_process->waitForReadyRead(100);
    m_port = m_process->canReadLine() ? m_process->readLine().trimmed().toUShort() : 0;
    if (m_port == 0) {
        const QString message = QStringLiteral("the fault proxy did not start: %1 %2")
                                    .arg(m_process->errorString(),
                                        QString::fromLocal8Bit(m_process->readAllStandardError()));
        stop();
        return fail(error, message);
    }
    return true;
}

void FaultProxy::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM, by pid
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
    m_port = 0;
}

QString FaultProxy::url() const
{
    QUrl url(m_upstream);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url.toString();
}

void FaultProxy::setRules(const QJsonArray &rules)
{
    // QSaveFile writes beside the file and renames: the proxy never reads half a file.
    QSaveFile file(path("rules.json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(rules).toJson()) < 0
        || !file.commit())
        qWarning("cannot write the fault proxy's rules in %s", qPrintable(m_dir.path()));
    QFile::remove(path("rules.json.state"));
}

QStringList FaultProxy::requests() const
{
    QFile log(path("requests.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void FaultProxy::clearLog()
{
    // The proxy opens the log to append each line, so truncating it here is safe.
    QFile log(path("requests.log"));
    if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qWarning("cannot clear the fault proxy's log in %s", qPrintable(m_dir.path()));
}

} // namespace pactesur::test
