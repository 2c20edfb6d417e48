// SPDX-License-Identifier: EUPL-1.2
// The dashboard's map page: the partner cities on the map of Europe, coloured by the
// number the user picks; a click on a city opens the records behind its number.
#include "dashboardmappage.h"

#include "widgets/europemap.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pactesur {

DashboardMapPage::DashboardMapPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardMap"));
    m_indicatorLabel = new QLabel(this);
    m_indicator = new QComboBox(this);
    m_indicator->setObjectName(QStringLiteral("mapIndicator"));
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_indicatorLabel->setBuddy(m_indicator);
    m_hint = new QLabel(this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    // A sentence beside the box: wrapped, so a long translation takes lines, not width.
    m_hint->setWordWrap(true);
    m_map = new EuropeMap(this);
    connect(m_map, &EuropeMap::cityActivated, this, &DashboardMapPage::activateCity);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &DashboardMapPage::updateMap);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("mapMissingCities"));
    m_missing->setWordWrap(true);
    m_credit = new QLabel(this);
    m_credit->setObjectName(QStringLiteral("mapCredit"));
    m_credit->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_credit->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_credit->setFont(small);

    auto *top = new QHBoxLayout;
    top->addWidget(m_indicatorLabel);
    top->addWidget(m_indicator);
    top->addSpacing(12);
    top->addWidget(m_hint, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(top);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_missing);
    layout->addWidget(m_credit);
    retranslate();
}

void DashboardMapPage::setCities(const QList<CityFigures> &cities)
{
    m_cities = cities;
    updateMap();
}

void DashboardMapPage::retranslate()
{
    const QString key = indicatorKey();
    m_indicators = DashboardIndicators::forMap();
    {
        const QSignalBlocker blocker(m_indicator);
        m_indicator->clear();
        for (const CityIndicator &indicator : std::as_const(m_indicators))
            m_indicator->addItem(indicator.name, indicator.key);
    }
    setIndicatorKey(key.isEmpty() ? QStringLiteral("hosted") : key);
    m_indicatorLabel->setText(tr("&Colour the cities by:"));
    m_indicator->setAccessibleName(tr("Number the map shows"));
    m_hint->setText(tr("Point at a city for its numbers; click it to see the records behind "
                       "the chosen number."));
    // Natural Earth asks for no credit; world-atlas (ISC) asks that its notice be kept.
    m_credit->setText(
        tr("Map data: %1")
            .arg(QStringLiteral("Natural Earth (public domain), via world-atlas (ISC)")));
    updateMap();
}

QString DashboardMapPage::indicatorKey() const
{
    return m_indicator->currentData().toString();
}

void DashboardMapPage::setIndicatorKey(const QString &key)
{
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(key)));
}

const CityIndicator *DashboardMapPage::currentIndicator() const
{
    const int index = m_indicator->currentIndex();
    return index >= 0 && index < m_indicators.size() ? &m_indicators.at(index) : nullptr;
}

void DashboardMapPage::updateMap()
{
    const CityIndicator *indicator = currentIndicator();
    if (!indicator)
        return;
    QList<MapCity> points;
    int missing = 0;
    for (const CityFigures &city : std::as_const(m_cities)) {
        if (!city.hasPosition) {
            ++missing;
            continue;
        }
        points.append({city.id, city.name, city.country, city.latitude, city.longitude,
            indicator->figure(city).value, DashboardIndicators::cityToolTip(city),
            DashboardIndicators::valueText(*indicator, city)});
    }
    m_map->setCities(points, indicator->name);
    m_map->setAccessibleName(tr("Map of the partner cities: %1").arg(indicator->name));
    m_missing->setVisible(missing > 0);
    m_missing->setText(
        tr("%n city(ies) without coordinates cannot be placed on the map.", nullptr, missing));
}

void DashboardMapPage::activateCity(const QString &cityId)
{
    const CityIndicator *indicator = currentIndicator();
    for (const CityFigures &city : std::as_const(m_cities)) {
        if (city.id == cityId && indicator) {
            emit figureActivated(indicator->figure(city), indicator->title(city.name));
            return;
        }
    }
}

} // namespace pactesur
