// SPDX-License-Identifier: EUPL-1.2
// The project period as a bar drawn with QPainter: the time gone by, today's position and
// the milestones, each of which can be clicked (or chosen with the arrow keys and Enter).
#pragma once

#include "widgets/accessibleitems.h"

#include <QDate>
#include <QWidget>

namespace pactesur {

struct TimelineMark
{
    QDate date;
    QString title;
    QString toolTip;
};

class ChartTimeline : public QWidget, public AccessibleItems
{
    Q_OBJECT
public:
    explicit ChartTimeline(QWidget *parent = nullptr);

    void setPeriod(const QDate &start, const QDate &end, const QDate &today);
    void setMarks(const QList<TimelineMark> &marks);
    const QList<TimelineMark> &marks() const { return m_marks; }
    // Where a milestone's diamond is drawn, for tests.
    QRectF markRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // AccessibleItems: one item per milestone, its date as the value.
    int accessibleItemCount() const override { return int(m_marks.size()); }
    QString accessibleItemName(int item) const override { return m_marks.at(item).title; }
    QString accessibleItemValue(int item) const override;
    QRect accessibleItemRect(int item) const override { return markRect(item).toAlignedRect(); }
    int currentAccessibleItem() const override { return m_current; }
    void setCurrentAccessibleItem(int item) override;
    void activateAccessibleItem(int item) override { emit markActivated(item); }

signals:
    void markActivated(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Label
    {
        int mark = -1;
        int level = 0;
        QRectF box;
        QString title;
    };
    // Where each milestone's label goes: the level nearest the bar that is free, or none
    // (the tooltip still names it). Lays out m_labels and m_levels for the current width.
    void placeLabels();
    double xOf(const QDate &date) const;
    double barTop() const;
    int markAt(const QPointF &pos) const;
    void drawAxis(QPainter &painter) const;
    void drawToday(QPainter &painter) const;
    void drawMarks(QPainter &painter) const;

    QDate m_start;
    QDate m_end;
    QDate m_today;
    QList<TimelineMark> m_marks;
    QList<Label> m_labels;
    int m_levels = 0;
    int m_hovered = -1;
    int m_current = -1;
};

} // namespace pactesur
