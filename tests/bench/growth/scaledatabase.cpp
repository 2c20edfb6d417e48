// SPDX-License-Identifier: EUPL-1.2
#include "scaledatabase.h"

#include "childprocess.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace pactesur::bench {

Programs findPrograms()
{
    // The bench runs from build/<preset>/tests/bench; the programs are in build/<preset>/app.
    const QDir benches(QCoreApplication::applicationDirPath());
    Programs programs;
    programs.app = QDir::cleanPath(benches.filePath(QStringLiteral("../../app/pactesur")));
    programs.cli = QDir::cleanPath(benches.filePath(QStringLiteral("../../app/pactesur-cli")));
    programs.bareWindow = benches.filePath(QStringLiteral("bench_barewindow"));
    programs.sqlite3 = QStringLiteral("/usr/bin/sqlite3");
    return programs;
}

bool ensureGenerated(
    const Programs &programs, const QString &path, const QString &scale, QString *error)
{
    if (QFile::exists(path))
        return true;
    std::printf("%s does not exist: generating it at %s scale (network takes about 80 s, "
                "network4 about 15 min) ...\n",
        qPrintable(path), qPrintable(scale));
    std::fflush(stdout);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const ChildRun init = runChild(programs.cli,
        {QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--coordinator")});
    if (!init.ok()) {
        *error = QStringLiteral("init: ") + init.failure();
        return false;
    }
    const ChildRun generate = runChild(programs.cli,
        {QStringLiteral("--db"), path, QStringLiteral("generate"), QStringLiteral("--scale"),
            scale});
    if (!generate.ok()) {
        *error = QStringLiteral("generate: ") + generate.failure();
        QFile::remove(path); // half a database would be taken for a whole one next time
        return false;
    }
    std::printf("generated %s in %.0f s\n", qPrintable(path), generate.wallMs / 1000);
    return true;
}

bool copyDatabase(const QString &from, const QString &to, QString *error)
{
    removeDatabase(to);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral(".keys")}) {
        if (!QFile::exists(from + suffix))
            continue;
        if (!QFile::copy(from + suffix, to + suffix)) {
            *error = QStringLiteral("cannot copy %1 to %2").arg(from + suffix, to + suffix);
            return false;
        }
        // A read-only source (a shared file) must not make a read-only copy.
        QFile::setPermissions(to + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
             QStringLiteral(".keys"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

bool migrate(const QString &path, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path);
    if (!opened) {
        *error = opened.error().message;
        return false;
    }
    std::printf("  opened the copy (schema brought up to date) in %.1f s\n", timer.elapsed() / 1e3);
    return true;
}

} // namespace pactesur::bench
