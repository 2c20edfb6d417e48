// SPDX-License-Identifier: EUPL-1.2
// One field of the sheet form as the person sees it: its label, the coordinator's note on
// it, for a translation the source text beside it, the input, and what went wrong saving it.
#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolButton;

namespace pactesur {

class Session;
class SheetFieldInput;
class SheetNoteBox;

class SheetFieldRow : public QWidget
{
    Q_OBJECT
public:
    SheetFieldRow(const QString &field, Session &session, QWidget *parent = nullptr);

    const QString &field() const { return m_field; }
    SheetFieldInput *input() const { return m_input; }
    SheetNoteBox *noteBox() const { return m_note; }

    void setRequired(bool required);
    // A refused autosave: core's message under the field; the typed text stays.
    void setError(const QString &message);
    QString errorText() const;
    // The coordinator may write notes; everyone else reads them.
    void setNoteEditable(bool editable);
    // For a translation: the source's value of this field, shown read-only beside it.
    void setSource(
        const QString &value, const QString &languageName, const QString &translationLanguageName);
    // The source changed this field since the translation was made or marked up to date.
    void setOutdated(bool outdated);
    bool isOutdated() const { return m_outdated; }
    // "Ongoing" carries its label in its tick box; it needs no heading of its own.
    void setLabelVisible(bool visible);
    QLabel *label() const { return m_label; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_field;
    Session &m_session;
    QLabel *m_label = nullptr;
    QLabel *m_required = nullptr;
    QLabel *m_hint = nullptr;
    QToolButton *m_addNote = nullptr;
    SheetNoteBox *m_note = nullptr;
    QWidget *m_sourceColumn = nullptr;
    QLabel *m_sourceCaption = nullptr;
    QTextBrowser *m_source = nullptr;
    QLabel *m_outdatedMark = nullptr;
    SheetFieldInput *m_input = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_inputCaption = nullptr;
    QString m_sourceLanguage;
    QString m_translationLanguage;
    bool m_outdated = false;
};

} // namespace pactesur
