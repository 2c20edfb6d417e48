// SPDX-License-Identifier: EUPL-1.2
// Resolving a conflict, undoably until the resolution leaves in a package. Undo brings the
// record back exactly as it was, open conflict included: no peer has seen the resolution
// yet, so taking it back locally loses nothing anywhere.
#pragma once

#include "exchange/recordstate.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QUndoCommand>

class QUndoStack;

namespace pactesur {

class Session;

class ResolveConflictCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::ResolveConflictCommand)
public:
    // Resolves now (keep the value `keepValueId`, else write `newValue`) and pushes the
    // command on the session's undo stack; nothing is pushed when core refuses.
    static Status resolve(Session &session, const QString &conflictId, const QString &keepValueId,
        const QString &newValue = {});

    // After an export a resolution may be at a peer: taking it back here would leave this
    // database and the peer disagreeing for good (the peer would not send it back, as it
    // knows we have it). So every resolution on the stack stops being undoable; the other
    // edits stay undoable, since their undo is a new write that travels like any other.
    static void freezeAll(QUndoStack *stack);
    bool isFrozen() const { return m_frozen; }

    void undo() override;
    void redo() override;

private:
    ResolveConflictCommand(
        Session &session, const QString &text, RecordState before, RecordState after);
    // Puts `target` back if the record is still exactly `expected`.
    Status replace(const RecordState &expected, const RecordState &target);
    void refuse(const QString &message);

    Session &m_session;
    RecordState m_before;
    RecordState m_after;
    bool m_firstRedo = true;
    bool m_frozen = false;
};

} // namespace pactesur
