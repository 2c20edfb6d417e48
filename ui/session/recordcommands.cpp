// SPDX-License-Identifier: EUPL-1.2
#include "recordcommands.h"

#include "session.h"

namespace pactesur {

RecordCommand::RecordCommand(
    Session &session, const KindSpec &kind, const QString &id, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_kind(kind)
    , m_id(id)
{ }

void RecordCommand::undo()
{
    run(true);
}

void RecordCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    run(false);
}

void RecordCommand::run(bool undo)
{
    RecordStore store(m_session.database());
    const Status status = undo ? applyUndo(store) : applyRedo(store);
    if (!status) {
        // The record changed since (an import, say): this step cannot be replayed.
        setObsolete(true);
        emit m_session.editFailed(status.error().message);
    }
    emit m_session.recordsChanged(m_kind.name);
}

EditRecordCommand::EditRecordCommand(Session &session, const KindSpec &kind, const QString &id,
    const QString &text, TextValues before, TextValues after)
    : RecordCommand(session, kind, id, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

} // namespace pactesur
