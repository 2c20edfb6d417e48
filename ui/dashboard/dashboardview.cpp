// SPDX-License-Identifier: EUPL-1.2
// The first screen: the project (period, key figures, charts), the partner cities' numbers
// and their map; every number opens the records behind it. Read again after edits.
#include "dashboardview.h"

#include "dashboardcitiespage.h"
#include "dashboardloader.h"
#include "dashboardmappage.h"
#include "dashboardprojectpage.h"
#include "dashboardrecordsdialog.h"
#include "records/recordtablemodel.h"
#include "session/session.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pactesur {

namespace {

// Edits come in bursts (an import, an undo of several records): one read after the last.
constexpr int kRefreshDelayMs = 150;
// How long a first showing stays blank before it says that its numbers are coming: a
// small database is read well within it, so its screen never flickers. The window is
// painted meanwhile; waiting for the numbers first made the start 80 ms slower.
constexpr int kLoadingHintDelayMs = 80;

} // namespace

DashboardView::DashboardView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("dashboard"));
    m_loading = new QLabel(this);
    m_loading->setObjectName(QStringLiteral("dashboardLoading"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_loading);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_stack);
    m_loader = new DashboardLoader(this);
    connect(m_loader, &DashboardLoader::loaded, this, [this](const DashboardStats &stats) {
        // Another file was opened since, or newer numbers were read here meanwhile.
        if (m_requestedPath != m_session.database().path() || m_requestedChanges < m_shownChanges)
            return;
        display(stats);
        m_shownChanges = m_requestedChanges;
        if (needsRead() && isVisible())
            requestRead(); // a change came in while reading
    });
    connect(m_loader, &DashboardLoader::failed, this,
        [this](const QString &message) { m_loading->setText(message); });

    m_loadingHint = new QTimer(this);
    m_loadingHint->setSingleShot(true);
    m_loadingHint->setInterval(kLoadingHintDelayMs);
    connect(m_loadingHint, &QTimer::timeout, this, [this] {
        if (m_loader->isBusy())
            m_loading->setText(tr("Reading the numbers…"));
    });
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible() && needsRead())
            requestRead();
    });
    connect(&m_session, &Session::recordsChanged, this, &DashboardView::markStale);
    connect(&m_session, &Session::databaseAboutToBeReplaced, this, [this] {
        m_stack->setCurrentWidget(m_loading); // the numbers shown are the old file's
        if (m_dialog)
            m_dialog->clear();
        if (m_activities)
            m_activities->setDatabase(nullptr);
    });
    connect(&m_session, &Session::databaseReplaced, this, [this] {
        if (m_activities)
            m_activities->setDatabase(&m_session.database());
        markStale();
    });
    retranslateUi();
}

DashboardView::~DashboardView() = default;

QDate DashboardView::today() const
{
    // The database's clock, not the wall clock, so tests can fix "today".
    return m_session.database().clock().now().toLocalTime().date();
}

void DashboardView::markStale()
{
    ++m_changes;
    // Hidden, it waits to be shown; shown, it follows the edits as they happen.
    if (isVisible())
        m_refreshTimer->start();
}

bool DashboardView::needsRead() const
{
    return m_shownChanges != m_changes || m_stats.today != today();
}

void DashboardView::requestRead()
{
    m_requestedChanges = m_changes;
    m_requestedPath = m_session.database().path();
    m_loader->start(m_requestedPath, today());
}

bool DashboardView::isLoading() const
{
    return m_loader->isBusy();
}

void DashboardView::refresh()
{
    m_refreshTimer->stop();
    const quint64 changes = m_changes;
    display(DashboardStats::compute(m_session.database(), today()));
    m_shownChanges = changes;
}

QTabWidget *DashboardView::tabs()
{
    if (!m_tabs)
        createTabs();
    return m_tabs;
}

void DashboardView::createTabs()
{
    // With the first numbers, not before: the start's first paint shows none of it.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setDocumentMode(true);
    m_project = new DashboardProjectPage(m_tabs);
    m_cities = new DashboardCitiesPage(m_tabs);
    m_map = new DashboardMapPage(m_tabs);
    m_tabs->addTab(m_project, QString());
    m_tabs->addTab(m_cities, QString());
    m_tabs->addTab(m_map, QString());
    m_stack->addWidget(m_tabs);
    connect(m_project, &DashboardProjectPage::figureActivated, this, &DashboardView::openFigure);
    connect(m_cities, &DashboardCitiesPage::figureActivated, this, &DashboardView::openFigure);
    connect(m_map, &DashboardMapPage::figureActivated, this, &DashboardView::openFigure);
    connect(
        m_project, &DashboardProjectPage::recordActivated, this, &DashboardView::recordActivated);
    connect(m_cities, &DashboardCitiesPage::recordActivated, this, &DashboardView::recordActivated);
    retranslateTabs();
}

void DashboardView::display(const DashboardStats &stats)
{
    m_stats = stats;
    tabs();
    m_project->setStats(m_stats, themeNames());
    m_cities->setCities(m_stats.cities);
    m_map->setCities(m_stats.cities);
    m_stack->setCurrentWidget(m_tabs);
    emit numbersShown();
}

const DashboardStats &DashboardView::stats()
{
    if (needsRead())
        refresh();
    return m_stats;
}

QHash<QString, QString> DashboardView::themeNames() const
{
    QHash<QString, QString> names;
    const RecordStore store(m_session.database());
    for (const ChoiceFigure &theme : m_stats.project.themes)
        names.insert(theme.value, store.themeLabel(theme.value));
    return names;
}

int DashboardView::shownCount(const QString &kind, const QString &choice)
{
    const DashboardStats &shown = stats();
    if (kind == QLatin1String("cities")) {
        int count = 0;
        for (const CityFigures &city : shown.cities)
            count += choice.isEmpty() || city.role == choice ? 1 : 0;
        return count;
    }
    if (kind == QLatin1String("activities") && choice.isEmpty())
        return int(shown.project.activities.value);
    if (kind == QLatin1String("sheets")) {
        if (choice.isEmpty())
            return int(shown.project.sheets.value);
        for (const ChoiceFigure &status : shown.project.sheetStatuses) {
            if (status.value == choice)
                return int(status.sheets.value);
        }
    }
    return -1;
}

RecordTableModel *DashboardView::activityModel()
{
    if (!m_activities) {
        m_activities = new RecordTableModel(Kinds::get(QStringLiteral("activities")), this);
        m_activities->setDatabase(&m_session.database());
    }
    return m_activities;
}

void DashboardView::openFigure(const Figure &figure, const QString &title)
{
    if (!m_dialog) {
        m_dialog = new DashboardRecordsDialog(this);
        connect(m_dialog, &DashboardRecordsDialog::recordActivated, this,
            &DashboardView::recordActivated);
    }
    m_dialog->showFigure(m_session.database(), figure, title);
    emit figureOpened(figure, title);
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardView::showEvent(QShowEvent *event)
{
    // The screen comes at once (with the numbers it had, or a word that they are coming)
    // and the new numbers replace them when read.
    if (needsRead()) {
        requestRead();
        if (m_stack->currentWidget() == m_loading && !m_loadingHint->isActive()) {
            m_loading->clear();
            m_loadingHint->start();
        }
    }
    QWidget::showEvent(event);
}

void DashboardView::retranslateUi()
{
    if (!m_loadingHint->isActive())
        m_loading->setText(tr("Reading the numbers…"));
    if (m_tabs)
        retranslateTabs();
}

void DashboardView::retranslateTabs()
{
    m_tabs->setTabText(m_tabs->indexOf(m_project), tr("Project"));
    m_tabs->setTabText(m_tabs->indexOf(m_cities), tr("Cities"));
    m_tabs->setTabText(m_tabs->indexOf(m_map), tr("Map"));
    m_tabs->setAccessibleName(tr("Dashboard"));
    if (m_shownChanges > 0)
        m_project->retranslate(themeNames());
    m_cities->retranslate();
    m_map->retranslate();
}

} // namespace pactesur
