// SPDX-License-Identifier: EUPL-1.2
// The open sheet editors of a session: one window per sheet (opening it again raises it),
// all closed before the database is replaced, and those a crash left open reopened with a
// word on what was kept.
#pragma once

#include "sheets/editorjournal.h"

#include <QMap>
#include <QObject>
#include <QPointer>

class QWidget;

namespace pactesur {

class Session;
class SheetEditor;

class SheetWindows : public QObject
{
    Q_OBJECT
public:
    // The editors of `session`, created with it on first use.
    static SheetWindows &of(Session &session);

    // Shows the editor of `sheetId`, a window of `anchor`'s window.
    SheetEditor *open(const QString &sheetId, QWidget *anchor);
    SheetEditor *editor(const QString &sheetId) const;
    QList<SheetEditor *> editors() const;
    // Stores what is pending and closes every editor; false when one refused (the person
    // chose to go back to text that could not be saved).
    bool closeAll();
    // Reopens the sheets the journal says were being edited when the app stopped, each
    // with the message of recoveryMessage(); returns how many were reopened.
    int reopenLeftOpen(QWidget *anchor);
    static QString recoveryMessage(const EditorJournal::Entry &entry);

private:
    explicit SheetWindows(Session &session);

    Session &m_session;
    QMap<QString, QPointer<SheetEditor>> m_editors;
};

} // namespace pactesur
