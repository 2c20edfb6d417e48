// SPDX-License-Identifier: EUPL-1.2
// One input widget for one field of a record, chosen by the field's type, that reads and
// writes the field as a person types it (RecordStore::inputText / TextValues).
#pragma once

#include "model/kinds.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace pactesur {

class Database;

class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    // Reads the choices of references (cities, themes, groups...) from `database`.
    FieldEditor(const FieldSpec &field, Database &database, QWidget *parent = nullptr);

    // Computed fields and file contents have no editor.
    static bool isEditable(const FieldSpec &field);

    const FieldSpec &field() const { return m_field; }
    // The value as typed text ("" = empty); setText() also makes it the unmodified value.
    QString text() const;
    void setText(const QString &text);
    // True when text() differs from the last setText() (lists compare as sets).
    bool isModified() const;
    void setReadOnly(bool readOnly);
    // The widget that takes the focus (and the label's buddy).
    QWidget *input() const { return m_input; }
    // A value the new record starts with (a liaison's own city, today's date).
    void setSuggestedCity(const QString &cityId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createInput();
    QWidget *createDate();
    void fillCities();
    void fillRefs();
    void fillThemes();
    void fillChoices();
    void selectData(const QString &value);
    void retranslateUi();

    const FieldSpec &m_field;
    Database &m_database;
    QString m_initial;
    QWidget *m_input = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_plain = nullptr;
    QSpinBox *m_spin = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_dateSet = nullptr;
    QCheckBox *m_check = nullptr;
    QComboBox *m_combo = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace pactesur
