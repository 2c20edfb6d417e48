// SPDX-License-Identifier: EUPL-1.2
// "Translate…": chooses the language of a new translation of a sheet and creates it as a
// linked draft (SheetTranslations), which the editor then shows beside its source.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace pactesur {

class Session;

class TranslateSheetDialog : public QDialog
{
    Q_OBJECT
public:
    TranslateSheetDialog(Session &session, const QString &sourceId, QWidget *parent = nullptr);

    // The translation created (or, when the language already has one, that one): the sheet
    // to open once the dialog is accepted.
    QString openedId() const { return m_openedId; }
    QComboBox *languageChoice() const { return m_language; }
    QString errorText() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillLanguages();

    Session &m_session;
    QString m_sourceId;
    QString m_sourceTitle;
    QString m_sourceLanguage;
    QString m_openedId;
    QLabel *m_intro = nullptr;
    QLabel *m_existing = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pactesur
