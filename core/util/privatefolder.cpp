// SPDX-License-Identifier: EUPL-1.2
#include "util/privatefolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace pactesur {

namespace {

const QString kPrefix = QStringLiteral("pactesur-private-");
const QString kOwnerLock = QStringLiteral(".owner");
// A folder without its owner's lock after this long was abandoned while being made.
constexpr qint64 kUnfinishedAfterMs = 60 * 1000;

// Opens and flocks `lockPath`; -1 if another process holds it (or it cannot be opened).
int lockOwner(const QString &lockPath, int createFlags)
{
    const int fd
        = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CLOEXEC | createFlags, 0600);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// The lock file is locked before it takes the name sweepers look for, so no sweeper can
// ever find an unlocked `.owner` of a live folder.
int makeOwnerLock(const QString &folder)
{
    const QString fresh = folder + QStringLiteral("/.owner-new");
    const int fd = lockOwner(fresh, O_CREAT | O_EXCL);
    if (fd < 0)
        return -1;
    if (::rename(QFile::encodeName(fresh).constData(),
            QFile::encodeName(folder + QLatin1Char('/') + kOwnerLock).constData())
        != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

QString PrivateFolder::parentFolder()
{
    return QDir::tempPath();
}

PrivateFolder::PrivateFolder()
{
    sweepAbandoned();
    QTemporaryDir made(QDir(parentFolder()).filePath(kPrefix + QStringLiteral("XXXXXX")));
    if (!made.isValid())
        return;
    made.setAutoRemove(false);
    m_path = made.path();
    m_lockFd = makeOwnerLock(m_path);
    if (m_lockFd < 0)
        QDir(m_path).removeRecursively();
}

PrivateFolder::~PrivateFolder()
{
    if (!isValid())
        return;
    QDir(m_path).removeRecursively();
    ::close(m_lockFd);
}

QString PrivateFolder::filePath(const QString &name) const
{
    return m_path + QLatin1Char('/') + name;
}

int PrivateFolder::sweepAbandoned()
{
    int removed = 0;
    const QDir parent(parentFolder());
    const QStringList folders = parent.entryList(
        {kPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &name : folders) {
        const QString folder = parent.filePath(name);
        // A folder being made has no lock file yet: leave it to its maker for a while.
        if (!QFileInfo::exists(folder + QLatin1Char('/') + kOwnerLock)) {
            const QFileInfo info(folder);
            if (info.lastModified().msecsTo(QDateTime::currentDateTime()) > kUnfinishedAfterMs
                && QDir(folder).removeRecursively())
                ++removed;
            continue;
        }
        // A lock we can take belongs to nobody alive.
        const int fd = lockOwner(folder + QLatin1Char('/') + kOwnerLock, 0);
        if (fd < 0)
            continue;
        if (QDir(folder).removeRecursively())
            ++removed;
        ::close(fd);
    }
    return removed;
}

} // namespace pactesur
