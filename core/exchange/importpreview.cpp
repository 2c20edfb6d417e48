// SPDX-License-Identifier: EUPL-1.2
#include "importpreview.h"

namespace pactesur {

QList<PreviewRecord> ImportPreview::group(const ImportReport &report)
{
    using Group = PreviewRecord::Group;
    QList<PreviewRecord> records;
    records.reserve(report.changes.size() + report.rejected.size() + report.conflicts);
    for (const ImportChange &change : report.changes) {
        records.append({change.isNew ? Group::New : Group::Updated, change.kind, change.id,
            change.title, change.fields, {}});
    }
    for (const Rejection &rejection : report.rejected) {
        records.append(
            {Group::Rejected, rejection.kind, rejection.id, rejection.title, {}, rejection.reason});
    }
    for (const ImportChange &change : report.changes) {
        if (!change.conflictFields.isEmpty()) {
            records.append(
                {Group::Conflict, change.kind, change.id, change.title, change.conflictFields, {}});
        }
    }
    return records;
}

} // namespace pactesur
