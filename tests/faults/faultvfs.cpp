// SPDX-License-Identifier: EUPL-1.2
#include "faultvfs.h"

#include <sqlite3.h>

#include <QByteArray>

#include <atomic>
#include <mutex>

namespace pactesur::test {

namespace {

enum class Call { Read, Write, Sync, Truncate };

// Our file: a header in front of the default VFS's own file structure, as test_vfs.c lays
// it out, so one allocation by SQLite holds both.
struct FaultFile
{
    sqlite3_file base;
    sqlite3_file *real;
    const char *name; // SQLite keeps it valid until xClose; null for anonymous temp files
};

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

std::atomic_bool g_armed {false};
std::atomic_int g_armedCall {0};
std::atomic<FaultVfs::Mode> g_mode {FaultVfs::Mode::OneShotIoError};
std::atomic_int g_calls {0};
std::atomic_int g_writeCalls {0};
std::atomic_int g_faults {0};
std::mutex g_firstFaultMutex;
QString g_firstFault;

const char *callName(Call call)
{
    switch (call) {
    case Call::Read:
        return "read";
    case Call::Write:
        return "write";
    case Call::Sync:
        return "sync";
    case Call::Truncate:
        return "truncate";
    }
    return "?";
}

int errorFor(Call call, FaultVfs::Mode mode)
{
    switch (call) {
    case Call::Read:
        return SQLITE_IOERR_READ;
    case Call::Write:
        return mode == FaultVfs::Mode::DiskFull ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    case Call::Sync:
        return SQLITE_IOERR_FSYNC;
    case Call::Truncate:
        return SQLITE_IOERR_TRUNCATE;
    }
    return SQLITE_IOERR;
}

// Counts the call; the error to return instead of doing it, or SQLITE_OK.
int injected(Call call, const FaultFile *file)
{
    const int all = ++g_calls;
    const int writes = call == Call::Write ? ++g_writeCalls : g_writeCalls.load();
    if (!g_armed)
        return SQLITE_OK;
    const FaultVfs::Mode mode = g_mode;
    const int target = g_armedCall;
    switch (mode) {
    case FaultVfs::Mode::OneShotIoError:
        if (all != target)
            return SQLITE_OK;
        break;
    case FaultVfs::Mode::PersistentIoError:
        if (all < target)
            return SQLITE_OK;
        break;
    case FaultVfs::Mode::DiskFull:
        if (call != Call::Write || writes < target)
            return SQLITE_OK;
        break;
    }
    if (++g_faults == 1) {
        const std::lock_guard<std::mutex> lock(g_firstFaultMutex);
        g_firstFault = QStringLiteral("%1 #%2 of %3")
                           .arg(QLatin1String(callName(call)))
                           .arg(mode == FaultVfs::Mode::DiskFull ? writes : all)
                           .arg(file->name ? QString::fromUtf8(file->name)
                                           : QStringLiteral("a temporary file"));
    }
    return errorFor(call, mode);
}

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<FaultFile *>(file)->real;
}

int faultClose(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xClose(real);
}

int faultRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = injected(Call::Read, reinterpret_cast<FaultFile *>(file)))
        return rc;
    sqlite3_file *real = realOf(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int faultWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = injected(Call::Write, reinterpret_cast<FaultFile *>(file)))
        return rc;
    sqlite3_file *real = realOf(file);
    return real->pMethods->xWrite(real, buffer, amount, offset);
}

int faultTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (const int rc = injected(Call::Truncate, reinterpret_cast<FaultFile *>(file)))
        return rc;
    sqlite3_file *real = realOf(file);
    return real->pMethods->xTruncate(real, size);
}

int faultSync(sqlite3_file *file, int flags)
{
    if (const int rc = injected(Call::Sync, reinterpret_cast<FaultFile *>(file)))
        return rc;
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSync(real, flags);
}

// Everything else goes straight to the default VFS's file.
int faultFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileSize(real, size);
}
int faultLock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xLock(real, level);
}
int faultUnlock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnlock(real, level);
}
int faultCheckReservedLock(sqlite3_file *file, int *reserved)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xCheckReservedLock(real, reserved);
}
int faultFileControl(sqlite3_file *file, int op, void *argument)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileControl(real, op, argument);
}
int faultSectorSize(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSectorSize(real);
}
int faultDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xDeviceCharacteristics(real);
}
int faultShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **memory)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmMap(real, region, size, extend, memory);
}
int faultShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmLock(real, offset, n, flags);
}
void faultShmBarrier(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    real->pMethods->xShmBarrier(real);
}
int faultShmUnmap(sqlite3_file *file, int deleteFlag)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}
int faultFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFetch(real, offset, amount, pointer);
}
int faultUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnfetch(real, offset, pointer);
}

int faultOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *ours = reinterpret_cast<FaultFile *>(file);
    ours->base.pMethods = nullptr;
    ours->real = reinterpret_cast<sqlite3_file *>(ours + 1);
    ours->name = name;
    const int rc = g_real->xOpen(g_real, name, ours->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open.
    if (ours->real->pMethods)
        ours->base.pMethods = &g_methods;
    return rc;
}

} // namespace

void FaultVfs::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_real = sqlite3_vfs_find(nullptr);
        if (!g_real)
            qFatal("SQLite has no default VFS to wrap");
        // The unix VFS's own file methods are version 3 (WAL's shared memory, mmap).
        if (g_real->iVersion < 1)
            qFatal("unexpected SQLite VFS version");
        g_vfs = *g_real; // every other method is the default VFS's own
        g_vfs.zName = "pactesur-fault";
        g_vfs.pNext = nullptr;
        g_vfs.szOsFile = int(sizeof(FaultFile)) + g_real->szOsFile;
        g_vfs.xOpen = faultOpen;
        g_methods = {3, faultClose, faultRead, faultWrite, faultTruncate, faultSync, faultFileSize,
            faultLock, faultUnlock, faultCheckReservedLock, faultFileControl, faultSectorSize,
            faultDeviceCharacteristics, faultShmMap, faultShmLock, faultShmBarrier, faultShmUnmap,
            faultFetch, faultUnfetch};
        if (sqlite3_vfs_register(&g_vfs, 1) != SQLITE_OK)
            qFatal("cannot register the fault-injecting VFS");
    });
}

void FaultVfs::reset()
{
    g_armed = false;
    g_calls = 0;
    g_writeCalls = 0;
    g_faults = 0;
    const std::lock_guard<std::mutex> lock(g_firstFaultMutex);
    g_firstFault.clear();
}

void FaultVfs::arm(int call, Mode mode)
{
    reset();
    g_mode = mode;
    g_armedCall = call;
    g_armed = true;
}

void FaultVfs::disarm()
{
    g_armed = false;
}

int FaultVfs::calls()
{
    return g_calls;
}

int FaultVfs::writeCalls()
{
    return g_writeCalls;
}

int FaultVfs::faults()
{
    return g_faults;
}

QString FaultVfs::firstFault()
{
    const std::lock_guard<std::mutex> lock(g_firstFaultMutex);
    return g_firstFault;
}

} // namespace pactesur::test
