// SPDX-License-Identifier: EUPL-1.2
// Per-kind rules of the write path: the review workflow of practice sheets and the status
// history written with each change of status (DESIGN.md section 3, issue 5).
#include "recordstore.h"

#include "sheets/sheetworkflow.h"
#include "store/database.h"
#include "util/uuid.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

namespace {

bool isSheet(const KindSpec &kind)
{
    return kind.name == QLatin1String("sheets");
}

} // namespace

Status RecordStore::checkKindRules(const KindSpec &kind, const std::optional<Record> &existing,
    const QVariantMap &merged, const QVariantMap &changes) const
{
    if (!isSheet(kind))
        return {};
    if (existing && changes.isEmpty()) {
        // Deleting: the same rule as changing the content.
        if (!SheetWorkflow::canEditContent(m_identity, existing->owner,
                existing->value(QStringLiteral("status")).toString())) {
            return Error::rejected(
                tr("This practice sheet is %1: only the coordinator can delete it now.")
                    .arg(Kinds::choiceLabel(existing->value(QStringLiteral("status")).toString())
                             .toLower()));
        }
        return {};
    }
    // A new record "changes" only the fields it fills.
    QStringList changed;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (existing || !it.value().isNull())
            changed << it.key();
    }
    return SheetWorkflow::checkWrite(m_identity, existing, merged, changed);
}

Status RecordStore::writeAlongside(const KindSpec &kind, const QString &id,
    const std::optional<Record> &existing, const QVariantMap &changes)
{
    if (!isSheet(kind) || !changes.contains(QStringLiteral("status")))
        return {};
    const KindSpec &history = Kinds::get(QStringLiteral("sheet_history"));
    QVariantMap values = {{QStringLiteral("sheet"), id},
        {QStringLiteral("to_status"), changes.value(QStringLiteral("status"))}};
    if (existing)
        values.insert(QStringLiteral("from_status"), existing->value(QStringLiteral("status")));
    QSqlQuery seen(m_db.sql());
    seen.prepare(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) + 1 FROM sheet_history WHERE "
                                "sheet = ? AND deleted = 0"));
    seen.addBindValue(id);
    if (!seen.exec() || !seen.next())
        return Error::failure(seen.lastError().text());
    values.insert(QStringLiteral("sequence"), seen.value(0).toLongLong());
    return write(history, uuid::create(), values, std::nullopt, false);
}

} // namespace pactesur
