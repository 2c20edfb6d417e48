// SPDX-License-Identifier: EUPL-1.2
#include "faultloop.h"

#include "store/checker.h"

#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace pactesur::test {

namespace {

QString modeName(FaultVfs::Mode mode)
{
    switch (mode) {
    case FaultVfs::Mode::OneShotIoError:
        return QStringLiteral("one-shot I/O error");
    case FaultVfs::Mode::PersistentIoError:
        return QStringLiteral("persistent I/O error");
    case FaultVfs::Mode::DiskFull:
        return QStringLiteral("disk full");
    }
    return {};
}

QString handleIntegrity(sqlite3 *handle)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA integrity_check", -1, &statement, nullptr) != SQLITE_OK)
        return QStringLiteral("cannot check: ") + QString::fromUtf8(sqlite3_errmsg(handle));
    QStringList rows;
    int rc = SQLITE_ROW;
    while (rows.size() < 5 && (rc = sqlite3_step(statement)) == SQLITE_ROW)
        rows << QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        rows << QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    return rows.join(QStringLiteral("; "));
}

} // namespace

QString FaultTally::summary(const QString &operation, const QString &mode) const
{
    return QStringLiteral("%1, %2: %3 calls (%4 writes) per run, %5 runs, %6 faults injected, "
                          "%7 failures reported, %8 recovered, %9 silent failures, "
                          "%10 broken databases, %11 raw messages, %12 bad files, "
                          "%13 failed retries, %14 reported as rejected input")
        .arg(operation, mode)
        .arg(callsPerRun)
        .arg(writesPerRun)
        .arg(runs)
        .arg(faultsInjected)
        .arg(failuresReported)
        .arg(succeededDespiteFault)
        .arg(silentFailures)
        .arg(brokenDatabases)
        .arg(rawMessages)
        .arg(badFiles)
        .arg(failedRetries)
        .arg(reportedAsRejected);
}

FaultLoop::FaultLoop(FaultyOperation operation)
    : m_operation(std::move(operation))
    , m_clock(fixedNow())
{
    FaultVfs::install();
}

QDateTime FaultLoop::fixedNow()
{
    return QDateTime(QDate(2025, 3, 3), QTime(9, 30), Qt::UTC);
}

int FaultLoop::strideFor(int ciStride)
{
    return qgetenv("PACTESUR_IOFAULT_FULL") == "1" ? 1 : qMax(1, ciStride);
}

QString FaultLoop::copyPrepared() const
{
    // A fresh folder per run, removed with the loop's own temporary folder at exit.
    static QTemporaryDir root(
        faultcheck::scratchRoot() + QStringLiteral("/pactesur-faults-XXXXXX"));
    static int serial = 0;
    const QString folder = root.filePath(QStringLiteral("run-%1").arg(++serial));
    if (!faultcheck::copyFolder(m_operation.preparedFolder, folder))
        qFatal("cannot copy %s", qPrintable(m_operation.preparedFolder));
    return folder;
}

std::unique_ptr<Database> FaultLoop::openDatabase(const QString &path, QString *problem) const
{
    Database::Options options;
    options.clock = &m_clock;
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened) {
        *problem = opened.error().message;
        return {};
    }
    return std::move(opened).value();
}

bool FaultLoop::measure()
{
    const QString folder = copyPrepared();
    const QString path = folder + QLatin1Char('/') + m_operation.databaseFile;
    std::unique_ptr<Database> db;
    if (!m_operation.opensDatabase) {
        db = openDatabase(path, &m_measureProblem);
        if (!db)
            return false;
        m_before = Checker::stateDigest(*db);
    }
    FaultVfs::reset();
    const Status status = m_operation.run(db, folder);
    m_calls = FaultVfs::calls();
    m_writes = FaultVfs::writeCalls();
    if (!status) {
        m_measureProblem = status.error().message;
        return false;
    }
    m_after = Checker::stateDigest(*db);
    const QString files = m_operation.checkFiles(folder, true);
    if (!files.isEmpty()) {
        m_measureProblem = files;
        return false;
    }
    db.reset();
    QDir(folder).removeRecursively();
    return m_calls > 0;
}

FaultTally FaultLoop::loop(FaultVfs::Mode mode, int stride)
{
    FaultTally tally;
    tally.callsPerRun = m_calls;
    tally.writesPerRun = m_writes;
    if (!m_measureProblem.isEmpty()) {
        tally.problems << QStringLiteral("the fault-free run failed: ") + m_measureProblem;
        return tally;
    }
    const int last = mode == FaultVfs::Mode::DiskFull ? m_writes : m_calls;
    const int first = 1 + (int(mode) * stride) / 3;
    for (int call = first; call <= last; call += stride)
        runOnce(call, mode, tally);
    // The last call is the likeliest to be one nothing checks (a sync after the commit).
    if ((last - first) % stride != 0)
        runOnce(last, mode, tally);
    return tally;
}

void FaultLoop::runOnce(int call, FaultVfs::Mode mode, FaultTally &tally)
{
    const QString folder = copyPrepared();
    const QString path = folder + QLatin1Char('/') + m_operation.databaseFile;
    QString problem;
    std::unique_ptr<Database> db;
    if (!m_operation.opensDatabase) {
        db = openDatabase(path, &problem);
        if (!db) {
            tally.problems << QStringLiteral("cannot open the copy: ") + problem;
            return;
        }
    }
    Status status;
    int faults = 0;
    QString hit;
    {
        const FaultScope scope(call, mode);
        status = m_operation.run(db, folder);
        faults = FaultVfs::faults();
        hit = FaultVfs::firstFault();
    }
    ++tally.runs;
    tally.faultsInjected += faults > 0 ? 1 : 0;
    const QString run = QStringLiteral("%1, %2 at call %3 (%4)")
                            .arg(m_operation.name, modeName(mode))
                            .arg(call)
                            .arg(hit.isEmpty() ? QStringLiteral("not reached") : hit);
    const auto report = [&](int &counter, const QString &what) {
        ++counter;
        tally.problems << run + QStringLiteral(": ") + what;
    };

    if (!status) {
        ++tally.failuresReported;
        tally.messages.insert(QString(status.error().message)
                                  .replace(QDir::toNativeSeparators(folder), QStringLiteral("…")));
        if (faults > 0 && status.error().code == Error::Rejected)
            report(tally.reportedAsRejected,
                QStringLiteral("a fault reported as rejected input “%1”").arg(status.error().message));
        if (!faultcheck::isPlainMessage(status.error().message))
            report(
                tally.rawMessages, QStringLiteral("raw message “%1”").arg(status.error().message));
    } else if (faults > 0) {
        ++tally.succeededDespiteFault;
    }

    // What the window that made the call sees now, through the same connection.
    if (db) {
        const QString integrity = handleIntegrity(db->handle());
        if (integrity != QLatin1String("ok"))
            report(tally.brokenDatabases, QStringLiteral("integrity_check says ") + integrity);
        const QString digest = Checker::stateDigest(*db);
        if (status && digest != m_after)
            report(tally.silentFailures,
                QStringLiteral("said done, but the state is not the one after"));
        else if (digest != m_after && digest != m_before)
            report(tally.brokenDatabases, QStringLiteral("the state is neither before nor after"));
    } else {
        const QString integrity = faultcheck::integrity(path);
        if (integrity != QLatin1String("ok"))
            report(tally.brokenDatabases, QStringLiteral("integrity_check says ") + integrity);
    }
    if (const QString files = m_operation.checkFiles(folder, status.ok()); !files.isEmpty())
        report(status ? tally.silentFailures : tally.badFiles, files);

    // The next attempt, without faults, in the same window.
    bool done = status.ok();
    if (!status) {
        const auto &again = m_operation.retry ? m_operation.retry : m_operation.run;
        const Status retried = again(db, folder);
        if (!retried) {
            report(tally.failedRetries,
                QStringLiteral("the next attempt failed: ") + retried.error().message);
        } else {
            done = true;
            if (Checker::stateDigest(*db) != m_after)
                report(tally.failedRetries,
                    QStringLiteral("the next attempt did not reach the state after"));
            if (const QString files = m_operation.checkFiles(folder, true); !files.isEmpty())
                report(tally.failedRetries, QStringLiteral("after the next attempt: ") + files);
        }
    }

    // The file itself, as the next start of the program finds it.
    db.reset();
    const QString integrity = faultcheck::integrity(path);
    if (integrity != QLatin1String("ok"))
        report(tally.brokenDatabases,
            QStringLiteral("after closing, integrity_check says ") + integrity);
    else if (done && faultcheck::digestOf(path) != m_after)
        report(
            tally.brokenDatabases, QStringLiteral("after closing, the state is not the one after"));
    QDir(folder).removeRecursively();
}

QStringList runAllModes(FaultLoop &loop, const QString &operation, int ciStride)
{
    const QList<std::pair<FaultVfs::Mode, QString>> modes
        = {{FaultVfs::Mode::OneShotIoError, QStringLiteral("one-shot")},
            {FaultVfs::Mode::DiskFull, QStringLiteral("disk full")},
            {FaultVfs::Mode::PersistentIoError, QStringLiteral("persistent")}};
    QStringList problems;
    for (const auto &[mode, name] : modes) {
        const FaultTally tally = loop.loop(mode, FaultLoop::strideFor(ciStride));
        qInfo().noquote() << tally.summary(operation, name);
        problems << tally.problems.mid(0, 5);
        QStringList messages(tally.messages.begin(), tally.messages.end());
        messages.sort();
        qInfo().noquote() << QStringLiteral("  messages shown:\n    ")
                + messages.join(QStringLiteral("\n    "));
        if (tally.faultsInjected == 0)
            problems << QStringLiteral("%1, %2: no run hit its fault").arg(operation, name);
    }
    return problems;
}

namespace faultcheck {

QString integrity(const QString &path)
{
    sqlite3 *handle = nullptr;
    // Read-write: a hot journal beside a backup is rolled back first, as any opening does.
    if (sqlite3_open_v2(
            QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_close(handle);
        return QStringLiteral("cannot open: ") + why;
    }
    const QString result = handleIntegrity(handle);
    sqlite3_close(handle);
    return result;
}

QString digestOf(const QString &path)
{
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.takeLock = false;
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    return opened ? Checker::stateDigest(*opened.value())
                  : QStringLiteral("cannot open: ") + opened.error().message;
}

QStringList files(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = QDir(folder).relativeFilePath(it.next());
        if (file.endsWith(QLatin1String("-wal")) || file.endsWith(QLatin1String("-shm"))
            || file.endsWith(QLatin1String("-journal")) || file.endsWith(QLatin1String(".lock")))
            continue;
        found << file;
    }
    found.sort();
    return found;
}

QString scratchRoot()
{
    // Memory-backed where there is one: a run syncs often, and a fault is a fault on any
    // medium, but a disk's syncs would make the loops ten times slower.
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
}

bool isPlainMessage(const QString &message)
{
    const QString text = message.trimmed();
    // Qt's own words for a failed statement, which the driver puts after SQLite's.
    if (text.isEmpty() || text.startsWith(QLatin1String("Unable to")))
        return false;
    // SQLite's own words for every I/O error it can report, alone or leading the message.
    QList<int> codes;
    for (int code = 1; code <= 28; ++code)
        codes << code;
    for (int extended = 1; extended <= 40; ++extended)
        codes << (SQLITE_IOERR | (extended << 8));
    for (int code : codes) {
        const QString raw = QString::fromUtf8(sqlite3_errstr(code));
        if (text.startsWith(raw, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (it.fileInfo().isDir()
                ? !QDir().mkpath(target)
                : !QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

} // namespace faultcheck

} // namespace pactesur::test
