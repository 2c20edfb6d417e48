// SPDX-License-Identifier: EUPL-1.2
// The sheet editor's toolbar: undo and redo of this sheet's stored changes, Translate…,
// Export (PDF, HTML, print), and the quiet "All changes saved · 10:32" at its end.
#pragma once

#include <QToolBar>

class QLabel;
class QToolButton;
class QUndoStack;

namespace pactesur {

class SheetEditorToolbar : public QToolBar
{
    Q_OBJECT
public:
    SheetEditorToolbar(QUndoStack *stack, QWidget *parent = nullptr);

    QAction *translateAction() const { return m_translate; }
    void setSavedText(const QString &text);
    QString savedText() const;

signals:
    void undoRequested();
    void redoRequested();
    void translateRequested();
    void exportPdfRequested();
    void exportHtmlRequested();
    void printRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *action(const QString &objectName, void (SheetEditorToolbar::*signal)());
    void retranslateUi();

    QUndoStack *m_stack = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_translate = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportHtml = nullptr;
    QAction *m_print = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_saved = nullptr;
};

} // namespace pactesur
