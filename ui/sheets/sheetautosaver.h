// SPDX-License-Identifier: EUPL-1.2
// Stores what is typed in a sheet editor without a Save button: a field's change is written
// once typing pauses, at the latest a few seconds after it began while typing goes on, and
// at once when the person leaves the field or the window. Each write is a step of the
// editor's own undo history and is noted in the editor journal, so that a crash loses at
// most the last few seconds and the next start can say what was kept.
#pragma once

#include "store/recordstore.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <functional>

class QTimer;
class QUndoStack;

namespace pactesur {

class Session;

class SheetAutosaver : public QObject
{
    Q_OBJECT
public:
    // Writes wait for a pause this long...
    static constexpr int kPauseMs = 2000;
    // ...but never longer than this after the first unsaved change, so continuous typing
    // is stored too. The editor promises "at most five seconds" lost to a crash.
    static constexpr int kMaxDelayMs = 4000;
    static constexpr int kPromisedSeconds = 5;

    // Reads the current value (typed text) of a field from the form.
    using ValueReader = std::function<QString(const QString &field)>;

    SheetAutosaver(
        Session &session, const QString &sheetId, ValueReader reader, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undoStack; }
    void fieldEdited(const QString &field);
    // Writes every pending change now; true when nothing is left unsaved.
    bool flush();
    // The next write starts a new undo step (the person left the field).
    void seal();
    bool hasPending() const { return !m_dirty.isEmpty(); }
    bool isPending(const QString &field) const { return m_dirty.contains(field); }
    // Fields whose last write core refused; their text stays in the form.
    QStringList failedFields() const { return m_failed.values(); }
    QDateTime lastSavedAt() const { return m_lastSaved; }

signals:
    void saved(const QStringList &fields);
    // Core refused to store `field`: `message` says why, in the user's language.
    void failed(const QString &field, const QString &message);
    // `field` was stored after an earlier refusal: its message can go.
    void recovered(const QString &field);
    void pendingChanged();

private:
    Status write(const TextValues &values);

    Session &m_session;
    QString m_sheetId;
    ValueReader m_reader;
    QUndoStack *m_undoStack = nullptr;
    QTimer *m_pause = nullptr;
    QTimer *m_maxDelay = nullptr;
    QSet<QString> m_dirty;
    QSet<QString> m_failed;
    QDateTime m_lastSaved;
};

} // namespace pactesur
