// SPDX-License-Identifier: EUPL-1.2
// The last step before trusting someone's keys: shows who the card claims to be and its
// fingerprint, asks the person to compare it with what its owner reads to them by phone
// (optionally typed in), and enrols it only when they confirm.
#pragma once

#include "trust/card.h"
#include "trust/roster.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pactesur {

class Database;
class FingerprintLabel;

class EnrolCardDialog : public QDialog
{
    Q_OBJECT
public:
    EnrolCardDialog(const Database &db, const Card &card, QWidget *parent = nullptr);

    // Who the card says it is, as people know them ("Liaison of Riga").
    QString claimedIdentity() const { return m_claimed; }
    FingerprintLabel *fingerprintLabel() const { return m_fingerprint; }
    QLineEdit *typedFingerprint() const { return m_typed; }
    QPushButton *enrolButton() const { return m_enrol; }
    // What the core said when it refused the card; empty when it did not.
    QString errorText() const;
    // Set once the card is enrolled (or was already).
    std::optional<Roster::Enrolled> outcome() const { return m_outcome; }

    // Enrols through core; when it refuses, the dialog stays open and says why.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const Database &m_db;
    Card m_card;
    QString m_claimed;
    std::optional<Roster::Enrolled> m_outcome;

    QLabel *m_heading = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_replica = nullptr;
    QLabel *m_fingerprintCaption = nullptr;
    FingerprintLabel *m_fingerprint = nullptr;
    QLabel *m_instructions = nullptr;
    QLabel *m_typedLabel = nullptr;
    QLineEdit *m_typed = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_enrol = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace pactesur
