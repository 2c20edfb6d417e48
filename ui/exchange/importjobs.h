// SPDX-License-Identifier: EUPL-1.2
// The two jobs of an import, run by ExchangeWorker off the GUI thread: the preview (open
// the package, dry run, sort the records into groups) and the apply.
#pragma once

#include "exchange/importpreview.h"
#include "session/exchangeworker.h"

#include <memory>
#include <optional>

namespace pactesur {

struct ImportPreviewOutcome
{
    std::optional<Error> error;
    ImportReport report;
    QList<PreviewRecord> records;
    int declaredRecords = 0;
};

struct ImportApplyOutcome
{
    std::optional<Error> error;
    ImportReport report;
};

namespace importjobs {

enum Stage { Opening, Comparing, Grouping, Reading, Saving };

// `onHeader` runs on the GUI thread as soon as the package's manifest is known, long before
// the comparison with the database ends on a large package.
ExchangeWorker::Job preview(ExchangeWorker &worker, const QString &packagePath,
    std::shared_ptr<ImportPreviewOutcome> outcome,
    std::function<void(const Manifest &, int declaredRecords)> onHeader);

// `records` and `writes` (new + updated of the preview) size the progress bar: reading the
// package first, then saving what changes.
ExchangeWorker::Job apply(ExchangeWorker &worker, const QString &packagePath, int records,
    int writes, std::shared_ptr<ImportApplyOutcome> outcome);

} // namespace importjobs

} // namespace pactesur
