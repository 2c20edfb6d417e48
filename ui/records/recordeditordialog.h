// SPDX-License-Identifier: EUPL-1.2
// The form that adds or edits one record of any kind, generated from its KindSpec; the
// write goes through the session, so it is validated by core and undoable.
#pragma once

#include "store/recordstore.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace pactesur {

class FieldEditor;
class Session;

class RecordEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // An empty `id` adds a new record; otherwise the form starts with the record's values.
    RecordEditorDialog(
        Session &session, const KindSpec &kind, const QString &id = {}, QWidget *parent = nullptr);

    const KindSpec &kind() const { return m_kind; }
    bool isNew() const { return m_isNew; }
    // The record written (the new id once a new record was added).
    QString recordId() const { return m_id; }
    FieldEditor *fieldEditor(const QString &field) const;
    // The values the OK button would write: all non-empty ones for a new record, the
    // changed ones for an edit.
    TextValues values() const;
    // The core's message of the last refused write, shown at the top; empty when none.
    QString errorText() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void createForm();
    void retranslateUi();
    void showError(const QString &message);

    Session &m_session;
    const KindSpec &m_kind;
    QString m_id;
    bool m_isNew = true;
    QLabel *m_error = nullptr;
    QLabel *m_requiredNote = nullptr;
    QFormLayout *m_form = nullptr;
    QList<FieldEditor *> m_editors;
    QList<QLabel *> m_labels;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pactesur
