// SPDX-License-Identifier: EUPL-1.2
// What the fuzz targets share. A finding must stop the run with a stack trace, under
// libFuzzer as under the replay driver: FUZZ_CHECK aborts (never an assert, which a
// release build drops).
#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QString>

#include <memory>

#define FUZZ_CHECK(condition, ...)                                                                 \
    do {                                                                                           \
        if (!(condition))                                                                          \
            pactesur::fuzz::fail(#condition, __FILE__, __LINE__, QString(__VA_ARGS__));            \
    } while (false)

namespace pactesur::fuzz {

[[noreturn]] void fail(const char *condition, const char *file, int line, const QString &detail);

// The application object the target needs, made once (Qt's SQL drivers and text layout
// want one). A GUI application uses the offscreen platform.
void ensureApplication(bool gui = false);

// A private folder for the process, removed at exit.
QString scratchFolder();

// Writes the bytes to one file in the scratch folder (the same path every call: the code
// under test reads packages from files).
QString writeScratchFile(const QByteArray &bytes, const QString &name);

// Says why an input went no further, when PACTESUR_FUZZ_VERBOSE is set: to check by hand
// that the seeds reach the checks they were made for.
void tell(const QString &what);

// The folder of the fixed replica's keys and of its sender's card (tests/fuzz/fixtures).
QString fixturesFolder();

// A seeded liaison of Vilnius with the fixed replica id and keys of fixtures/, which has
// enrolled the fixed coordinator's card: seed packages the coordinator sealed for it open
// here, so the fuzzer reaches decryption and the SQLite checks. Made once per process.
Database &fixedReplica();

// The fixed replica's id (fixtures/replica.txt).
QString fixedReplicaId();

} // namespace pactesur::fuzz
