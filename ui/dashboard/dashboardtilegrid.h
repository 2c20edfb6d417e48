// SPDX-License-Identifier: EUPL-1.2
// The dashboard's key figures as a row of tiles that reflows: six in a row on a wide window,
// three or two in a row when a tile would be narrower than its longest word (issue 18: a
// Greek "Δραστηριότητες" was cut at the tile's edge on a 1000-pixel window).
#pragma once

#include <QList>
#include <QWidget>

namespace pactesur {

class DashboardTile;

class DashboardTileGrid : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardTileGrid(QWidget *parent = nullptr);

    void addTile(DashboardTile *tile);
    // How many tiles a row holds at `width`: the most that keep every tile at its minimum,
    // among the counts that fill every row alike (6, 3, 2, 1 for six tiles).
    int columnsFor(int width) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    int tileWidth(int width, int columns) const;
    int widestMinimum() const;
    void arrange();

    QList<DashboardTile *> m_tiles;
};

} // namespace pactesur
