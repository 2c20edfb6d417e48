// SPDX-License-Identifier: EUPL-1.2
// The input of one field of the sheet editor, whatever its type (a rich text, a line, a
// choice, a list, a date, the attachments), read and written as typed text (TextValues),
// with one signal for "the person changed it" and one for "the person left it".
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pactesur {

class FieldEditor;
class RichTextField;
class SheetAttachments;
class Session;

class SheetFieldInput : public QWidget
{
    Q_OBJECT
public:
    SheetFieldInput(const QString &field, Session &session, QWidget *parent = nullptr);

    const QString &field() const { return m_field; }
    // The value as typed text ("" = empty), what an autosave writes.
    QString value() const;
    // Shows a stored value (as RecordStore::inputText gives it) without counting as an edit.
    void setValue(const QString &value);
    bool isEmpty() const;
    int wordCount() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The widget that takes the focus (and a label's buddy).
    QWidget *focusTarget() const;

    RichTextField *richText() const { return m_rich; }
    SheetAttachments *attachments() const { return m_attachments; }
    FieldEditor *fieldEditor() const { return m_editor; }

signals:
    void edited();
    // The focus went to a widget outside this input: what was typed should be stored now.
    void focusLeft();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createLanguageChoice();
    void watchFieldEditor();
    void checkEdited();
    void retranslateUi();

    QString m_field;
    Session &m_session;
    QString m_shown; // the value last shown or typed, to tell edits from refreshes
    bool m_loading = false;
    bool m_readOnly = false;
    RichTextField *m_rich = nullptr;
    QLineEdit *m_line = nullptr;
    QComboBox *m_language = nullptr;
    FieldEditor *m_editor = nullptr;
    SheetAttachments *m_attachments = nullptr;
    QLabel *m_emptyList = nullptr;
};

} // namespace pactesur
