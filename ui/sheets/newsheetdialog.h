// SPDX-License-Identifier: EUPL-1.2
// A new practice sheet: from a blank form or as a copy of an existing sheet (a template),
// with its title, language and, for the coordinator, the city it belongs to.
#pragma once

#include "store/recordstore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace pactesur {

class Session;
struct Identity;

class NewSheetDialog : public QDialog
{
    Q_OBJECT
public:
    // `templateId` preselects "a copy of" that sheet.
    NewSheetDialog(Session &session, const QString &templateId = {}, QWidget *parent = nullptr);

    QString createdId() const { return m_createdId; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *templateChoice() const { return m_template; }
    QRadioButton *copyChoice() const { return m_fromCopy; }
    QString errorText() const;

    // The values of a copy of `sourceId` for `identity`: the content, not the review (no
    // status, notes or translation link); a liaison's copy belongs to the own city.
    static Result<TextValues> copyValues(
        Database &db, const QString &sourceId, const Identity &identity);
    // Duplicate: a draft copy titled "Copy of …", created at once; returns its id.
    static Result<QString> duplicate(Session &session, const QString &sourceId);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void updateEnabled();
    void retranslateUi();

    Session &m_session;
    QString m_createdId;
    QLabel *m_intro = nullptr;
    QRadioButton *m_blank = nullptr;
    QRadioButton *m_fromCopy = nullptr;
    QComboBox *m_template = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_cityLabel = nullptr;
    QComboBox *m_city = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pactesur
