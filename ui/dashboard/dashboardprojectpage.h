// SPDX-License-Identifier: EUPL-1.2
// The dashboard's project page: the period with today and the milestones, the key figures,
// and charts of activities per quarter, participants by kind and practice sheets.
#pragma once

#include "stats/dashboardstats.h"

#include <QHash>
#include <QWidget>

class QGroupBox;
class QLabel;
class QScrollArea;

namespace pactesur {

class ChartBars;
class ChartTimeline;
class DashboardTile;

class DashboardProjectPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardProjectPage(QWidget *parent = nullptr);

    // `themeNames`: each theme's name in the current language, by slug.
    void setStats(const DashboardStats &stats, const QHash<QString, QString> &themeNames);
    // Texts follow the new language, from the figures already read.
    void retranslate(const QHash<QString, QString> &themeNames);

signals:
    void figureActivated(const Figure &figure, const QString &title);
    void recordActivated(const QString &kind, const QString &id);

private:
    enum Tile { Cities, Activities, Participants, Women, Officers, Sheets, TileCount };

    DashboardTile *addTile(Tile tile, const QString &objectName);
    QGroupBox *addChart(QWidget *chart, const QString &objectName, QLabel *note = nullptr);
    void updateHeader();
    void updateTiles();
    void updateQuarters();
    void updateKinds();
    void updateSheets();
    void activateTile(Tile tile);
    void activateKind(int bar, int segment);

    DashboardStats m_stats;
    QHash<QString, QString> m_themeNames;
    QList<int> m_kindRows; // index in project.kinds of each bar
    QLabel *m_name = nullptr;
    QLabel *m_period = nullptr;
    QScrollArea *m_scroll = nullptr;
    ChartTimeline *m_timeline = nullptr;
    QLabel *m_timelineNote = nullptr;
    QList<DashboardTile *> m_tiles;
    QGroupBox *m_quarterBox = nullptr;
    QGroupBox *m_kindBox = nullptr;
    QGroupBox *m_statusBox = nullptr;
    QGroupBox *m_themeBox = nullptr;
    ChartBars *m_quarters = nullptr;
    ChartBars *m_kinds = nullptr;
    ChartBars *m_statuses = nullptr;
    ChartBars *m_themes = nullptr;
    QLabel *m_kindNote = nullptr;
};

} // namespace pactesur
