// SPDX-License-Identifier: EUPL-1.2
// The dashboard's map page: the partner cities on the map of Europe, coloured by the
// number the user picks; a click on a city opens the records behind its number.
#pragma once

#include "dashboardindicators.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace pactesur {

class EuropeMap;

class DashboardMapPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardMapPage(QWidget *parent = nullptr);

    void setCities(const QList<CityFigures> &cities);
    void retranslate();
    EuropeMap *map() const { return m_map; }
    QComboBox *indicatorBox() const { return m_indicator; }
    // The indicator the map shows ("hosted", "sheets"...).
    QString indicatorKey() const;
    void setIndicatorKey(const QString &key);

signals:
    void figureActivated(const Figure &figure, const QString &title);

private:
    void updateMap();
    void activateCity(const QString &cityId);
    const CityIndicator *currentIndicator() const;

    QList<CityFigures> m_cities;
    QList<CityIndicator> m_indicators;
    QLabel *m_indicatorLabel = nullptr;
    QComboBox *m_indicator = nullptr;
    QLabel *m_hint = nullptr;
    EuropeMap *m_map = nullptr;
    QLabel *m_missing = nullptr;
    QLabel *m_credit = nullptr;
};

} // namespace pactesur
