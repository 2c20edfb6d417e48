// SPDX-License-Identifier: EUPL-1.2
#include "reportfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pactesur {

namespace {

bool syncDirectory(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true;
#endif
}

} // namespace

Status ReportFile::write(const QString &path, const Producer &produce)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::failure(
            tr("Cannot write the report to %1: %2.").arg(shown, file.errorString()));
    }
    if (!produce(file)) {
        file.cancelWriting();
        return Error::failure(tr("Cannot write the report to %1.").arg(shown));
    }
    if (!file.commit()) {
        return Error::failure(
            tr("Cannot write the report to %1: %2.").arg(shown, file.errorString()));
    }
    if (!syncDirectory(QFileInfo(path).absolutePath()))
        return Error::failure(tr("Cannot make sure the report %1 was saved.").arg(shown));
    return {};
}

Status ReportFile::write(const QString &path, const QByteArray &bytes)
{
    return write(path, [&bytes](QIODevice &device) { return device.write(bytes) == bytes.size(); });
}

} // namespace pactesur
