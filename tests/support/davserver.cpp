// SPDX-License-Identifier: EUPL-1.2
// Runs Apache 2 with mod_dav for the mailbox tests; see davserver.h.
#include "davserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace pactesur::test {

namespace {

const QString apacheBinary = QStringLiteral("/usr/sbin/apache2");
const QString modules = QStringLiteral("/usr/lib/apache2/modules");

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// As root, Apache's workers run as www-data and must reach the served folder, so its
// parents must be searchable by others: /tmp is, a $TMPDIR under /root may not be.
QString temporaryTemplate()
{
    const QString base = runningAsRoot() ? QStringLiteral("/tmp") : QDir::tempPath();
    return base + QStringLiteral("/pactesur-dav-XXXXXX");
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A free port of 127.0.0.1, as the kernel picks one; Apache binds it right after.
quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

} // namespace

DavServer::DavServer()
    : m_dir(temporaryTemplate())
{ }

DavServer::~DavServer()
{
    stop();
}

QString DavServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/dav/").arg(m_port);
}

QString DavServer::folder() const
{
    return m_dir.filePath(QStringLiteral("dav"));
}

bool DavServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString DavServer::errorLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("error.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

void DavServer::fixOwnership() const
{
    if (!runningAsRoot())
        return; // Apache runs as this user: it owns what the test made
    const passwd *account = ::getpwnam("www-data");
    if (!account)
        return;
    ::lchown(QFile::encodeName(folder()).constData(), account->pw_uid, account->pw_gid);
    QDirIterator it(folder(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        ::lchown(QFile::encodeName(it.next()).constData(), account->pw_uid, account->pw_gid);
}

bool DavServer::start(QString *error)
{
    if (isRunning())
        return true;
    if (!QFile::exists(apacheBinary))
        return fail(
            error, QStringLiteral("%1 is missing (apt-get install apache2)").arg(apacheBinary));
    if (!m_dir.isValid())
        return fail(
            error, QStringLiteral("cannot make a temporary folder: %1").arg(m_dir.errorString()));
    // Another process may take the free port before Apache binds it: then Apache exits at
    // once, and another port is tried.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        if (m_port == 0)
            return fail(error, QStringLiteral("no free port on 127.0.0.1"));
        QString message;
        if (writeConfiguration(&message) && launch(&message))
            return true;
        if (!message.contains(QLatin1String("could not bind")))
            return fail(error, message);
    }
    return fail(error, QStringLiteral("no port of 127.0.0.1 stayed free for Apache"));
}

bool DavServer::writeConfiguration(QString *error)
{
    const QDir dir(m_dir.path());
    for (const char *sub : {"dav", "lock", "run", "htdocs"})
        if (!dir.mkpath(QLatin1String(sub)))
            return fail(
                error, QStringLiteral("cannot make %1 in %2").arg(QLatin1String(sub), dir.path()));
    QString userLines;
    if (runningAsRoot()) {
        // Apache refuses to serve as root; its workers become www-data, which must own the
        // served folder and the lock database's folder and reach them through ours (0700).
        const passwd *account = ::getpwnam("www-data");
        if (!account)
            return fail(error, QStringLiteral("running as root, but there is no user www-data"));
        QFile::setPermissions(dir.path(),
            QFile::permissions(dir.path()) | QFile::ExeOther | QFile::ExeGroup | QFile::ReadOther
                | QFile::ReadGroup);
        for (const char *sub : {"dav", "lock"})
            ::chown(QFile::encodeName(dir.filePath(QLatin1String(sub))).constData(),
                account->pw_uid, account->pw_gid);
        userLines = QStringLiteral("User www-data\nGroup www-data\n");
    }
    // htpasswd's {SHA} format, so that apache2-utils is not needed.
    const QByteArray digest
        = QCryptographicHash::hash(password().toUtf8(), QCryptographicHash::Sha1);
    QFile users(dir.filePath(QStringLiteral("users")));
    if (!users.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || users.write(user().toUtf8() + ":{SHA}" + digest.toBase64() + '\n') < 0)
        return fail(error, QStringLiteral("cannot write %1").arg(users.fileName()));
    users.close();

    QString modulesLines;
    const QString mpm = QFile::exists(modules + QStringLiteral("/mod_mpm_prefork.so"))
        ? QStringLiteral("mpm_prefork")
        : QStringLiteral("mpm_event");
    for (const QString &module : {mpm, QStringLiteral("authz_core"), QStringLiteral("authn_core"),
             QStringLiteral("authn_file"), QStringLiteral("auth_basic"),
             QStringLiteral("authz_user"), QStringLiteral("alias"), QStringLiteral("dav"),
             QStringLiteral("dav_fs")})
        modulesLines
            += QStringLiteral("LoadModule %1_module \"%2/mod_%1.so\"\n").arg(module, modules);

    // Short timeouts so that a test's fault never hangs a worker for long; few workers
    // since a test is one client. Everything but /dav/ is refused.
    const QString text = QStringLiteral(R"(# Written by the tests' DavServer.
ServerRoot "%1"
ServerName 127.0.0.1
Listen 127.0.0.1:%2
PidFile "%1/apache2.pid"
DefaultRuntimeDir "%1/run"
ErrorLog "%1/error.log"
LogLevel info
%3%4
Timeout 10
KeepAlive On
KeepAliveTimeout 2
LimitRequestBody 0
StartServers 2
MinSpareServers 1
MaxSpareServers 4
MaxRequestWorkers 8
DocumentRoot "%1/htdocs"
DavLockDB "%1/lock/DavLock"
<Directory />
    AllowOverride None
    Require all denied
</Directory>
Alias /dav "%1/dav"
<Directory "%1/dav">
    Dav On
    DavDepthInfinity On
    AuthType Basic
    AuthName "pactesur mailbox"
    AuthBasicProvider file
    AuthUserFile "%1/users"
    Require valid-user
</Directory>
)")
                             .arg(dir.path())
                             .arg(m_port)
                             .arg(userLines, modulesLines);
    QFile config(dir.filePath(QStringLiteral("apache2.conf")));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate) || config.write(text.toUtf8()) < 0)
        return fail(error, QStringLiteral("cannot write %1").arg(config.fileName()));
    return true;
}

bool DavServer::launch(QString *error)
{
    QFile::remove(m_dir.filePath(QStringLiteral("apache2.pid"))); // a killed one's stays
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // Apache's processes get a process group of their own, which kill9() and stop() signal
    // as a whole; and SIGTERM when the thread that started them ends, so a crashed test
    // leaves no server behind.
    m_process->setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    QStringList arguments = {QStringLiteral("-f"), m_dir.filePath(QStringLiteral("apache2.conf")),
        QStringLiteral("-DFOREGROUND")};
    // coreutils' timeout bounds its life to 10 minutes and passes our signals on to Apache
    // and its group; it keeps the group we made.
    const QString timeout = QStandardPaths::findExecutable(QStringLiteral("timeout"));
    if (timeout.isEmpty()) {
        m_process->start(apacheBinary, arguments);
    } else {
        arguments.prepend(apacheBinary);
        arguments
            = QStringList {QStringLiteral("--kill-after=10"), QStringLiteral("600")} + arguments;
        m_process->start(timeout, arguments);
    }
    if (!m_process->waitForStarted(5000))
        return fail(
            error, QStringLiteral("cannot run %1: %2").arg(apacheBinary, m_process->errorString()));

    QElapsedTimer clock;
    clock.start();
    QFile pidFile(m_dir.filePath(QStringLiteral("apache2.pid")));
    while (clock.elapsed() < 10000) {
        if (m_process->waitForFinished(50)) // Apache refused its configuration
            break;
        if (!accepts(m_port) || !pidFile.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = pidFile.readAll(); // whole once it ends its line
        pidFile.close();
        m_pid = line.endsWith('\n') ? line.trimmed().toLongLong() : 0;
        if (m_pid > 0)
            return true;
    }
    const QString output = QString::fromLocal8Bit(m_process->readAll());
    stop();
    return fail(error,
        QStringLiteral("Apache did not come up on port %1:\n%2\n%3")
            .arg(QString::number(m_port), output, errorLog()));
}

bool DavServer::restart(QString *error)
{
    stop();
    if (m_port == 0)
        return start(error);
    return launch(error);
}

void DavServer::signalGroup(int signal)
{
    if (isRunning() && m_process->processId() > 0)
        ::kill(-static_cast<pid_t>(m_process->processId()), signal);
}

qint64 DavServer::processGroup() const
{
    return isRunning() ? m_process->processId() : 0;
}

void DavServer::kill9()
{
    signalGroup(SIGKILL);
    stop(); // waits for the processes, and the port to close
}

void DavServer::stop()
{
    if (!m_process)
        return;
    signalGroup(SIGTERM);
    if (!m_process->waitForFinished(5000)) {
        signalGroup(SIGKILL);
        m_process->waitForFinished(2000);
    }
    // The workers outlive the main process for a moment; the port is closed once they end.
    QElapsedTimer clock;
    clock.start();
    while (m_port != 0 && clock.elapsed() < 3000 && accepts(m_port))
        ::usleep(20000);
    m_process.reset();
    m_pid = 0;
}

} // namespace pactesur::test
