// SPDX-License-Identifier: EUPL-1.2
// The SQLite package after its container (what SealedPackage::open decrypts): the
// reader's size bound, hardened read-only open, quick_check, schema allow-list, manifest
// and record checks, on hostile bytes. Forging a signature is out of a fuzzer's reach, so
// this target starts where the signed container ends (fuzz_package covers the container).
// No crash, bounded time, and what the reader accepts is well formed.
#include "fuzzsupport.h"

#include "exchange/packagereader.h"
#include "model/kinds.h"
#include "util/uuid.h"

#include <cstdint>

using namespace pactesur;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzz::writeScratchFile(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
        QStringLiteral("package.sqlite"));
    PackageReader reader;
    if (const Status opened = reader.openUnsealed(path); !opened) {
        fuzz::tell(QStringLiteral("refused: ") + opened.error().message);
        return 0;
    }
    const Manifest &manifest = reader.manifest();
    FUZZ_CHECK(uuid::isValid(manifest.senderReplica), manifest.senderReplica);
    FUZZ_CHECK(manifest.kind == QLatin1String("full") || manifest.kind == QLatin1String("delta"),
        manifest.kind);
    FUZZ_CHECK(!reader.fileDigest().isEmpty());
    int records = 0;
    const Status read = reader.forEachRecord([&records](const PackageRecord &record) -> Status {
        FUZZ_CHECK(record.kind != nullptr);
        FUZZ_CHECK(uuid::isValid(record.id()), record.id());
        (void)record.state();
        for (const FieldSpec &field : record.kind->fields)
            (void)record.text(field.name);
        ++records;
        return {};
    });
    fuzz::tell(read ? QStringLiteral("read %1 records").arg(records)
                    : QStringLiteral("records refused: ") + read.error().message);
    return 0;
}
