// SPDX-License-Identifier: EUPL-1.2
// The scrolling form of the sheet editor: one card per section, in the order of
// SheetFormSpec, each with its heading, a line on what it is for, and its fields.
#pragma once

#include "sheeteditorstate.h"

#include <QMap>
#include <QScrollArea>

#include <functional>

class QLabel;
class QVBoxLayout;

namespace pactesur {

class Session;
class SheetFieldRow;
class SheetNoteBox;
struct SheetSection;

class SheetForm : public QScrollArea
{
    Q_OBJECT
public:
    explicit SheetForm(Session &session, QWidget *parent = nullptr);

    SheetFieldRow *row(const QString &field) const { return m_rows.value(field); }
    QList<SheetFieldRow *> rows() const { return m_rows.values(); }
    SheetNoteBox *generalNote() const { return m_generalNote; }
    // Words written in the long texts of a section.
    int wordCount(const QString &sectionKey) const;
    void scrollToSection(const QString &key);
    // Shows the field and puts the cursor in it.
    void focusField(const QString &field);
    // Side by side (a translation and its source) needs more width than one column.
    void setWide(bool wide);
    // The section whose card is at the top of the visible part.
    QString currentSection() const;

    // The typed value of a field; "review_notes" gathers the notes of every box as JSON.
    QString value(const QString &field) const;
    // Shows the stored values of `sheet`, except in the fields `keep` names (typing that is
    // still to be stored) and in a note being written.
    void showRecord(const Record &sheet, const std::function<bool(const QString &)> &keep = {});
    // Who may change what: the content, the city (a liaison's is fixed), the language (a
    // translation's is fixed), the review notes.
    void setEditable(bool content, bool city, bool language, bool review);
    // For a translation: the source beside each translatable field, changed ones marked.
    void showTranslation(const SheetEditorState::TranslationInfo &info, const QString &language);
    // Fields the coordinator wrote a note on, in form order.
    QStringList notedFields() const;
    // The long text the person wrote in last: where an image from the attachments goes.
    QString lastTextField() const { return m_lastTextField; }
    void setLastTextField(const QString &field) { m_lastTextField = field; }

signals:
    void currentSectionChanged(const QString &key);
    // A field (or "review_notes") was changed by the person.
    void fieldEdited(const QString &field);
    // The focus left a field or a note: time to store it.
    void fieldLeft();
    // A text's image button, or the attachments' "Show in text".
    void imageRequested(const QString &field, const QPoint &globalPos);
    void attachmentImageRequested(const QString &sha256, const QString &fileName);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createSection(const SheetSection &section, int number);
    QWidget *createIdentityFields(const SheetSection &section, QWidget *parent);
    void retranslateUi();
    void checkCurrentSection();
    void connectRow(SheetFieldRow *row);

    Session &m_session;
    QWidget *m_column = nullptr;
    SheetNoteBox *m_generalNote = nullptr;
    QMap<QString, SheetFieldRow *> m_rows;
    QMap<QString, QWidget *> m_sections;
    QMap<QString, QLabel *> m_titles;
    QMap<QString, QLabel *> m_intros;
    QString m_current;
    QString m_lastTextField;
    bool m_scrollingTo = false;
};

} // namespace pactesur
