// SPDX-License-Identifier: EUPL-1.2
// The open sheet editors of a session: one window per sheet (opening it again raises it),
// all closed before the database is replaced, and those a crash left open reopened with a
// word on what was kept.
#include "sheetwindows.h"

#include "util/localformat.h"

#include "model/kinds.h"
#include "session/session.h"
#include "sheetautosaver.h"
#include "sheeteditor.h"
#include "sheetformspec.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QDateTime>
#include <QLocale>
#include <QWidget>

namespace pactesur {

SheetWindows::SheetWindows(Session &session)
    : QObject(&session)
    , m_session(session)
{
    setObjectName(QStringLiteral("sheetWindows"));
    // The editors hold records of the old file: what they have pending is stored there
    // before it goes.
    connect(&session, &Session::databaseAboutToBeReplaced, this, [this] {
        const QList<SheetEditor *> open = editors();
        for (SheetEditor *editor : open) {
            editor->finish();
            delete editor;
        }
        m_editors.clear();
    });
}

SheetWindows &SheetWindows::of(Session &session)
{
    auto *windows = session.findChild<SheetWindows *>(
        QStringLiteral("sheetWindows"), Qt::FindDirectChildrenOnly);
    return windows ? *windows : *new SheetWindows(session);
}

SheetEditor *SheetWindows::editor(const QString &sheetId) const
{
    return m_editors.value(sheetId).data();
}

QList<SheetEditor *> SheetWindows::editors() const
{
    QList<SheetEditor *> open;
    for (const QPointer<SheetEditor> &editor : m_editors) {
        if (editor)
            open << editor.data();
    }
    return open;
}

SheetEditor *SheetWindows::open(const QString &sheetId, QWidget *anchor)
{
    if (sheetId.isEmpty())
        return nullptr;
    SheetEditor *editor = m_editors.value(sheetId).data();
    if (!editor) {
        // Every editor is a window of the main window, also when another editor asked for
        // it: closing that one must not close this.
        QWidget *parent = anchor ? anchor->window() : nullptr;
        if (qobject_cast<SheetEditor *>(parent))
            parent = parent->parentWidget();
        editor = new SheetEditor(m_session, sheetId, parent);
        m_editors.insert(sheetId, editor);
        connect(editor, &SheetEditor::openSheetRequested, this,
            [this, editor](const QString &id) { open(id, editor); });
    }
    editor->show();
    editor->raise();
    editor->activateWindow();
    return editor;
}

bool SheetWindows::closeAll()
{
    for (SheetEditor *editor : editors()) {
        if (!editor->close())
            return false;
    }
    return true;
}

QString SheetWindows::recoveryMessage(const EditorJournal::Entry &entry)
{
    const QString title = entry.title.isEmpty() ? tr("Untitled practice sheet") : entry.title;
    const QDateTime saved = QDateTime::fromString(entry.savedAt, Qt::ISODate).toLocalTime();
    if (!saved.isValid() || entry.savedFields.isEmpty()) {
        return tr("Pactesur stopped unexpectedly while “%1” was open. Nothing had been changed "
                  "in it since it was opened, except perhaps in the last few seconds before "
                  "it stopped. The sheet is open again.")
            .arg(title);
    }
    const QString when = saved.date() == QDate::currentDate()
        ? QLocale().toString(saved.time(), QLocale::LongFormat)
        : LocalFormat::dateTime(saved);
    return tr("Pactesur stopped unexpectedly while “%1” was open. Everything up to %2 is "
              "kept (%3); at most the last %n second(s) of typing before Pactesur stopped may "
              "be missing. The sheet is open again so you can check it.",
        nullptr, SheetAutosaver::kPromisedSeconds)
        .arg(title, when, SheetFormSpec::labelList(entry.savedFields));
}

int SheetWindows::reopenLeftOpen(QWidget *anchor)
{
    const QList<EditorJournal::Entry> entries = EditorJournal::leftOpen(m_session.database());
    int reopened = 0;
    const KindSpec &sheets = Kinds::get(QStringLiteral("sheets"));
    for (const EditorJournal::Entry &entry : entries) {
        // An editor of this session wrote that entry itself: nothing was left behind.
        if (editor(entry.sheetId))
            continue;
        const std::optional<Record> sheet
            = RecordStore(m_session.database()).get(sheets, entry.sheetId);
        if (!sheet || sheet->deleted) {
            (void)EditorJournal::closed(m_session.database(), entry.sheetId);
            continue;
        }
        if (SheetEditor *editor = open(entry.sheetId, anchor)) {
            editor->showRecovery(recoveryMessage(entry));
            ++reopened;
        }
    }
    return reopened;
}

} // namespace pactesur
