// SPDX-License-Identifier: EUPL-1.2
#include "foldertransport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace pactesur {

namespace {

// Copies with a sync at the end: a file the round goes on to rename must be whole on disk.
bool copyFile(const QString &from, const QString &to, qint64 maxBytes, int *error)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = ENOENT;
        return false;
    }
    if (maxBytes >= 0 && in.size() > maxBytes) {
        *error = EFBIG;
        return false;
    }
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = errno ? errno : EACCES;
        return false;
    }
    QByteArray block;
    while (!(block = in.read(1024 * 1024)).isEmpty()) {
        if (out.write(block) != block.size()) {
            *error = errno ? errno : ENOSPC;
            out.remove();
            return false;
        }
    }
    if (!out.flush() || ::fsync(out.handle()) != 0) {
        *error = errno ? errno : EIO;
        out.remove();
        return false;
    }
    return true;
}

} // namespace

FolderTransport::FolderTransport(const QString &root)
    : m_root(QDir::cleanPath(root))
{ }

QString FolderTransport::address() const
{
    return QDir::toNativeSeparators(m_root);
}

QString FolderTransport::absolute(const QString &relative) const
{
    return m_root + QLatin1Char('/') + relative;
}

// `message` names the path as %1 and the system's reason as %2.
Error FolderTransport::cannot(const QString &message, const QString &path, int error) const
{
    if (error == ENOSPC || error == EDQUOT) {
        return Error::failure(tr("The mailbox folder %1 is full: free space on its disk.")
                                  .arg(QDir::toNativeSeparators(m_root)));
    }
    return Error::failure(message.arg(
        QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error))));
}

// A drive not mounted, or a synced folder not there yet: never read as an empty mailbox.
Error FolderTransport::missingRoot() const
{
    return Error::failure(tr("The mailbox folder %1 does not exist (a drive not mounted, or "
                             "a folder not yet synced?).")
                              .arg(QDir::toNativeSeparators(m_root)));
}

Result<QList<RemoteEntry>> FolderTransport::list(const QString &folder, bool deep)
{
    if (!QFileInfo(m_root).isDir())
        return missingRoot();
    QList<RemoteEntry> entries;
    const QString base = absolute(folder);
    if (!QFileInfo(base).isDir())
        return entries;
    QDirIterator it(base, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
        deep ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        RemoteEntry entry;
        entry.isFolder = info.isDir();
        entry.path = QDir(m_root).relativeFilePath(info.filePath())
            + (entry.isFolder ? QStringLiteral("/") : QString());
        entry.size = entry.isFolder ? -1 : info.size();
        entry.etag = QStringLiteral("%1-%2").arg(info.size()).arg(
            info.lastModified().toMSecsSinceEpoch());
        entries.append(entry);
    }
    return entries;
}

Status FolderTransport::makeFolder(const QString &folder)
{
    if (!QFileInfo(m_root).isDir())
        return missingRoot();
    if (!QDir().mkpath(absolute(folder)))
        return cannot(tr("Cannot create the folder %1 in the mailbox: %2."), folder, errno ? errno : EACCES);
    return {};
}

Status FolderTransport::upload(const QString &localPath, const QString &remotePath)
{
    int error = 0;
    if (cancelled())
        return Error::failure(tr("Sync cancelled."));
    if (!copyFile(localPath, absolute(remotePath), -1, &error))
        return cannot(tr("Cannot write %1 in the mailbox: %2."), remotePath, error);
    return {};
}

Result<Transport::Moved> FolderTransport::move(const QString &from, const QString &to, bool overwrite)
{
    const QByteArray source = QFile::encodeName(absolute(from));
    const QByteArray target = QFile::encodeName(absolute(to));
    if (overwrite) {
        if (::rename(source.constData(), target.constData()) != 0)
            return cannot(tr("Cannot rename %1 in the mailbox: %2."), from, errno);
        return Moved::Done;
    }
    // link(2) fails with EEXIST rather than replace: the no-overwrite rename of a folder.
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return Moved::Done;
    }
    if (errno == EEXIST)
        return Moved::TargetExists;
    // Some synced or network file systems have no hard links: check, then rename.
    if (QFileInfo::exists(absolute(to)))
        return Moved::TargetExists;
    if (::rename(source.constData(), target.constData()) != 0)
        return cannot(tr("Cannot rename %1 in the mailbox: %2."), from, errno);
    return Moved::Done;
}

Status FolderTransport::download(const QString &remotePath, const QString &localPath, qint64 maxBytes)
{
    int error = 0;
    if (cancelled())
        return Error::failure(tr("Sync cancelled."));
    if (!copyFile(absolute(remotePath), localPath, maxBytes, &error)) {
        QFile::remove(localPath);
        return cannot(tr("Cannot read %1 from the mailbox: %2."), remotePath, error);
    }
    return {};
}

Status FolderTransport::remove(const QString &remotePath)
{
    const QByteArray path = QFile::encodeName(absolute(remotePath));
    if (::unlink(path.constData()) != 0 && errno != ENOENT)
        return cannot(tr("Cannot remove %1 from the mailbox: %2."), remotePath, errno);
    return {};
}

} // namespace pactesur
