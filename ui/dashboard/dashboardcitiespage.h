// SPDX-License-Identifier: EUPL-1.2
// The dashboard's page of partner cities: a sortable table of each city's numbers, every
// one of which opens the records behind it.
#pragma once

#include "stats/dashboardstats.h"

#include <QWidget>

class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace pactesur {

class DashboardCityModel;
class DashboardHeaderView;

class DashboardCitiesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardCitiesPage(QWidget *parent = nullptr);

    void setCities(const QList<CityFigures> &cities);
    void retranslate();
    QTableView *table() const { return m_table; }
    DashboardCityModel *model() const { return m_model; }
    // The view's index of a city's cell in the column of `indicatorKey` (or of a column).
    QModelIndex indexOf(const QString &cityId, int column) const;

signals:
    void figureActivated(const Figure &figure, const QString &title);
    void recordActivated(const QString &kind, const QString &id);

private:
    void activate(const QModelIndex &index);
    void updateHeader();

    DashboardCityModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    DashboardHeaderView *m_header = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace pactesur
