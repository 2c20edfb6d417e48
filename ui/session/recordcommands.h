// SPDX-License-Identifier: EUPL-1.2
// The undoable edits of records: add, edit, delete. Each runs through the core write path,
// so an undo is itself a write that travels in packages like any other.
#pragma once

#include "store/recordstore.h"

#include <QUndoCommand>

namespace pactesur {

class Session;

// The edit has already been made when the command is pushed (so a refused edit is never
// pushed); the first redo() is therefore skipped.
class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(Session &session, const KindSpec &kind, const QString &id, const QString &text);
    void undo() override;
    void redo() override;

protected:
    virtual Status applyUndo(RecordStore &store) = 0;
    virtual Status applyRedo(RecordStore &store) = 0;
    const KindSpec &kind() const { return m_kind; }
    const QString &recordId() const { return m_id; }

private:
    void run(bool undo);

    Session &m_session;
    const KindSpec &m_kind;
    QString m_id;
    bool m_firstRedo = true;
};

class CreateRecordCommand : public RecordCommand
{
public:
    // `values` are what was typed: undoing the creation of a contact erases its personal
    // data, so redoing it writes them again.
    CreateRecordCommand(Session &session, const KindSpec &kind, const QString &id,
        const QString &text, TextValues values)
        : RecordCommand(session, kind, id, text)
        , m_values(std::move(values))
    { }

protected:
    Status applyUndo(RecordStore &store) override { return store.remove(kind(), recordId()); }
    Status applyRedo(RecordStore &store) override
    {
        return store.revive(kind(), recordId(), m_values);
    }

private:
    TextValues m_values;
};

class DeleteRecordCommand : public RecordCommand
{
public:
    using RecordCommand::RecordCommand;

protected:
    Status applyUndo(RecordStore &store) override { return store.restore(kind(), recordId()); }
    Status applyRedo(RecordStore &store) override { return store.remove(kind(), recordId()); }
};

class EditRecordCommand : public RecordCommand
{
public:
    EditRecordCommand(Session &session, const KindSpec &kind, const QString &id,
        const QString &text, TextValues before, TextValues after);

protected:
    Status applyUndo(RecordStore &store) override
    {
        return store.update(kind(), recordId(), m_before);
    }
    Status applyRedo(RecordStore &store) override
    {
        return store.update(kind(), recordId(), m_after);
    }

private:
    TextValues m_before;
    TextValues m_after;
};

} // namespace pactesur
