// SPDX-License-Identifier: EUPL-1.2
// The review workflow of practice sheets (draft -> submitted -> changes_requested ->
// validated -> published), enforced by the write path so that the CLI, the desktop and
// undo all obey it. Imports are not checked here: a peer's writes are judged by ownership.
#pragma once

#include "store/recordstore.h"
#include "store/replica.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace pactesur {

class Database;

class SheetWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::SheetWorkflow)
public:
    // Fields that must be filled before a sheet leaves the draft: the "required" checklist
    // of the editor. The schema's own required fields (title, city, language) come first.
    static QStringList fieldsRequiredToSubmit();
    // The required-to-submit fields still empty in these stored values, in form order.
    static QStringList missingForSubmission(const QVariantMap &values);
    // Statuses `identity` may move a sheet of `ownerCity` to from `from` (not `from` itself).
    static QStringList nextStatuses(
        const Identity &identity, const QString &ownerCity, const QString &from);
    // Whether `identity` may change the content of a sheet of `ownerCity` in `status`.
    static bool canEditContent(
        const Identity &identity, const QString &ownerCity, const QString &status);
    // Whether `identity` may write review notes (the coordinator only).
    static bool canReview(const Identity &identity) { return identity.isCoordinator(); }

    // The check RecordStore runs on every local write of a sheet: `existing` is empty for a
    // creation, `merged` holds the stored values after the write, `changed` the fields the
    // write changes. The error says, in the user's language, what is not allowed and why.
    static Status checkWrite(const Identity &identity, const std::optional<Record> &existing,
        const QVariantMap &merged, const QStringList &changed);
};

// One status change of a sheet, as kept in the replicated table sheet_history.
struct SheetStatusChange
{
    QString fromStatus; // empty for the first status of a new sheet
    QString toStatus;
    QString at; // ISO 8601 UTC
    QString by; // "coordinator" or a city id
};

class SheetHistory
{
public:
    // In the order they were made.
    static QList<SheetStatusChange> forSheet(const Database &db, const QString &sheetId);
};

} // namespace pactesur
