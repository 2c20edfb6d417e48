// SPDX-License-Identifier: EUPL-1.2
// A package file from bytes to the dry-run report a person reviews (DESIGN.md section 7):
// the signed container (header bounds, signer in the roster, Ed25519 signature, ciphertext
// hash, sealed file key, secretstream decryption), then the SQLite package and its records,
// then the importer's dry run and the preview's groups. The fixed replica (fuzzsupport.h)
// enrolled the coordinator whose sealed seed packages open here, so the fuzzer starts past
// the signature and reaches every later check through the seeds.
// No crash, bounded time, and a dry run applies nothing.
#include "fuzzsupport.h"

#include "exchange/importer.h"
#include "exchange/importpreview.h"
#include "trust/sealedpackage.h"

#include <cstdint>

using namespace pactesur;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)fuzz::fixedReplica();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Database &db = fuzz::fixedReplica();
    const QString path = fuzz::writeScratchFile(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
        QStringLiteral("incoming.pactesur"));
    const Result<SealedPackage::Header> header = SealedPackage::inspect(db, path);
    if (header) {
        FUZZ_CHECK(!header->sender.isEmpty());
        FUZZ_CHECK(header->signer.replica == header->sender, header->sender);
        FUZZ_CHECK(!header->signer.revoked);
    }
    Importer::Options options;
    options.dryRun = true;
    options.backup = false;
    const Result<ImportReport> report = Importer::run(db, path, options);
    if (!report) {
        fuzz::tell(QStringLiteral("refused: ") + report.error().message);
        return 0;
    }
    fuzz::tell(QStringLiteral("dry run: %1 new, %2 updated, %3 unchanged, %4 refused")
                   .arg(report->created)
                   .arg(report->updated)
                   .arg(report->unchanged)
                   .arg(report->rejected.size()));
    // The container was checked before anything of it was read.
    FUZZ_CHECK(header, QStringLiteral("imported a package whose header inspect() refuses"));
    FUZZ_CHECK(!report->applied);
    FUZZ_CHECK(report->manifest.verified);
    FUZZ_CHECK(report->created >= 0 && report->updated >= 0 && report->unchanged >= 0
        && report->conflicts >= 0);
    const QList<PreviewRecord> preview = ImportPreview::group(report.value());
    qsizetype rejected = 0;
    for (const PreviewRecord &record : preview) {
        if (record.group == PreviewRecord::Group::Rejected)
            ++rejected;
    }
    FUZZ_CHECK(rejected == report->rejected.size());
    return 0;
}
