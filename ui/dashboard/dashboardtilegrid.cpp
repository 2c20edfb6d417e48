// SPDX-License-Identifier: EUPL-1.2
// The dashboard's key figures as a row of tiles that reflows when the window is narrow.
#include "dashboardtilegrid.h"

#include "dashboardtile.h"

#include <QEvent>

namespace pactesur {

namespace {
constexpr int kSpacing = 10;
} // namespace

DashboardTileGrid::DashboardTileGrid(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardTiles"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void DashboardTileGrid::addTile(DashboardTile *tile)
{
    // A tile's new caption or note posts a LayoutRequest here (event()).
    tile->setParent(this);
    m_tiles << tile;
    updateGeometry();
}

int DashboardTileGrid::widestMinimum() const
{
    int widest = 0;
    for (const DashboardTile *tile : m_tiles)
        widest = std::max(widest, tile->minimumSizeHint().width());
    return widest;
}

int DashboardTileGrid::columnsFor(int width) const
{
    const int count = int(m_tiles.size());
    const int needed = widestMinimum();
    for (int columns = count; columns > 1; --columns) {
        if (count % columns == 0 && tileWidth(width, columns) >= needed)
            return columns;
    }
    return 1;
}

int DashboardTileGrid::tileWidth(int width, int columns) const
{
    return (width - (columns - 1) * kSpacing) / std::max(1, columns);
}

QSize DashboardTileGrid::sizeHint() const
{
    // One row, each tile at its preferred width.
    int width = 0;
    for (const DashboardTile *tile : m_tiles)
        width += tile->sizeHint().width() + kSpacing;
    width = std::max(0, width - kSpacing);
    return {width, heightForWidth(width)};
}

QSize DashboardTileGrid::minimumSizeHint() const
{
    // One column at the narrowest; the height follows the width (heightForWidth).
    const int width = widestMinimum();
    return {width, m_tiles.isEmpty() ? 0 : m_tiles.first()->minimumSizeHint().height()};
}

int DashboardTileGrid::heightForWidth(int width) const
{
    const int columns = columnsFor(width);
    const int tile = tileWidth(width, columns);
    int height = 0;
    for (int first = 0; first < m_tiles.size(); first += columns) {
        int row = 0;
        for (int i = first; i < std::min(int(m_tiles.size()), first + columns); ++i)
            row = std::max(row, m_tiles.at(i)->heightForWidth(tile));
        height += row + (first > 0 ? kSpacing : 0);
    }
    return height;
}

void DashboardTileGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

bool DashboardTileGrid::event(QEvent *event)
{
    // A tile asked for another size (new figures, new language): place them all again.
    // Its minimum may have changed too, so the number of columns: the page's layout is told.
    if (event->type() == QEvent::LayoutRequest) {
        arrange();
        updateGeometry();
    }
    return QWidget::event(event);
}

void DashboardTileGrid::arrange()
{
    const int columns = columnsFor(width());
    const int tile = tileWidth(width(), columns);
    int y = 0;
    for (int first = 0; first < m_tiles.size(); first += columns) {
        const int last = std::min(int(m_tiles.size()), first + columns);
        int row = 0;
        for (int i = first; i < last; ++i)
            row = std::max(row, m_tiles.at(i)->heightForWidth(tile));
        for (int i = first; i < last; ++i)
            m_tiles.at(i)->setGeometry((i - first) * (tile + kSpacing), y, tile, row);
        y += row + kSpacing;
    }
    // The rows may need another height than the layout gave: it asks heightForWidth() again.
    if (y - kSpacing != height())
        updateGeometry();
}

} // namespace pactesur
