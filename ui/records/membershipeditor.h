// SPDX-License-Identifier: EUPL-1.2
// The member cities of one working group and their roles, edited in place in the detail panel.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pactesur {

class Session;

class MembershipEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MembershipEditor(Session &session, QWidget *parent = nullptr);

    void setGroupId(const QString &groupId);
    QString groupId() const { return m_groupId; }

    // Each is one write through the session (so one undo step); false and a message under
    // the table when the core refuses it.
    bool addCity(const QString &cityId, const QString &role = QStringLiteral("member"));
    bool setRole(int row, const QString &role);
    bool removeRow(int row);

    QTableWidget *table() const { return m_table; }
    // The membership id and the city id shown on `row`.
    QString membershipId(int row) const;
    QString cityId(int row) const;
    QComboBox *roleBox(int row) const;
    QComboBox *cityChoice() const { return m_cityChoice; }
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void scheduleReload();
    void showError(const QString &message);
    void updateButtons();

    Session &m_session;
    QString m_groupId;
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_cityLabel = nullptr;
    QComboBox *m_cityChoice = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_error = nullptr;
    bool m_reloadPending = false;
};

} // namespace pactesur
