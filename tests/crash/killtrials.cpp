// SPDX-License-Identifier: EUPL-1.2
#include "killtrials.h"

#include "monotonic.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <signal.h>

namespace pactesur::test::kill {

int trialsPerOperation()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("PACTESUR_KILL_TRIALS", &ok);
    return ok && fromEnv > 0 ? fromEnv : 10;
}

QString dataScale()
{
    const QString fromEnv = qEnvironmentVariable("PACTESUR_KILL_IMPORT_SCALE");
    return fromEnv.isEmpty() ? QStringLiteral("small") : fromEnv;
}

std::mt19937 makeRandom(const char *operation)
{
    bool ok = false;
    const uint fromEnv = qEnvironmentVariable("PACTESUR_KILL_SEED").toUInt(&ok);
    const uint seed = ok ? fromEnv : 20261207u;
    qInfo("%s: %d trials, seed %u (PACTESUR_KILL_SEED repeats a run)", operation,
        trialsPerOperation(), seed);
    return std::mt19937(seed);
}

int uniformMs(std::mt19937 &random, qint64 maxMs)
{
    return std::uniform_int_distribution<int>(0, int(qMax<qint64>(maxMs, 0)))(random);
}

namespace {

// The trials' children make their private folders here, apart from other tests running at
// the same time, so what a killed child left can be counted.
QString ownTemporaryFolder()
{
    static QTemporaryDir folder;
    static const bool set = folder.isValid() && qputenv("TMPDIR", QFile::encodeName(folder.path()));
    return set ? folder.path() : QDir::tempPath();
}

int privateFoldersIn(const QString &folder)
{
    return int(QDir(folder)
                   .entryList({QStringLiteral("pactesur-private-*")}, QDir::Dirs | QDir::NoDotAndDotDot)
                   .size());
}

QByteArray runToEnd(const QStringList &arguments, int *exitCode)
{
    ownTemporaryFolder();
    QProcess process;
    process.start(QStringLiteral(PACTESUR_CLI_PATH), arguments);
    process.waitForFinished(-1);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (*exitCode != 0)
        qWarning("pactesur-cli %s: exit status %d, code %d, error %s: %s",
            qPrintable(arguments.join(QLatin1Char(' '))), int(process.exitStatus()),
            process.exitCode(), qPrintable(process.errorString()),
            process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}
} // namespace

int cli(const QStringList &arguments)
{
    int exitCode = -1;
    runToEnd(arguments, &exitCode);
    return exitCode;
}

QJsonObject check(const QString &path)
{
    int exitCode = -1;
    const QByteArray out = runToEnd(
        {QStringLiteral("--db"), path, QStringLiteral("check"), QStringLiteral("--json")}, &exitCode);
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    if (!report.value(QStringLiteral("ok")).toBool())
        qWarning("check of %s: %s", qPrintable(path), out.constData());
    return report;
}

QString digestOf(const QString &path)
{
    return check(path).value(QStringLiteral("state_digest")).toString();
}

QVariant rawValue(const QString &path, const QString &query)
{
    const QString name = QStringLiteral("killtrials-raw");
    QVariant value;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        sql.setDatabaseName(path);
        sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (sql.open()) {
            QSqlQuery statement(sql);
            if (statement.exec(query) && statement.next())
                value = statement.value(0);
        }
        sql.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool rawQuickCheck(const QString &path)
{
    return rawValue(path, QStringLiteral("PRAGMA quick_check")).toString() == QLatin1String("ok");
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock", ".keys"})
        QFile::remove(path + QLatin1String(suffix));
}

bool copyDatabase(const QString &from, const QString &to)
{
    removeDatabase(to);
    // A copy of the database is the same replica: its keys go with it.
    return QFile::copy(from, to)
        && (!QFileInfo::exists(from + QStringLiteral(".keys"))
            || QFile::copy(from + QStringLiteral(".keys"), to + QStringLiteral(".keys")));
}

NextStart openAfterKill(const QString &path)
{
    NextStart next;
    next.lockFileWasLeft = QFileInfo::exists(path + QStringLiteral(".lock"));
    // The next start of the CLI (or the app) removes the private folders the dead process
    // left, with the plaintext package they may hold.
    cli({QStringLiteral("--version")});
    next.privateFoldersAfterNextStart = privateFoldersIn(ownTemporaryFolder());
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    next.openMs = timer.elapsed();
    next.opened = bool(opened);
    if (!opened)
        next.error = opened.error().message;
    return next;
}

bool KilledProcess::start(const QString &program, const QStringList &arguments,
    const QString &startLine, int timeoutMs)
{
    ownTemporaryFolder();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted())
        return false;
    m_startedAt = monotonicMs();
    if (startLine.isEmpty())
        return true;
    QElapsedTimer waited;
    waited.start();
    while (!printed(startLine)) {
        if (waited.elapsed() > timeoutMs || m_process.state() != QProcess::Running) {
            qWarning("%s did not start its operation after %lld ms: %s, exit code %d, "
                     "status %d, printed: %s",
                qPrintable(program), waited.elapsed(),
                m_process.state() == QProcess::Running ? "running" : "ended",
                m_process.exitCode(), int(m_process.exitStatus()),
                qPrintable(m_lines.join(QLatin1String(" | "))));
            return false;
        }
        m_process.waitForReadyRead(100);
        readLines();
    }
    m_startedAt = monotonicMs();
    return true;
}

qint64 KilledProcess::killAfter(int delayMs)
{
    // Keep reading while waiting: a child that fills its stdout pipe would stop typing.
    const qint64 killAt = m_startedAt + delayMs;
    for (qint64 now = monotonicMs(); now < killAt && m_process.state() == QProcess::Running;
         now = monotonicMs()) {
        m_process.waitForReadyRead(int(qMin<qint64>(killAt - now, 50)));
        readLines();
    }
    const qint64 killedAt = monotonicMs();
    m_exitedBeforeKill = m_process.state() != QProcess::Running;
    if (!m_exitedBeforeKill)
        ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(-1);
    readLines();
    m_privateFoldersLeft = privateFoldersIn(ownTemporaryFolder());
    return killedAt;
}

void KilledProcess::readLines()
{
    m_pending += m_process.readAllStandardOutput();
    for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n')) {
        m_lines.append(QString::fromUtf8(m_pending.left(end)));
        m_pending.remove(0, end + 1);
    }
}

bool KilledProcess::printed(const QString &prefix) const
{
    for (const QString &line : m_lines) {
        if (line.startsWith(prefix))
            return true;
    }
    return false;
}

qint64 KilledProcess::operationMs() const
{
    const auto timeOf = [this](const QString &what) {
        const QStringList found = m_lines.filter(QRegularExpression(QLatin1Char('^') + what + QLatin1Char(' ')));
        return found.isEmpty() ? qint64(-1) : found.first().section(QLatin1Char(' '), 1, 1).toLongLong();
    };
    const qint64 started = timeOf(QStringLiteral("start"));
    const qint64 done = timeOf(QStringLiteral("done"));
    return started >= 0 && done >= 0 ? done - started : -1;
}

void Tally::countNextStart(const NextStart &next)
{
    lockFilesLeft += next.lockFileWasLeft ? 1 : 0;
    staleLocks += next.opened ? 0 : 1;
    slowestNextStartMs = qMax(slowestNextStartMs, next.openMs);
}

void Tally::print() const
{
    qInfo("%s: %d trials, %d killed mid-operation, %d found the state before, %d after, "
          "%d partial; %d lock files left behind, %d stale locks, slowest next start %lld ms; "
          "%d private folders (plaintext) left by kills, all removed by the next start",
        qPrintable(operation), trials, midway, before, after, partial, lockFilesLeft, staleLocks,
        slowestNextStartMs, privateFoldersLeft);
}

} // namespace pactesur::test::kill
