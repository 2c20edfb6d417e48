// SPDX-License-Identifier: EUPL-1.2
// Settings ▸ Mailbox: where this database exchanges its packages (a WebDAV folder or a
// local folder), the user and password, how often it syncs by itself, whether incoming
// packages are reviewed first, and a test of the connection.
#pragma once

#include "mailbox/mailboxstate.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pactesur {

class ConnectionTest;
class MailboxPassword;
class Session;

class MailboxDialog : public QDialog
{
    Q_OBJECT
public:
    MailboxDialog(Session &session, MailboxPassword &passwords, QWidget *parent = nullptr);

    // The address and user as typed.
    MailboxSettings settings() const;
    QLineEdit *urlField() const { return m_url; }
    QPushButton *okButton() const;
    QPushButton *testButton() const { return m_test; }
    // The inline message under the address, empty when it is fine.
    QString addressError() const;
    QString testResult() const;
    bool isTesting() const;
    void testConnection();

    // Saves the address and user in the database, the rest in the settings, the password
    // in the keyring (or for this session); on error the dialog stays open and says why.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void load();
    void updateState();
    void fitHeight();
    void readPassword();
    void showKeyringNote();
    void showTestResult(const QString &error);
    bool isWebDav() const;

    Session &m_session;
    MailboxPassword &m_passwords;
    ConnectionTest *m_tester = nullptr;
    bool m_passwordTyped = false;
    bool m_keyringAsked = false;
    QString m_passwordReadFor; // the keyring key last read, not to read it again

    QLabel *m_intro = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlHint = nullptr;
    QLabel *m_urlError = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_keyringNote = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_review = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pactesur
