// SPDX-License-Identifier: EUPL-1.2
// A bar chart drawn with QPainter: columns (periods) or rows (categories), each bar made of
// stacked segments; a click or Enter on a bar reports which one, for its click-through.
#pragma once

#include "accessibleitems.h"

#include <QColor>
#include <QWidget>

namespace pactesur {

struct ChartBar
{
    QString label; // '\n' splits a column's label over two lines
    QList<qint64> segments; // one value per series
    QString toolTip;
    QColor colour; // overrides the first series' colour when valid
    QString valueText; // "12 activities", what a screen reader says; the total when empty
};

class ChartBars : public QWidget, public AccessibleItems
{
    Q_OBJECT
public:
    enum class Orientation { Columns, Rows };

    explicit ChartBars(Orientation orientation, QWidget *parent = nullptr);

    // Series names make a legend when there is more than one; the second and later series
    // are hatched, so that they read apart without colour.
    void setSeries(const QStringList &names, const QList<QColor> &colours);
    void setBars(const QList<ChartBar> &bars);
    const QList<ChartBar> &bars() const { return m_bars; }
    // Shown instead of the bars when there are none.
    void setEmptyText(const QString &text);
    // Where a segment is drawn (widget coordinates), for tests and tooltips.
    QRectF segmentRect(int bar, int segment) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // AccessibleItems: one item per bar.
    int accessibleItemCount() const override { return int(m_bars.size()); }
    QString accessibleItemName(int item) const override;
    QString accessibleItemValue(int item) const override;
    QVariant accessibleItemNumber(int item) const override { return total(item); }
    QRect accessibleItemRect(int item) const override;
    QAccessible::Role accessibleViewRole() const override { return QAccessible::Chart; }
    int currentAccessibleItem() const override { return m_current; }
    void setCurrentAccessibleItem(int item) override;
    void activateAccessibleItem(int item) override { emit barActivated(item, -1); }

signals:
    // segment is -1 when the whole bar was chosen with the keyboard.
    void barActivated(int bar, int segment);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Hit
    {
        int bar = -1;
        int segment = -1;
    };
    struct Layout
    {
        QRectF plot; // where bars grow
        double labelWidth = 0; // rows: the label column
        double legendHeight = 0;
    };

    Layout layout() const;
    QRectF barRect(const Layout &layout, int bar) const;
    qint64 total(int bar) const;
    QString toolTip(int bar) const;
    qint64 maximum() const;
    Hit hitAt(const QPointF &pos) const;
    QColor seriesColour(int bar, int segment) const;
    void drawLegend(QPainter &painter, const Layout &layout) const;
    void drawBar(QPainter &painter, const Layout &layout, int bar) const;
    void updateAccessibleDescription();

    Orientation m_orientation;
    QStringList m_series;
    QList<QColor> m_colours;
    QList<ChartBar> m_bars;
    QString m_emptyText;
    Hit m_hovered;
    int m_current = -1; // chosen with the keyboard
};

} // namespace pactesur
