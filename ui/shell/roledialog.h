// SPDX-License-Identifier: EUPL-1.2
// Asks once per database who is using it: the coordinator, or the liaison of one city.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace pactesur {

class Database;

class RoleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RoleDialog(Database &database, QWidget *parent = nullptr);

    QRadioButton *coordinatorButton() const { return m_coordinator; }
    QRadioButton *liaisonButton() const { return m_liaison; }
    QComboBox *cityBox() const { return m_city; }

    // Sets the role through core; on error the dialog stays open and says why.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadCities();
    void updateState();

    Database &m_database;
    QLabel *m_question = nullptr;
    QLabel *m_explanation = nullptr;
    QRadioButton *m_coordinator = nullptr;
    QRadioButton *m_liaison = nullptr;
    QLabel *m_cityLabel = nullptr;
    QComboBox *m_city = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pactesur
