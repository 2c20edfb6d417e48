// SPDX-License-Identifier: EUPL-1.2
// The sheet editor's toolbar: undo and redo of this sheet's stored changes, Translate…,
// Export (PDF, HTML, print), and the quiet "All changes saved · 10:32" at its end.
#include "sheeteditortoolbar.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QUndoStack>

namespace pactesur {

SheetEditorToolbar::SheetEditorToolbar(QUndoStack *stack, QWidget *parent)
    : QToolBar(parent)
    , m_stack(stack)
{
    setObjectName(QStringLiteral("sheetToolbar"));
    setMovable(false);
    setFloatable(false);
    setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_undo = action(QStringLiteral("sheetUndo"), &SheetEditorToolbar::undoRequested);
    // Inside a text box Ctrl+Z is the text's own undo (the box claims the keys first);
    // elsewhere in the window it takes back the last stored change of this sheet.
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setEnabled(false);
    m_redo = action(QStringLiteral("sheetRedo"), &SheetEditorToolbar::redoRequested);
    m_redo->setShortcuts(QKeySequence::Redo);
    m_redo->setEnabled(false);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &SheetEditorToolbar::retranslateUi);
    connect(stack, &QUndoStack::redoTextChanged, this, &SheetEditorToolbar::retranslateUi);
    m_translate = action(QStringLiteral("sheetTranslate"), &SheetEditorToolbar::translateRequested);
    m_exportPdf = action(QStringLiteral("sheetExportPdf"), &SheetEditorToolbar::exportPdfRequested);
    m_exportHtml
        = action(QStringLiteral("sheetExportHtml"), &SheetEditorToolbar::exportHtmlRequested);
    m_print = action(QStringLiteral("sheetPrint"), &SheetEditorToolbar::printRequested);
    m_print->setShortcut(QKeySequence::Print);

    addAction(m_undo);
    addAction(m_redo);
    addSeparator();
    addAction(m_translate);
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("sheetExportButton"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(m_exportPdf);
    menu->addAction(m_exportHtml);
    menu->addSeparator();
    menu->addAction(m_print);
    m_export->setMenu(menu);
    addWidget(m_export);
    // The print shortcut works without opening the menu.
    if (parent)
        parent->addAction(m_print);

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("sheetSaved"));
    m_saved->setTextFormat(Qt::PlainText);
    m_saved->setForegroundRole(QPalette::PlaceholderText);
    m_saved->setContentsMargins(0, 0, 12, 0);
    addWidget(m_saved);
    retranslateUi();
}

QAction *SheetEditorToolbar::action(const QString &objectName, void (SheetEditorToolbar::*signal)())
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    connect(action, &QAction::triggered, this, signal);
    return action;
}

void SheetEditorToolbar::setSavedText(const QString &text)
{
    m_saved->setText(text);
    m_saved->setAccessibleName(text);
}

QString SheetEditorToolbar::savedText() const
{
    return m_saved->text();
}

void SheetEditorToolbar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

void SheetEditorToolbar::retranslateUi()
{
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(m_stack->canUndo() ? tr("Undo: %1").arg(m_stack->undoText())
                                          : tr("Undo the last stored change of this sheet"));
    m_redo->setText(tr("Redo"));
    m_redo->setToolTip(m_stack->canRedo() ? tr("Redo: %1").arg(m_stack->redoText())
                                          : tr("Redo the change undone last"));
    m_translate->setText(tr("Translate…"));
    m_translate->setToolTip(
        tr("Make a linked copy of this sheet in another language, shown beside its source"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Export this sheet as PDF or HTML, or print it"));
    m_export->setAccessibleName(m_export->toolTip());
    m_exportPdf->setText(tr("Export as &PDF…"));
    m_exportHtml->setText(tr("Export as &HTML…"));
    m_print->setText(tr("&Print…"));
    for (QAction *action : {m_undo, m_redo, m_translate})
        action->setStatusTip(action->toolTip());
    setWindowTitle(tr("Sheet"));
}

} // namespace pactesur
