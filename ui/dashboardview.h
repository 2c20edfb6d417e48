// SPDX-License-Identifier: EUPL-1.2
// The first screen: the project's period and progress, the partnership and its activities
// at a glance, read from the database each time it is shown.
#pragma once

#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace pactesur {

class RecordTableModel;
class Session;

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(Session &session, QWidget *parent = nullptr);

    // Reads the counts and the calendar again.
    void refresh();
    RecordTableModel *activityModel() const { return m_activities; }
    // The number shown for one value of a card ("cities"/"lead"), for tests.
    int shownCount(const QString &kind, const QString &choice) const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct CountRow
    {
        QString choice;
        QLabel *value = nullptr;
        QLabel *label = nullptr;
    };
    struct Card
    {
        QString kind; // CLI kind name
        QString table; // SQL table
        QString field; // the choice field counted
        QGroupBox *box = nullptr;
        QList<CountRow> rows;
        QLabel *totalValue = nullptr;
        QLabel *totalLabel = nullptr;
    };

    void retranslateUi();
    Card makeCard(const QString &kind, const QString &field);
    void refreshProject();
    void refreshCard(Card &card);

    Session &m_session;
    QLabel *m_projectName = nullptr;
    QLabel *m_period = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_description = nullptr;
    QGroupBox *m_projectBox = nullptr;
    QList<Card> m_cards;
    QGroupBox *m_calendarBox = nullptr;
    QTableView *m_calendar = nullptr;
    RecordTableModel *m_activities = nullptr;
};

} // namespace pactesur
