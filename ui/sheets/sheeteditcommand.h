// SPDX-License-Identifier: EUPL-1.2
// One step of a sheet editor's own undo history: an autosave of some fields. Autosaves of
// the same field while the person stays in it merge, so one undo takes back one stretch of
// typing rather than the last two seconds of it.
#pragma once

#include "session/recordcommands.h"

namespace pactesur {

class SheetEditCommand : public RecordCommand
{
public:
    SheetEditCommand(Session &session, const QString &sheetId, const QString &text,
        TextValues before, TextValues after);

    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;
    // The person left the field (or undid): the next autosave starts a new step.
    void seal() { m_sealed = true; }
    const TextValues &after() const { return m_after; }

protected:
    Status applyUndo(RecordStore &store) override;
    Status applyRedo(RecordStore &store) override;

private:
    static constexpr int kId = 0x5e7;
    TextValues m_before;
    TextValues m_after;
    bool m_sealed = false;
};

} // namespace pactesur
