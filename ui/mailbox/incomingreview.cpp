// SPDX-License-Identifier: EUPL-1.2
#include "incomingreview.h"

#include "session/exchangeworker.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace pactesur::incomingreview {

namespace {

// Shared by the waiting round and the GUI's answer, which may come after the round gave up.
// The standard mutex and condition, not QMutex and QWaitCondition: QWaitCondition::wait
// unlocks and relocks the QMutex inside libQt6Core, where ThreadSanitizer (the tsan preset)
// cannot see it, and then reports the GUI's lock as a double lock.
struct Pending
{
    std::mutex mutex;
    std::condition_variable answered;
    bool done = false;
    Verdict verdict;
};

} // namespace

Error declined()
{
    return Error {Error::Usage, QStringLiteral("declined")};
}

Import importer(ExchangeWorker &worker, Ask ask, Import importAsUsual)
{
    return [&worker, ask, importAsUsual](const QString &path) -> Result<ImportReport> {
        auto pending = std::make_shared<Pending>();
        // Not a blocking queued call: the worker's destructor cancels and waits for this
        // thread, which must then be able to stop waiting for the GUI.
        worker.post([ask, path, pending] {
            ask(path, [pending](const Verdict &verdict) {
                const std::lock_guard lock(pending->mutex);
                if (pending->done)
                    return;
                pending->done = true;
                pending->verdict = verdict;
                pending->answered.notify_all();
            });
        });
        Verdict verdict;
        {
            std::unique_lock lock(pending->mutex);
            while (!pending->done && !worker.isCancelled())
                pending->answered.wait_for(lock, std::chrono::milliseconds(100));
            if (!pending->done)
                return declined();
            verdict = pending->verdict;
        }
        return verdict ? *verdict : importAsUsual(path);
    };
}

} // namespace pactesur::incomingreview
