// SPDX-License-Identifier: EUPL-1.2
// The per-city numbers the dashboard shows, named once for the table, the map and the
// lists they open: what each is called, what it means and where its figure lives.
#pragma once

#include "stats/dashboardstats.h"

#include <QCoreApplication>

#include <functional>

namespace pactesur {

struct CityIndicator
{
    QString key; // stable: "hosted", "sheets_draft"...
    QString name; // "Activities hosted": the map's choice and legend
    QString shortName; // "Hosted": a column under its group
    QString group; // "Activities": the column group, empty for none
    QString help; // what is counted, for tooltips
    std::function<QString(const QString &city)> title; // "Activities hosted by Riga"
    std::function<const Figure &(const CityFigures &)> figure;
    bool onMap = true;
    bool inTable = true;
};

class DashboardIndicators
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::DashboardIndicators)
public:
    // In the current language; the table's column order.
    static QList<CityIndicator> forCities();
    static QList<CityIndicator> forMap();
    // The city's name, country and role, then one line per map indicator.
    static QString cityToolTip(const CityFigures &city);
    // "Activities hosted: 12": one line of the tooltip, and what a screen reader says.
    static QString valueText(const CityIndicator &indicator, const CityFigures &city);
};

} // namespace pactesur
