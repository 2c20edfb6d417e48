// SPDX-License-Identifier: EUPL-1.2
// The list a dashboard number opens: what the number counts, how many records are behind
// it, and those records, each of which opens in its section.
#pragma once

#include "stats/dashboardstats.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace pactesur {

class Database;
class DashboardRecordsModel;

class DashboardRecordsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DashboardRecordsDialog(QWidget *parent = nullptr);

    void showFigure(const Database &database, const Figure &figure, const QString &title);
    DashboardRecordsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Empties the list (the database is about to close).
    void clear();

signals:
    void recordActivated(const QString &kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();
    void openCurrent();

    DashboardRecordsModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
    Figure m_figure;
    QString m_titleText;
};

} // namespace pactesur
