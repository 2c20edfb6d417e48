// SPDX-License-Identifier: EUPL-1.2
// The dashboard's table of partner cities: one row per city, one column per number (and
// the latest activity), each cell knowing the records behind it.
#include "dashboardcitymodel.h"

#include "dashboardformat.h"
#include "model/kinds.h"

#include <QBrush>
#include <QColor>

namespace pactesur {

namespace {

const QColor kLink(0x0c, 0x4a, 0xa8);
const QColor kZero(0x9a, 0x9a, 0x9a);

} // namespace

DashboardCityModel::DashboardCityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    retranslate();
}

void DashboardCityModel::setCities(const QList<CityFigures> &cities)
{
    beginResetModel();
    m_cities = cities;
    endResetModel();
}

void DashboardCityModel::retranslate()
{
    beginResetModel();
    m_indicators = DashboardIndicators::forCities();
    m_indicators.removeIf([](const CityIndicator &indicator) { return !indicator.inTable; });
    endResetModel();
}

int DashboardCityModel::indicatorIndex(int column) const
{
    if (column > RoleColumn && column < LatestColumn)
        return column - 2;
    if (column > LatestColumn)
        return column - 3;
    return -1;
}

const CityIndicator *DashboardCityModel::indicator(int column) const
{
    const int index = indicatorIndex(column);
    return index >= 0 && index < m_indicators.size() ? &m_indicators.at(index) : nullptr;
}

int DashboardCityModel::columnOf(const QString &indicatorKey) const
{
    for (int column = 0; column < columnCount(); ++column) {
        if (const CityIndicator *item = indicator(column); item && item->key == indicatorKey)
            return column;
    }
    return -1;
}

QList<DashboardCityModel::Span> DashboardCityModel::groups() const
{
    QList<Span> spans;
    for (int column = RoleColumn + 1; column < columnCount(); ++column) {
        const CityIndicator *item = indicator(column);
        // The latest activity belongs with the activities before it.
        const QString text = item ? item->group : indicator(column - 1)->group;
        if (text.isEmpty())
            continue;
        if (!spans.isEmpty() && spans.last().text == text && spans.last().last == column - 1)
            spans.last().last = column;
        else
            spans.append({column, column, text});
    }
    return spans;
}

int DashboardCityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cities.size());
}

int DashboardCityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_indicators.size()) + 3;
}

QVariant DashboardCityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CityFigures &city = m_cities.at(index.row());
    const int column = index.column();
    if (role == CityIdRole)
        return city.id;
    if (column == NameColumn || column == RoleColumn) {
        const QString text = column == NameColumn ? city.name : Kinds::choiceLabel(city.role);
        if (role == Qt::DisplayRole || role == SortRole)
            return role == SortRole && column == RoleColumn ? QVariant(city.role) : text;
        if (role == Qt::ToolTipRole && column == NameColumn)
            return DashboardIndicators::cityToolTip(city);
        return {};
    }
    if (column == LatestColumn) {
        const LastActivity &latest = city.lastActivity;
        switch (role) {
        case Qt::DisplayRole:
            return latest.isValid() ? dashboardformat::mediumDate(latest.date) : QString();
        case SortRole:
            return latest.date;
        case Qt::ToolTipRole:
            return latest.isValid() ? tr("%1, %2: click to open it")
                                          .arg(dashboardformat::longDate(latest.date), latest.title)
                                    : tr("No activity up to today");
        case Qt::ForegroundRole:
            return QBrush(kLink);
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    const CityIndicator *item = indicator(column);
    if (!item)
        return {};
    const qint64 value = item->figure(city).value;
    switch (role) {
    case Qt::DisplayRole:
        return dashboardformat::number(value);
    case SortRole:
        return value;
    case Qt::ToolTipRole:
        return tr("%1: %2. Click to see them.", "figure title, value")
            .arg(item->title(city.name), dashboardformat::number(value));
    case Qt::ForegroundRole:
        return QBrush(value > 0 ? kLink : kZero);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DashboardCityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        if (section == NameColumn)
            return Kinds::get(QStringLiteral("cities")).translatedLabel();
        if (section == RoleColumn)
            return Kinds::get(QStringLiteral("cities"))
                .field(QStringLiteral("role"))
                ->translatedLabel();
        if (section == LatestColumn)
            return tr("Latest");
        if (const CityIndicator *item = indicator(section))
            return item->shortName;
    }
    if (role == Qt::ToolTipRole) {
        if (section == LatestColumn)
            return tr("The most recent activity the city hosted or took part in, up to today.");
        if (const CityIndicator *item = indicator(section))
            return item->help;
    }
    return {};
}

} // namespace pactesur
