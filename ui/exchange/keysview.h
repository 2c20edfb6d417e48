// SPDX-License-Identifier: EUPL-1.2
// The Keys tab of the Exchanges section (issue 14): this replica's fingerprint to read to
// partners, its card to send them, and the roster of replicas this database trusts. The
// coordinator enrols cities' cards and revokes lost keys; a liaison enrols the coordinator's
// card and sees the rest, which comes with the coordinator's packages.
#pragma once

#include "store/replica.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace pactesur {

class FingerprintLabel;
class Session;

class KeysView : public QWidget
{
    Q_OBJECT
public:
    explicit KeysView(Session &session, QWidget *parent = nullptr);

    // This database's identity and fingerprint, then the roster.
    void refresh();
    // The roster alone: what an import (a coordinator's roster) changes.
    void refreshRoster();
    int rowCount() const;
    FingerprintLabel *fingerprintLabel() const { return m_fingerprint; }
    bool selectReplica(const QString &replica);
    QString selectedReplica() const;
    // What the buttons do: ask for a file (FileDialogs), or confirm (Messages).
    void enrolCard();
    void exportCard();
    void revokeSelected();
    // The last error shown, and the last outcome ("Enrolled …"); empty when none.
    QString errorText() const;
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void showError(const QString &message);
    void showStatus(const QString &message);

    Session &m_session;
    Identity m_identity;
    QLabel *m_intro = nullptr;
    QGroupBox *m_ownBox = nullptr;
    QLabel *m_ownHeading = nullptr;
    QLabel *m_ownRole = nullptr;
    FingerprintLabel *m_fingerprint = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_exportCard = nullptr;
    QLabel *m_rosterHeading = nullptr;
    QLabel *m_rosterNote = nullptr;
    QTreeWidget *m_roster = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_enrol = nullptr;
    QPushButton *m_revoke = nullptr;
};

} // namespace pactesur
