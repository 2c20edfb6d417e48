// SPDX-License-Identifier: EUPL-1.2
// Injected I/O errors (issue 16) in what the export writes outside SQLite: the sealed
// package goes through QFile, fsync and rename, which no SQLite VFS sees. The real
// `pactesur-cli export` runs under strace, which fails the N-th write, fsync, fdatasync,
// ftruncate or rename in turn (pwrite64, SQLite's own, too with PACTESUR_IOFAULT_FULL=1).
#include "exchangefixture.h"
#include "faultloop.h"
#include "testdatabase.h"

#include <QProcess>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pactesur;
using namespace pactesur::test;

namespace {

struct Traced
{
    int exitCode = -1;
    QString err;
};

// Runs the CLI export of `folder`'s coordinator, under strace when `strace` is given.
Traced exportWith(const QString &folder, const QStringList &strace)
{
    QStringList arguments = {QStringLiteral("--db"), folder + QStringLiteral("/coordinator.db"),
        QStringLiteral("export"), QStringLiteral("--out"), folder + QStringLiteral("/out.pactesur"),
        QStringLiteral("--full")};
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // LeakSanitizer cannot run under ptrace: in an asan build, the traced CLI checks
    // everything else (addresses, undefined behaviour) and skips only the leak scan.
    if (!strace.isEmpty() && environment.contains(QStringLiteral("ASAN_OPTIONS")))
        environment.insert(QStringLiteral("ASAN_OPTIONS"),
            environment.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":detect_leaks=0"));
    process.setProcessEnvironment(environment);
    if (strace.isEmpty()) {
        process.start(QStringLiteral(PACTESUR_CLI_PATH), arguments);
    } else {
        process.start(QStringLiteral("strace"),
            strace + QStringList {QStringLiteral("--"), QStringLiteral(PACTESUR_CLI_PATH)}
                + arguments);
    }
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardError())};
}

// An fd that is a pipe, in a trace taken with -y: not the export's. An ASan build's runtime
// probes whether memory is readable by writing it to a pipe of its own, and stops with a
// failed CHECK (and exit code 0) when that write fails with anything but EFAULT.
constexpr int kPipe = -2;

// The invocations of each syscall in a fault-free run, numbered as strace's `when=` counts
// them (per syscall, per tracee), with the fd they touched (kPipe for a pipe).
QMap<QString, QList<int>> invocations(const QString &traceFile)
{
    QMap<QString, QList<int>> found;
    QFile file(traceFile);
    if (!file.open(QIODevice::ReadOnly))
        return found;
    static const QRegularExpression line(QStringLiteral("^\\d+\\s+(\\w+)\\((\\d+)?(<pipe:)?"));
    for (const QByteArray &text : file.readAll().split('\n')) {
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(text));
        if (!match.hasMatch())
            continue;
        const int fd = match.captured(2).isEmpty() ? -1 : match.captured(2).toInt();
        found[match.captured(1)].append(match.captured(3).isEmpty() ? fd : kPipe);
    }
    return found;
}

QString errorFor(const QString &syscall)
{
    return syscall.contains(QLatin1String("write")) ? QStringLiteral("ENOSPC")
                                                    : QStringLiteral("EIO");
}

} // namespace

class TestIoFaultsExportFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root {
        faultcheck::scratchRoot() + QStringLiteral("/pactesur-exportfiles-XXXXXX")};
    ExchangeFixture m_fixture;
    QString m_complete; // what a complete package gives the receiver

    // The package at `folder` is complete, or the problem.
    QString packageProblem(const QString &folder)
    {
        const QString digest
            = m_fixture.receiverDigestAfterImporting(folder + QStringLiteral("/out.pactesur"));
        return digest == m_complete
            ? QString()
            : QStringLiteral("the package does not import completely: ") + digest;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty())
            QSKIP("strace is not installed: the package's own writes cannot be failed");
        FaultVfs::install(); // only for the checks' own connections; nothing is armed
        const QString problem = m_fixture.build(m_root.path());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void shouldLeaveTheEarlierPackageOrACompleteOne()
    {
        const QStringList syscalls = {QStringLiteral("write"), QStringLiteral("fsync"),
            QStringLiteral("fdatasync"), QStringLiteral("ftruncate"), QStringLiteral("rename"),
            QStringLiteral("renameat"), QStringLiteral("renameat2")};
        const bool full = qgetenv("PACTESUR_IOFAULT_FULL") == "1";
        const QStringList injected
            = full ? syscalls + QStringList {QStringLiteral("pwrite64")} : syscalls;

        // The fault-free run: what each syscall touches, and the complete package.
        const QString counted = m_root.filePath(QStringLiteral("counted"));
        QVERIFY(faultcheck::copyFolder(m_fixture.exporter, counted));
        const QString traceFile = m_root.filePath(QStringLiteral("trace.txt"));
        const Traced clean = exportWith(counted,
            {QStringLiteral("-f"), QStringLiteral("-y"), QStringLiteral("-qq"),
                QStringLiteral("-o"), traceFile, QStringLiteral("-e"),
                QStringLiteral("trace=") + injected.join(QLatin1Char(','))});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
        m_complete
            = m_fixture.receiverDigestAfterImporting(counted + QStringLiteral("/out.pactesur"));
        QVERIFY(m_complete != m_fixture.beforeImport);
        const QString stateBefore
            = faultcheck::digestOf(counted + QStringLiteral("/coordinator.db"));
        const QStringList prepared = faultcheck::files(m_fixture.exporter);
        const QMap<QString, QList<int>> calls = invocations(traceFile);
        QVERIFY(calls.value(QStringLiteral("write")).size() >= 3); // at least the package's

        int runs = 0;
        int failures = 0;
        QStringList recovered; // faults the export rightly shrugs off (checked complete)
        QStringList problems;
        for (auto it = calls.begin(); it != calls.end(); ++it) {
            for (int n = 1; n <= it->size(); ++n) {
                const int fd = it->at(n - 1);
                if (fd == 1 || fd == 2 || fd == kPipe)
                    continue; // the CLI's own output (failing it tests the terminal), or ASan's
                const QString folder = m_root.filePath(QStringLiteral("run-%1").arg(++runs));
                QVERIFY(faultcheck::copyFolder(m_fixture.exporter, folder));
                const QString fault = QStringLiteral("%1 #%2 (fd %3)").arg(it.key()).arg(n).arg(fd);
                const Traced run = exportWith(folder,
                    {QStringLiteral("-f"), QStringLiteral("--seccomp-bpf"), QStringLiteral("-qq"),
                        QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-e"),
                        QStringLiteral("trace=") + it.key(), QStringLiteral("-e"),
                        QStringLiteral("inject=%1:error=%2:when=%3")
                            .arg(it.key(), errorFor(it.key()))
                            .arg(n)});
                const auto problem
                    = [&](const QString &what) { problems << fault + QStringLiteral(": ") + what; };
                if (run.exitCode != 0 && run.exitCode != 1)
                    problem(QStringLiteral("exit code %1: %2").arg(run.exitCode).arg(run.err));
                if (faultcheck::files(folder) != prepared)
                    problem(QStringLiteral("left behind: ")
                        + faultcheck::files(folder).join(QLatin1Char(',')));
                if (run.exitCode == 0) {
                    recovered << fault;
                    if (const QString why = packageProblem(folder); !why.isEmpty())
                        problem(QStringLiteral("said done: ") + why);
                } else {
                    ++failures;
                    const QString message = run.err.trimmed().remove(
                        QRegularExpression(QStringLiteral("^pactesur-cli: ")));
                    if (!faultcheck::isPlainMessage(message) || message.contains(QLatin1Char('\n')))
                        problem(QStringLiteral("not one plain sentence: ") + run.err);
                    QFile earlier(folder + QStringLiteral("/out.pactesur"));
                    if (!earlier.open(QIODevice::ReadOnly)
                        || earlier.readAll() != ExchangeFixture::earlierPackage())
                        problem(QStringLiteral("the earlier package was lost"));
                }
                const QString database = folder + QStringLiteral("/coordinator.db");
                if (const QString integrity = faultcheck::integrity(database);
                    integrity != QLatin1String("ok"))
                    problem(QStringLiteral("integrity_check says ") + integrity);
                if (faultcheck::digestOf(database) != stateBefore)
                    problem(QStringLiteral("the database's state changed"));
                // The next attempt, without faults.
                if (run.exitCode != 0) {
                    const Traced again = exportWith(folder, {});
                    if (again.exitCode != 0)
                        problem(QStringLiteral("the next attempt failed: ") + again.err);
                    else if (const QString why = packageProblem(folder); !why.isEmpty())
                        problem(QStringLiteral("after the next attempt: ") + why);
                }
                QDir(folder).removeRecursively();
            }
        }
        qInfo("export files under strace: %d runs, %d failures reported, %d recovered "
              "(syscalls failed: %s; recovered from: %s)",
            runs, failures, int(recovered.size()), qPrintable(injected.join(QLatin1Char(','))),
            qPrintable(recovered.join(QStringLiteral(", "))));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 8).join(QLatin1Char('\n'))));
        QVERIFY(failures > 0);
    }
};

QTEST_GUILESS_MAIN(TestIoFaultsExportFiles)
#include "tst_iofaults_exportfiles.moc"
