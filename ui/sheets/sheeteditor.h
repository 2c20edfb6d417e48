// SPDX-License-Identifier: EUPL-1.2
// The practice-sheet editor: its own window per sheet, with the section navigator, the
// form, the review workflow, translations and exports. Changes are stored as they are
// typed (SheetAutosaver); there is no Save button.
#pragma once

#include "store/recordstore.h"

#include <QMainWindow>
#include <QMap>

class QTimer;

namespace pactesur {

class Session;
class SheetAutosaver;
class SheetEditorHeader;
class SheetEditorToolbar;
class SheetFieldRow;
class SheetForm;
class SheetNavigator;
class SheetTranslationPane;
class SheetWorkflowBar;

class SheetEditor : public QMainWindow
{
    Q_OBJECT
public:
    SheetEditor(Session &session, const QString &sheetId, QWidget *parent = nullptr);
    ~SheetEditor() override;

    QString sheetId() const { return m_sheetId; }
    SheetForm *form() const { return m_form; }
    SheetFieldRow *row(const QString &field) const;
    SheetNavigator *navigator() const { return m_navigator; }
    SheetWorkflowBar *workflowBar() const;
    SheetTranslationPane *translationPane() const;
    SheetAutosaver *autosaver() const { return m_autosaver; }
    bool isReadOnly() const { return m_readOnly; }
    // The banner that explains why the sheet cannot be changed; empty when it can.
    QString readOnlyReason() const;
    // The last message of the workflow (what submitting still needs, a refusal).
    QString workflowMessage() const;
    QString savedText() const;
    QString recoveryText() const;
    // For the city after "Request changes": where the coordinator's notes are.
    QString reviewText() const;

    // Writes what is pending, then closes the journal entry: the editor can go.
    bool finish();
    // After a crash: says what was recovered, above the form.
    void showRecovery(const QString &text);
    // Moves the sheet to `status` after the checks a person expects (missing fields,
    // confirmation before publishing); false when it did not happen.
    bool changeStatus(const QString &status);
    // For a translation: records the source as it is now as the one translated.
    bool markUpToDate();
    void undo();
    void redo();

signals:
    // "Translate…" made a translation, or the strip asks for another sheet.
    void openSheetRequested(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void load();
    void refresh();
    void applyPermissions();
    void applyTranslation();
    void updateStats();
    void updateSavedIndicator();
    void updateTitle();
    void retranslateUi();
    QString valueOf(const QString &field) const;
    void fieldEdited(const QString &field);
    void fieldLeft();
    void showWorkflowMessage(const QString &text, bool missing);
    void offerImages(const QString &field, const QPoint &globalPos);
    void insertImage(const QString &sha256, const QString &fileName);
    void translate();

    Session &m_session;
    QString m_sheetId;
    Record m_record;
    bool m_readOnly = false;
    bool m_finished = false;
    QString m_pendingRevision; // "Mark as up to date" while it is written
    bool m_messageIsMissing = false; // the workflow message lists fields to fill

    SheetEditorHeader *m_header = nullptr;
    SheetEditorToolbar *m_toolbar = nullptr;
    SheetForm *m_form = nullptr;
    SheetNavigator *m_navigator = nullptr;
    SheetAutosaver *m_autosaver = nullptr;
    QTimer *m_statsTimer = nullptr;
};

} // namespace pactesur
