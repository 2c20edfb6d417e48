// SPDX-License-Identifier: EUPL-1.2
// Who took part in one activity: a row per city (participants, women, officers) edited in
// place, with totals, in the detail panel of an activity.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace pactesur {

class Session;

class ParticipationEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column { CityColumn, ParticipantsColumn, WomenColumn, OfficersColumn, ColumnCount };

    explicit ParticipationEditor(Session &session, QWidget *parent = nullptr);

    void setActivityId(const QString &activityId);
    QString activityId() const { return m_activityId; }

    // Each is one write through the session; a refusal shows the core's message under the
    // table, and the table shows the stored values again.
    bool addCity(const QString &cityId);
    bool setValue(int row, Column column, int value);
    bool removeRow(int row);

    QTableWidget *table() const { return m_table; }
    // The rows of cities; the totals row comes after them.
    int cityRowCount() const;
    QString participationId(int row) const;
    QString cityId(int row) const;
    QComboBox *cityChoice() const { return m_cityChoice; }
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void scheduleReload();
    void itemChanged(QTableWidgetItem *item);
    void showError(const QString &message);
    void updateButtons();

    Session &m_session;
    QString m_activityId;
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_cityLabel = nullptr;
    QComboBox *m_cityChoice = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_error = nullptr;
    bool m_loading = false;
    bool m_reloadPending = false;
};

} // namespace pactesur
