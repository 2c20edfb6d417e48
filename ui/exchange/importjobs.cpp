// SPDX-License-Identifier: EUPL-1.2
#include "importjobs.h"

#include "exchange/peerdirectory.h"
#include "model/kinds.h"
#include "store/database.h"

#include <sqlite3.h>

namespace pactesur::importjobs {

ExchangeWorker::Job preview(ExchangeWorker &worker, const QString &packagePath,
    std::shared_ptr<ImportPreviewOutcome> outcome,
    std::function<void(const Manifest &, int)> onHeader)
{
    return [&worker, packagePath, outcome, onHeader](Database &db) {
        worker.setStage(Opening);
        Importer::Options options;
        options.dryRun = true;
        options.cancel = worker.cancelFlag();
        // The person sees who sent what as soon as the package passed its checks, a
        // fraction of a second even at network scale, while its records are compared.
        options.opened = [&worker, outcome, onHeader](const Manifest &manifest, int declared) {
            outcome->declaredRecords = declared;
            worker.post([onHeader, manifest, declared] { onHeader(manifest, declared); });
            worker.setStage(Comparing);
            worker.setProgress(0, declared);
        };
        options.progress
            = [&worker, outcome](int done) { worker.setProgress(done, outcome->declaredRecords); };
        Result<ImportReport> report = Importer::run(db, packagePath, options);
        if (!report) {
            outcome->error = report.error();
            return;
        }
        worker.setStage(Grouping);
        worker.setProgress(outcome->declaredRecords, outcome->declaredRecords);
        outcome->records = ImportPreview::group(report.value());
        outcome->report = std::move(report).value();
        // A participation is titled by its city: its name, not its id, says something.
        const PeerDirectory names(db);
        for (PreviewRecord &record : outcome->records) {
            const KindSpec *kind = Kinds::find(record.kind);
            const FieldSpec *title = kind ? kind->field(kind->titleField) : nullptr;
            if (title && title->type == FieldType::CityRef
                && !names.cityName(record.title).isEmpty())
                record.title = names.cityName(record.title);
        }
    };
}

namespace {

// Writes show in SQLite's change counter of this connection; reading it from the progress
// handler keeps the bar moving while the importer saves, which it does not report itself.
// The same handler interrupts the statement running when Cancel is pressed: one statement
// may copy a whole kind's new records, and the importer looks at the flag only between
// records.
struct SaveProgress
{
    ExchangeWorker *worker = nullptr;
    sqlite3 *handle = nullptr;
    sqlite3_int64 baseline = 0;
    qint64 read = 0;
    qint64 records = 0;
    qint64 writes = 0;

    void report() const
    {
        const qint64 written
            = qBound<qint64>(0, sqlite3_total_changes64(handle) - baseline, writes);
        worker->setStage(written > 0 ? Saving : Reading);
        worker->setProgress(read + written, records + writes);
    }
};

int onProgress(void *context)
{
    const auto *progress = static_cast<const SaveProgress *>(context);
    progress->report();
    return progress->worker->isCancelled() ? 1 : 0;
}

} // namespace

ExchangeWorker::Job apply(ExchangeWorker &worker, const QString &packagePath, int records,
    int writes, std::shared_ptr<ImportApplyOutcome> outcome)
{
    return [&worker, packagePath, records, writes, outcome](Database &db) {
        SaveProgress progress {
            &worker, db.handle(), sqlite3_total_changes64(db.handle()), 0, records, writes};
        worker.setStage(Reading);
        progress.report();
        sqlite3_progress_handler(db.handle(), 4000, onProgress, &progress);
        Importer::Options options;
        options.cancel = worker.cancelFlag();
        options.progress = [&progress](int done) {
            progress.read = done;
            progress.report();
        };
        Result<ImportReport> report = Importer::run(db, packagePath, options);
        sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
        if (!report)
            outcome->error = report.error();
        else
            outcome->report = std::move(report).value();
    };
}

} // namespace pactesur::importjobs
