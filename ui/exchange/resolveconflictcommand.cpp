// SPDX-License-Identifier: EUPL-1.2
#include "resolveconflictcommand.h"

#include "exchange/statestore.h"
#include "model/kinds.h"
#include "session/session.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUndoStack>

namespace pactesur {

namespace {

// Everything merge metadata says about a record: equal fingerprints, equal records.
QByteArray fingerprint(const RecordState &state)
{
    QJsonObject registers;
    for (auto it = state.registers.begin(); it != state.registers.end(); ++it) {
        QJsonArray writes;
        for (const FieldWrite &write : *it)
            writes.append(QJsonArray {write.replica, write.counter, write.at, write.value});
        registers.insert(it.key(), writes);
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("owner"), state.owner},
                             {QStringLiteral("vv"), versionvector::toJson(state.versionVector)},
                             {QStringLiteral("registers"), registers}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

Status ResolveConflictCommand::resolve(Session &session, const QString &conflictId,
    const QString &keepValueId, const QString &newValue)
{
    Database &db = session.database();
    QSqlQuery query(db.sql());
    query.prepare(
        QStringLiteral("SELECT record_kind, record_id, field FROM conflict WHERE id = ?"));
    query.addBindValue(conflictId);
    if (!query.exec() || !query.next())
        return Error::rejected(tr("This conflict was resolved in the meantime."));
    const KindSpec *kind = Kinds::find(query.value(0).toString());
    const QString recordId = query.value(1).toString();
    const std::optional<RecordState> before
        = kind ? StateStore::load(db, *kind, recordId) : std::nullopt;
    if (!before)
        return Error::rejected(tr("The record of this conflict no longer exists."));
    RecordStore store(db);
    if (Status status = store.resolveConflict(conflictId, keepValueId, newValue); !status)
        return status;
    const std::optional<RecordState> after = StateStore::load(db, *kind, recordId);
    const std::optional<Record> record = store.get(*kind, recordId);
    const QString title = record ? record->value(kind->titleField).toString() : QString();
    const FieldSpec *field = kind->field(query.value(2).toString());
    const QString fieldLabel = field ? field->translatedLabel() : tr("Deletion");
    session.undoStack()->push(new ResolveConflictCommand(session,
        tr("Resolve the conflict on “%1” of “%2”").arg(fieldLabel, title), *before,
        after.value_or(*before)));
    emit session.recordsChanged(kind->name);
    emit session.recordsChanged(QStringLiteral("conflicts"));
    return {};
}

ResolveConflictCommand::ResolveConflictCommand(
    Session &session, const QString &text, RecordState before, RecordState after)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void ResolveConflictCommand::freezeAll(QUndoStack *stack)
{
    for (int i = 0; i < stack->count(); ++i) {
        // QUndoStack hands out const commands; freezing changes no undo state it tracks.
        auto *command = const_cast<ResolveConflictCommand *>(
            dynamic_cast<const ResolveConflictCommand *>(stack->command(i)));
        if (command && !command->m_frozen) {
            command->m_frozen = true;
            command->setText(tr("%1 (already sent)").arg(command->text()));
        }
    }
}

void ResolveConflictCommand::undo()
{
    if (m_frozen) {
        refuse(tr("This conflict resolution was already sent in a package, so it can no longer "
                  "be undone. To change the value again, edit the record."));
        return;
    }
    if (Status status = replace(m_after, m_before); !status)
        refuse(status.error().message);
}

void ResolveConflictCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (m_frozen) {
        refuse(tr("The conflict was already sent in a package as it was, so this resolution "
                  "cannot be redone. Resolve it again in the Conflicts inbox."));
        return;
    }
    if (Status status = replace(m_before, m_after); !status)
        refuse(status.error().message);
}

Status ResolveConflictCommand::replace(const RecordState &expected, const RecordState &target)
{
    Database &db = m_session.database();
    const KindSpec &kind = Kinds::get(target.kind);
    const std::optional<RecordState> current = StateStore::load(db, kind, target.id);
    if (!current || fingerprint(*current) != fingerprint(expected))
        return Error::rejected(tr("The record changed since the conflict was resolved (by an "
                                  "import or an edit), so this step cannot be replayed."));
    Transaction transaction(db);
    {
        LocalStates local(db);
        if (Status status = local.save(kind, target, true, true); !status)
            return status;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    emit m_session.recordsChanged(kind.name);
    emit m_session.recordsChanged(QStringLiteral("conflicts"));
    return {};
}

void ResolveConflictCommand::refuse(const QString &message)
{
    // Dropped from the stack (QUndoStack deletes an obsolete command), as RecordCommand does.
    setObsolete(true);
    emit m_session.editFailed(message);
}

} // namespace pactesur
