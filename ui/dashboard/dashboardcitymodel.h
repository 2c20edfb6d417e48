// SPDX-License-Identifier: EUPL-1.2
// The dashboard's table of partner cities: one row per city, one column per number (and
// the latest activity), each cell knowing the records behind it.
#pragma once

#include "dashboardindicators.h"

#include <QAbstractTableModel>

namespace pactesur {

class DashboardCityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The indicators fill the other columns; the latest activity follows hosted, attended.
    enum Column { NameColumn = 0, RoleColumn = 1, LatestColumn = 4 };
    enum Roles { SortRole = Qt::UserRole + 1, CityIdRole };

    explicit DashboardCityModel(QObject *parent = nullptr);

    void setCities(const QList<CityFigures> &cities);
    const CityFigures &city(int row) const { return m_cities.at(row); }
    // The indicator of a number column, or null (name, role, latest activity).
    const CityIndicator *indicator(int column) const;
    int columnOf(const QString &indicatorKey) const;
    // Column groups for DashboardHeaderView, in the current language.
    struct Span
    {
        int first;
        int last;
        QString text;
    };
    QList<Span> groups() const;
    // Names and texts follow the new language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Columns in order: name, role, then the indicators with the latest activity after
    // the first two (hosted, attended).
    int indicatorIndex(int column) const;

    QList<CityFigures> m_cities;
    QList<CityIndicator> m_indicators;
};

} // namespace pactesur
