// SPDX-License-Identifier: EUPL-1.2
#include "store/databaselock.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pactesur {

namespace {

// Another process may unlink the file between our open() and flock() (it releases by
// unlinking while it still holds the lock); then we hold a lock on a name nobody sees.
bool isStillTheFileAtPath(int fd, const QByteArray &path)
{
    struct stat opened
    {
    };
    struct stat named
    {
    };
    return ::fstat(fd, &opened) == 0 && ::stat(path.constData(), &named) == 0
        && opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

} // namespace

DatabaseLock::Outcome DatabaseLock::tryAcquire()
{
    if (isHeld())
        return Outcome::Acquired;
    const QByteArray path = QFile::encodeName(m_path);
    // A few rounds cover a holder that releases while we look; more would mean a fight.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            return Outcome::Unavailable;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            ::close(fd);
            return error == EWOULDBLOCK ? Outcome::HeldElsewhere : Outcome::Unavailable;
        }
        if (!isStillTheFileAtPath(fd, path)) {
            ::close(fd);
            continue;
        }
        // For a person looking at the folder: who holds it. The lock itself is the flock.
        const QByteArray owner = QByteArray::number(QCoreApplication::applicationPid()) + '\n';
        if (::ftruncate(fd, 0) == 0) [[maybe_unused]]
            const ssize_t written = ::write(fd, owner.constData(), size_t(owner.size()));
        m_fd = fd;
        return Outcome::Acquired;
    }
    return Outcome::HeldElsewhere;
}

void DatabaseLock::release()
{
    if (!isHeld())
        return;
    // Unlink while still holding, so a newcomer either fails on our lock or makes a new file.
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
    m_fd = -1;
}

} // namespace pactesur
