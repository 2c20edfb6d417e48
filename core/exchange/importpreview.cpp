// SPDX-License-Identifier: EUPL-1.2
#include "importpreview.h"

#include "exchange/merger.h"
#include "exchange/packagereader.h"
#include "exchange/statestore.h"
#include "store/database.h"

#include <QHash>

namespace pactesur {

Result<QList<PreviewRecord>> ImportPreview::group(const Database &db, const QString &packagePath,
    const ImportReport &report, const std::atomic_bool *cancel)
{
    using Group = PreviewRecord::Group;
    QList<PreviewRecord> records;
    records.reserve(report.changes.size() + report.rejected.size());
    for (const ImportChange &change : report.changes)
        records.append({Group::New, change.kind, change.id, change.title, change.fields, {}});
    for (const Rejection &rejection : report.rejected)
        records.append({Group::Rejected, rejection.kind, rejection.id, {}, {}, rejection.reason});
    // The common case, a first import: every change is a new record, nothing to tell apart.
    if (report.updated == 0 && report.conflicts == 0 && report.rejected.isEmpty())
        return records;

    QHash<QString, qsizetype> changed;
    QHash<QString, qsizetype> refused;
    for (qsizetype i = 0; i < records.size(); ++i)
        (records.at(i).group == Group::Rejected ? refused : changed).insert(records.at(i).id, i);

    // Merging again is pure and the local records have not changed since the dry run (the
    // caller holds the only writer), so this finds what the dry run found.
    PackageReader reader;
    if (Status status = reader.open(packagePath); !status)
        return status.error();
    LocalStates local(db);
    QList<PreviewRecord> conflicts;
    Status read
        = reader.forEachRecord([&](const RecordState &incoming, const QVariantList &) -> Status {
              if (cancel && cancel->load())
                  return Error::failure(tr("Cancelled."));
              if (const auto it = refused.constFind(incoming.id); it != refused.constEnd()) {
                  const KindSpec &kind = Kinds::get(incoming.kind);
                  records[*it].title = incoming.shown(kind.titleField).toString();
                  return {};
              }
              const auto it = changed.constFind(incoming.id);
              if (it == changed.constEnd())
                  return {};
              const KindSpec &kind = Kinds::get(incoming.kind);
              const MergeOutcome outcome
                  = Merger::merge(kind, local.load(kind, incoming.id), incoming);
              PreviewRecord &record = records[*it];
              if (!outcome.isNew)
                  record.group = Group::Updated;
              if (!outcome.newConflicts.isEmpty()) {
                  PreviewRecord conflict = record;
                  conflict.group = Group::Conflict;
                  conflict.fields = outcome.newConflicts;
                  conflicts.append(conflict);
              }
              return {};
          });
    if (!read)
        return read.error();
    records.append(conflicts);
    return records;
}

} // namespace pactesur
