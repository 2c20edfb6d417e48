// SPDX-License-Identifier: EUPL-1.2
// The WebDAV listing parser on a hostile server's PROPFIND answer: no crash, and what it
// hands the mailbox are paths inside the mailbox root, never the listed folder itself,
// folders ending with '/'.
#include "fuzzsupport.h"

#include "mailbox/davlisting.h"

#include <cstdint>

using namespace pactesur;

namespace {

const QString kRootPath = QStringLiteral("/remote.php/dav/files/pactesur/");
const QString kFolder = QStringLiteral("inbox/");

void checkEntries(const QList<RemoteEntry> &entries)
{
    for (const RemoteEntry &entry : entries) {
        FUZZ_CHECK(!entry.path.isEmpty());
        FUZZ_CHECK(entry.path != kFolder, entry.path);
        FUZZ_CHECK(!entry.isFolder || entry.path.endsWith(QLatin1Char('/')), entry.path);
        // The mailbox joins these paths to its root, locally too: no way out of it.
        FUZZ_CHECK(!entry.path.startsWith(QLatin1Char('/')), entry.path);
        const QStringList segments = entry.path.split(QLatin1Char('/'));
        FUZZ_CHECK(!segments.contains(QStringLiteral("..")), entry.path);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
        qsizetype(size));
    const std::optional<QList<RemoteEntry>> entries = davlisting::parse(body, kRootPath, kFolder);
    if (entries)
        checkEntries(*entries);
    // The root itself as the listed folder: what the mailbox's first listing asks.
    const std::optional<QList<RemoteEntry>> atRoot = davlisting::parse(body, kRootPath, QString());
    FUZZ_CHECK(entries.has_value() == atRoot.has_value());
    return 0;
}
