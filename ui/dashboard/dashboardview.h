// SPDX-License-Identifier: EUPL-1.2
// The first screen: the project (period, key figures, charts), the partner cities' numbers
// and their map; every number opens the records behind it. Read again after edits.
#pragma once

#include "stats/dashboardstats.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace pactesur {

class DashboardCitiesPage;
class DashboardLoader;
class DashboardMapPage;
class DashboardProjectPage;
class DashboardRecordsDialog;
class RecordTableModel;
class Session;

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(Session &session, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Reads the numbers again, now, on this thread. Shown, the dashboard does it by itself
    // after each change, on another thread (at network scale a read takes a few frames).
    void refresh();
    // The numbers shown, read first if they are out of date.
    const DashboardStats &stats();
    // A read on another thread is under way.
    bool isLoading() const;
    // The number shown for one value ("cities"/"lead", "sheets"/"draft"), or the total
    // with an empty choice; -1 for what the dashboard does not show.
    int shownCount(const QString &kind, const QString &choice);
    // Every activity, for callers of the former calendar list; made when first asked for.
    RecordTableModel *activityModel();

    // The tabs and their pages are built with the first numbers, or when asked for.
    QTabWidget *tabs();
    DashboardProjectPage *projectPage()
    {
        tabs();
        return m_project;
    }
    DashboardCitiesPage *citiesPage()
    {
        tabs();
        return m_cities;
    }
    DashboardMapPage *mapPage()
    {
        tabs();
        return m_map;
    }
    // The list of the records behind the last number clicked, once one was.
    DashboardRecordsDialog *recordsDialog() const { return m_dialog; }

    // Shows the records behind a number (what a click on it does).
    void openFigure(const Figure &figure, const QString &title);

signals:
    // New numbers are on screen.
    void numbersShown();
    // A number was clicked: the records behind it are listed.
    void figureOpened(const pactesur::Figure &figure, const QString &title);
    // A record should be shown in its section (MainWindow::showRecord).
    void recordActivated(const QString &kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createTabs();
    void retranslateUi();
    void retranslateTabs();
    QHash<QString, QString> themeNames() const;
    void markStale();
    bool needsRead() const;
    void requestRead();
    void display(const DashboardStats &stats);
    QDate today() const;

    Session &m_session;
    QStackedWidget *m_stack = nullptr; // "reading…" until the first numbers, then the tabs
    QLabel *m_loading = nullptr;
    QTabWidget *m_tabs = nullptr;
    DashboardProjectPage *m_project = nullptr;
    DashboardCitiesPage *m_cities = nullptr;
    DashboardMapPage *m_map = nullptr;
    DashboardRecordsDialog *m_dialog = nullptr;
    RecordTableModel *m_activities = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_loadingHint = nullptr; // says "Reading the numbers…" if they take a while
    DashboardLoader *m_loader = nullptr;
    DashboardStats m_stats;
    // Changes seen, and the count a read was asked at: a read that started before the last
    // change leaves the numbers stale.
    quint64 m_changes = 1;
    quint64 m_shownChanges = 0;
    quint64 m_requestedChanges = 0;
    QString m_requestedPath;
};

} // namespace pactesur
