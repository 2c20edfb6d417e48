// SPDX-License-Identifier: EUPL-1.2
// One step of a sheet editor's own undo history: an autosave of some fields. Autosaves of
// the same field while the person stays in it merge, so one undo takes back one stretch of
// typing rather than the last two seconds of it.
#include "sheeteditcommand.h"

#include "model/kinds.h"

namespace pactesur {

SheetEditCommand::SheetEditCommand(Session &session, const QString &sheetId, const QString &text,
    TextValues before, TextValues after)
    : RecordCommand(session, Kinds::get(QStringLiteral("sheets")), sheetId, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

bool SheetEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SheetEditCommand *>(other);
    if (m_sealed || next->recordId() != recordId() || next->m_after.keys() != m_after.keys())
        return false;
    // Only a continuation: the next step must start where this one ended.
    if (next->m_before != m_after)
        return false;
    m_after = next->m_after;
    m_sealed = next->m_sealed;
    // Typed and deleted again: the step changes nothing and leaves the history.
    setObsolete(m_after == m_before);
    return true;
}

Status SheetEditCommand::applyUndo(RecordStore &store)
{
    return store.update(kind(), recordId(), m_before);
}

Status SheetEditCommand::applyRedo(RecordStore &store)
{
    return store.update(kind(), recordId(), m_after);
}

} // namespace pactesur
