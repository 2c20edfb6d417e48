// SPDX-License-Identifier: EUPL-1.2
// A map of Europe with the partner cities placed by their coordinates, each dot sized and
// coloured by one number; the outline ships with the app (resources/map/europe.json).
#pragma once

#include "accessibleitems.h"

#include <QPixmap>
#include <QSet>
#include <QWidget>

namespace pactesur {

struct MapCity
{
    QString id;
    QString name;
    QString country; // ISO 3166-1 alpha-2: its country is shaded as a partner's
    double latitude = 0;
    double longitude = 0;
    qint64 value = 0;
    QString toolTip;
    QString valueText; // "Activities hosted: 12", what a screen reader says for the city
};

class EuropeMap : public QWidget, public AccessibleItems
{
    Q_OBJECT
public:
    explicit EuropeMap(QWidget *parent = nullptr);

    // The view fits these cities, with margins; `legendTitle` names what `value` counts.
    void setCities(const QList<MapCity> &cities, const QString &legendTitle);
    const QList<MapCity> &cities() const { return m_cities; }
    // The city drawn under `pos` (widget coordinates), or an empty id.
    QString cityAt(const QPoint &pos) const;
    // Where a city's dot is drawn, for tests; a null point when it is not on the map.
    QPointF cityPosition(const QString &id) const;
    QString selectedCity() const { return m_selected; }

    QSize sizeHint() const override { return {900, 620}; }
    QSize minimumSizeHint() const override { return {360, 260}; }

    // AccessibleItems: one item per city, in the order given.
    int accessibleItemCount() const override { return int(m_cities.size()); }
    QString accessibleItemName(int item) const override { return m_cities.at(item).name; }
    QString accessibleItemValue(int item) const override;
    QVariant accessibleItemNumber(int item) const override { return m_cities.at(item).value; }
    QRect accessibleItemRect(int item) const override;
    int currentAccessibleItem() const override;
    void setCurrentAccessibleItem(int item) override;
    void activateAccessibleItem(int item) override { emit cityActivated(m_cities.at(item).id); }

signals:
    // A click, or Enter on the city chosen with the arrow keys.
    void cityActivated(const QString &cityId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void updateView();
    double radius(qint64 value) const;
    QColor colour(qint64 value) const;
    void drawLabels(QPainter &painter) const;
    void drawLegend(QPainter &painter) const;
    void select(int step);

    QList<MapCity> m_cities;
    QList<QPointF> m_points; // widget coordinates, one per city
    QSet<QString> m_countries;
    QString m_legendTitle;
    qint64 m_minimum = 0; // the smallest value above zero: colours spread from it to the top
    qint64 m_maximum = 0;
    QTransform m_transform; // projected units to widget pixels
    QPixmap m_background; // the outline, drawn once per size
    QString m_hovered;
    QString m_selected;
};

} // namespace pactesur
