// SPDX-License-Identifier: EUPL-1.2
// The main window's sections: which there are, in what order, how each is made and wired,
// and the navigation between them.
#include "mainwindow.h"

#include "calendar/activitiessection.h"
#include "dashboard/dashboardview.h"
#include "exchange/attentioncounter.h"
#include "exchange/backupsview.h"
#include "exchange/conflictinbox.h"
#include "exchange/exchangeactions.h"
#include "exchange/exchangehistoryview.h"
#include "exchange/ledgerview.h"
#include "model/kinds.h"
#include "records/recordlistview.h"
#include "sheets/sheetlistactions.h"
#include "uisettings.h"
#include "widgets/afterfirstpaint.h"

#include <QAction>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

#include <algorithm>

namespace pactesur {

namespace {

// The list screens, in navigation order. The empty-state texts say what each list is for,
// without promising how its records will arrive. A list whose kind has screens of its own
// names the actions that open them.
struct ListSection
{
    const char *kind;
    const char *choiceField;
    const char *allChoices;
    const char *emptyText;
    MakeRecordListActions listActions = nullptr;
};

const ListSection kListSections[] = {
    {"cities", "role", QT_TRANSLATE_NOOP("pactesur::RecordListView", "All roles"),
        QT_TRANSLATE_NOOP("pactesur::RecordListView",
            "No cities yet. The partner cities of the project are listed here.")},
    {"groups", "status", QT_TRANSLATE_NOOP("pactesur::RecordListView", "All statuses"),
        QT_TRANSLATE_NOOP("pactesur::RecordListView",
            "No working groups yet. The project's working groups, with their theme and lead city, "
            "are listed here once they are recorded.")},
    {"activities", "status", QT_TRANSLATE_NOOP("pactesur::RecordListView", "All statuses"),
        QT_TRANSLATE_NOOP("pactesur::RecordListView",
            "No activities yet. Meetings, trainings, exchanges and the project's other activities "
            "are listed here once they are recorded.")},
    {"sheets", "status", QT_TRANSLATE_NOOP("pactesur::RecordListView", "All statuses"),
        QT_TRANSLATE_NOOP("pactesur::RecordListView",
            "No practice sheets yet. The practices that the cities describe for the partnership "
            "are listed here once they are written."),
        &SheetListActions::create},
    {"resources", "kind", QT_TRANSLATE_NOOP("pactesur::RecordListView", "All kinds"),
        QT_TRANSLATE_NOOP("pactesur::RecordListView",
            "No resources yet. Guides, training material and other documents of the project are "
            "listed here once they are recorded.")},
    {"contacts", nullptr, nullptr,
        QT_TRANSLATE_NOOP("pactesur::RecordListView",
            "No contacts yet. The work contacts of the partner cities are listed here once they "
            "are recorded.")},
    {"organisations", "kind", QT_TRANSLATE_NOOP("pactesur::RecordListView", "All kinds"),
        QT_TRANSLATE_NOOP("pactesur::RecordListView",
            "No organisations yet. The networks, associations, police forces and other "
            "organisations the project works with are listed here once they are recorded.")},
};

const QString kDashboard = QStringLiteral("dashboard");
// After the lists: the conflict inbox and the history of exchanges (ledger, backups).
const QString kConflicts = QStringLiteral("conflicts");
const QString kExchanges = QStringLiteral("exchanges");

QIcon sectionIcon(const QString &key)
{
    return QIcon(QStringLiteral(":/pactesur/icons/%1.svg").arg(key));
}

} // namespace

QStringList MainWindow::sectionKeys()
{
    QStringList keys {kDashboard};
    for (const ListSection &section : kListSections)
        keys << QString::fromLatin1(section.kind);
    keys << kConflicts << kExchanges;
    return keys;
}

void MainWindow::showSection(const QString &key)
{
    const int row = int(sectionKeys().indexOf(key));
    m_navigation->setCurrentRow(row >= 0 ? row : 0);
}

QString MainWindow::currentSection() const
{
    return sectionKeys().value(m_navigation->currentRow());
}

QWidget *MainWindow::sectionWidget(const QString &key)
{
    const int row = int(sectionKeys().indexOf(key));
    return row >= 0 ? builtSection(row) : nullptr;
}

RecordListView *MainWindow::listView(const QString &key)
{
    // Only a list section is built for the question: the others hold no list.
    const bool listed = std::any_of(std::cbegin(kListSections), std::cend(kListSections),
        [&key](const ListSection &section) { return key == QLatin1String(section.kind); });
    if (!listed)
        return nullptr;
    QWidget *section = sectionWidget(key);
    if (auto *list = qobject_cast<RecordListView *>(section))
        return list;
    return section->findChild<RecordListView *>(QStringLiteral("list_%1").arg(key));
}

RecordListView *MainWindow::currentList()
{
    return listView(currentSection());
}

void MainWindow::showRecord(const QString &kind, const QString &id)
{
    RecordListView *list = listView(kind);
    if (!list)
        return;
    showSection(kind);
    if (auto *activities = qobject_cast<ActivitiesSection *>(sectionWidget(kind)))
        activities->showCalendar(false);
    if (list->selectRecord(id))
        list->table()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::createSections()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#navigation { padding-top: 8px; }"
                       "QListWidget#navigation::item { padding: 7px 10px; }"));

    // Each section is built when it is first shown or asked for: a start builds the one on
    // screen, not ten screens nobody looks at yet (issue 17's start budget). Until then an
    // empty widget keeps its place in the stack.
    m_sections = new QStackedWidget(this);
    m_sections->setObjectName(QStringLiteral("sections"));
    for (const QString &key : sectionKeys()) {
        m_navigation->addItem(new QListWidgetItem(sectionIcon(key), QString()));
        m_sections->addWidget(new QWidget(m_sections));
        m_sectionBuilt << false;
    }
    // The inbox's count in the navigation, read off the GUI thread once the window is up:
    // the inbox itself is built when it is first shown.
    m_attention = new AttentionCounter(m_session, this);
    connect(m_attention, &AttentionCounter::countsChanged, this, &MainWindow::updateConflictBadge);
    afterFirstPaint(m_navigation->viewport(), [this] { m_attention->refresh(); });
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::sectionChanged);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_sections);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 1000});
    setCentralWidget(splitter);
}

QWidget *MainWindow::builtSection(int row)
{
    if (m_sectionBuilt.at(row))
        return m_sections->widget(row);
    QWidget *placeholder = m_sections->widget(row);
    const bool wasCurrent = m_sections->currentIndex() == row;
    QWidget *section = buildSection(sectionKeys().at(row));
    m_sectionBuilt[row] = true;
    m_sections->insertWidget(row, section);
    m_sections->removeWidget(placeholder);
    delete placeholder;
    if (wasCurrent)
        m_sections->setCurrentIndex(row);
    return section;
}

void MainWindow::buildAllSections()
{
    for (int row = 0; row < m_sections->count(); ++row)
        builtSection(row);
}

QWidget *MainWindow::buildSection(const QString &key)
{
    if (key == kDashboard) {
        auto *dashboard = new DashboardView(m_session, m_sections);
        connect(dashboard, &DashboardView::recordActivated, this, &MainWindow::showRecord);
        return dashboard;
    }
    if (key == kConflicts) {
        auto *inbox = new ConflictInbox(m_session, m_sections);
        // A choice or a dismissal in the inbox changes the count.
        connect(inbox, &ConflictInbox::openCountChanged, m_attention, &AttentionCounter::refresh);
        connect(inbox, &ConflictInbox::noticeCountChanged, m_attention, &AttentionCounter::refresh);
        connect(inbox, &ConflictInbox::showRecordRequested, this, &MainWindow::showRecord);
        inbox->setEmptyActions({m_exchange->importAction()});
        return inbox;
    }
    if (key == kExchanges) {
        auto *history = new ExchangeHistoryView(m_session, m_sections);
        history->ledger()->setEmptyActions(
            {m_exchange->exportAction(), m_exchange->importAction()});
        history->backups()->setEmptyActions({m_exchange->importAction()});
        return history;
    }
    const auto *section = std::find_if(std::cbegin(kListSections), std::cend(kListSections),
        [&key](const ListSection &each) { return key == QLatin1String(each.kind); });
    Q_ASSERT(section != std::cend(kListSections));
    RecordListView::Options options;
    options.kind = key;
    options.choiceField = QString::fromLatin1(section->choiceField);
    options.allChoicesText = section->allChoices;
    options.emptyText = section->emptyText;
    options.listActions = section->listActions;
    auto *list = new RecordListView(m_session, options, m_sections);
    connect(list, &RecordListView::actionsChanged, this, &MainWindow::updateEditActions);
    connect(list, &RecordListView::openRelated, this,
        [this](const QString &relatedKind, const QString &cityId) {
            showSection(relatedKind);
            if (RecordListView *related = listView(relatedKind))
                related->filterByCity(cityId);
        });
    if (key != QLatin1String("activities"))
        return list;
    auto *activities = new ActivitiesSection(m_session, list, m_sections);
    connectActivities(activities);
    return activities;
}

void MainWindow::sectionChanged(int row)
{
    if (row < 0)
        return;
    builtSection(row);
    m_sections->setCurrentIndex(row);
    m_findAction->setEnabled(currentList());
    updateEditActions();
    UiSettings::setSection(currentSection());
}

void MainWindow::connectActivities(ActivitiesSection *section)
{
    connect(section, &ActivitiesSection::activityActivated, this,
        [this](const QString &id) { showRecord(QStringLiteral("activities"), id); });
}

void MainWindow::updateConflictBadge()
{
    // The count in the navigation: open conflicts and refused changes wait for a person (to
    // choose, to read and dismiss), so they show; both are listed in the same inbox.
    QListWidgetItem *item = m_navigation->item(int(sectionKeys().indexOf(kConflicts)));
    const int count
        = qMax(m_attention->openConflicts(), 0) + qMax(m_attention->refusedChanges(), 0);
    item->setText(count > 0 ? tr("Conflicts (%1)").arg(count) : tr("Conflicts"));
    QFont font = item->font();
    font.setBold(count > 0);
    item->setFont(font);
}

} // namespace pactesur
