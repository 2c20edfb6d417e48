// SPDX-License-Identifier: EUPL-1.2
// The dashboard's page of partner cities: a sortable table of each city's numbers, every
// one of which opens the records behind it.
#include "dashboardcitiespage.h"

#include "dashboardcitymodel.h"
#include "dashboardheaderview.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pactesur {

DashboardCitiesPage::DashboardCitiesPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardCities"));
    m_model = new DashboardCityModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DashboardCityModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("dashboardCitiesHint"));
    m_hint->setWordWrap(true);
    m_table = new QTableView(this);
    // Tab leaves the table (arrow keys move between cells): a keyboard user is not walked
    // through every cell to reach the next control.
    m_table->setTabKeyNavigation(false);
    m_table->setObjectName(QStringLiteral("dashboardCityTable"));
    m_header = new DashboardHeaderView(m_table);
    m_table->setHorizontalHeader(m_header);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DashboardCityModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setMouseTracking(true);
    m_table->verticalHeader()->hide();
    // A single click opens the records: every number is a link, as the hint says.
    connect(m_table, &QTableView::clicked, this, &DashboardCitiesPage::activate);
    connect(m_table, &QTableView::activated, this, &DashboardCitiesPage::activate);
    connect(m_table, &QTableView::entered, this, [this](const QModelIndex &index) {
        m_table->viewport()->setCursor(index.column() == DashboardCityModel::RoleColumn
                ? Qt::ArrowCursor
                : Qt::PointingHandCursor);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    retranslate();
}

void DashboardCitiesPage::setCities(const QList<CityFigures> &cities)
{
    m_model->setCities(cities);
    updateHeader();
}

void DashboardCitiesPage::retranslate()
{
    m_hint->setText(tr("Click a number to see the records behind it, a city to open it, a date "
                       "to open that activity. Click a column title to sort."));
    m_table->setAccessibleName(tr("Numbers of each partner city"));
    m_model->retranslate();
    updateHeader();
}

void DashboardCitiesPage::updateHeader()
{
    QList<DashboardHeaderView::Group> groups;
    for (const DashboardCityModel::Span &span : m_model->groups())
        groups.append({span.first, span.last, span.text});
    m_header->setGroups(groups);
    m_table->resizeColumnsToContents();
    // A group title is read whole: its columns widen when it is longer than they are.
    QFont bold = m_header->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    for (const DashboardHeaderView::Group &group : std::as_const(groups)) {
        int width = 0;
        for (int column = group.first; column <= group.last; ++column)
            width += m_header->sectionSize(column);
        const int missing = metrics.horizontalAdvance(group.text) + 24 - width;
        if (missing > 0)
            m_header->resizeSection(group.last, m_header->sectionSize(group.last) + missing);
    }
    m_header->setSectionResizeMode(DashboardCityModel::NameColumn, QHeaderView::Stretch);
}

QModelIndex DashboardCitiesPage::indexOf(const QString &cityId, int column) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->city(row).id == cityId)
            return m_sorted->mapFromSource(m_model->index(row, column));
    }
    return {};
}

void DashboardCitiesPage::activate(const QModelIndex &index)
{
    const QModelIndex source = m_sorted->mapToSource(index);
    if (!source.isValid())
        return;
    const CityFigures &city = m_model->city(source.row());
    if (source.column() == DashboardCityModel::NameColumn) {
        emit recordActivated(QStringLiteral("cities"), city.id);
    } else if (source.column() == DashboardCityModel::LatestColumn) {
        if (city.lastActivity.isValid())
            emit recordActivated(QStringLiteral("activities"), city.lastActivity.id);
    } else if (const CityIndicator *indicator = m_model->indicator(source.column())) {
        emit figureActivated(indicator->figure(city), indicator->title(city.name));
    }
}

} // namespace pactesur
