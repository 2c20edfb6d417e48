// SPDX-License-Identifier: EUPL-1.2
// Stores what is typed in a sheet editor without a Save button: a field's change is written
// once typing pauses, at the latest a few seconds after it began while typing goes on, and
// at once when the person leaves the field or the window. Each write is a step of the
// editor's own undo history and is noted in the editor journal, so that a crash loses at
// most the last few seconds and the next start can say what was kept.
#include "sheetautosaver.h"

#include "session/session.h"
#include "sheeteditcommand.h"
#include "sheetformspec.h"
#include "sheets/editorjournal.h"
#include "store/database.h"

#include <QLocale>
#include <QTimer>
#include <QUndoStack>

namespace pactesur {

SheetAutosaver::SheetAutosaver(
    Session &session, const QString &sheetId, ValueReader reader, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sheetId(sheetId)
    , m_reader(std::move(reader))
    , m_undoStack(new QUndoStack(this))
    , m_pause(new QTimer(this))
    , m_maxDelay(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    m_maxDelay->setSingleShot(true);
    m_maxDelay->setInterval(kMaxDelayMs);
    connect(m_pause, &QTimer::timeout, this, &SheetAutosaver::flush);
    connect(m_maxDelay, &QTimer::timeout, this, &SheetAutosaver::flush);
}

void SheetAutosaver::fieldEdited(const QString &field)
{
    m_dirty.insert(field);
    m_pause->start();
    if (!m_maxDelay->isActive())
        m_maxDelay->start();
    emit pendingChanged();
}

void SheetAutosaver::seal()
{
    const int top = m_undoStack->index() - 1;
    if (top < 0)
        return;
    // Only our own commands are on this stack.
    auto *command = const_cast<QUndoCommand *>(m_undoStack->command(top));
    static_cast<SheetEditCommand *>(command)->seal();
}

bool SheetAutosaver::flush()
{
    m_pause->stop();
    m_maxDelay->stop();
    if (m_dirty.isEmpty())
        return m_failed.isEmpty();
    TextValues values;
    for (const QString &field : std::as_const(m_dirty))
        values.insert(field, m_reader(field));
    m_dirty.clear();

    if (Status status = write(values); !status) {
        // One refused value must not hold back the others: each is tried alone, so only
        // the field core objects to stays unsaved (and says why).
        if (values.size() == 1) {
            m_failed.insert(values.firstKey());
            emit failed(values.firstKey(), status.error().message);
        } else {
            for (auto it = values.begin(); it != values.end(); ++it) {
                if (Status single = write({{it.key(), it.value()}}); !single) {
                    m_failed.insert(it.key());
                    emit failed(it.key(), single.error().message);
                }
            }
        }
    }
    emit pendingChanged();
    return m_failed.isEmpty();
}

Status SheetAutosaver::write(const TextValues &values)
{
    const KindSpec &kind = Kinds::get(QStringLiteral("sheets"));
    RecordStore store(m_session.database());
    const std::optional<Record> before = store.get(kind, m_sheetId);
    if (!before || before->deleted)
        return Error::rejected(
            tr("This practice sheet was deleted; its changes cannot be stored."));
    TextValues previous;
    TextValues changed;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const FieldSpec *field = kind.field(it.key());
        if (!field)
            continue;
        const QString stored = RecordStore::inputText(*field, before->value(it.key()));
        if (stored != it.value()) {
            previous.insert(it.key(), stored);
            changed.insert(it.key(), it.value());
        }
    }
    if (!changed.isEmpty()) {
        if (Status status = store.update(kind, m_sheetId, changed); !status)
            return status;
        m_undoStack->push(new SheetEditCommand(m_session, m_sheetId,
            tr("Change %1").arg(SheetFormSpec::labelList(changed.keys())), previous, changed));
        // A journal that cannot be written is no reason to refuse the edit itself.
        (void)EditorJournal::saved(m_session.database(), m_sheetId, changed.keys());
        emit m_session.recordsChanged(kind.name);
    }
    m_lastSaved = QDateTime::currentDateTime();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (m_failed.remove(it.key()))
            emit recovered(it.key());
    }
    emit saved(values.keys());
    return {};
}

} // namespace pactesur
