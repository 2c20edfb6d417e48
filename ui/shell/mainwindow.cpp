// SPDX-License-Identifier: EUPL-1.2
// The main window: assembles the navigation, the screens, the menus and the status bar;
// the screens themselves live in their own classes.
#include "mainwindow.h"

#include "calendar/activitiessection.h"
#include "dashboard/dashboardview.h"
#include "exchange/conflictinbox.h"
#include "exchange/exchangeactions.h"
#include "exchange/exchangehistoryview.h"
#include "exchange/ledgerview.h"
#include "highcontrast.h"
#include "languagemenu.h"
#include "mailbox/mailboxactions.h"
#include "mailbox/mailboxstatusline.h"
#include "model/kinds.h"
#include "records/recordlistview.h"
#include "reports/reportsdialog.h"
#include "roledialog.h"
#include "searchdialog.h"
#include "sectionshortcuts.h"
#include "session/session.h"
#include "sheets/sheetlistactions.h"
#include "sheets/sheetwindows.h"
#include "shortcutsdialog.h"
#include "store/database.h"
#include "store/replica.h"
#include "uisettings.h"
#include "widgets/filedialogs.h"
#include "widgets/messages.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

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

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/pactesur/icons/pactesur.svg")));
    createActions();
    createMenus();
    createSections();
    m_sectionShortcuts = new SectionShortcuts(m_navigation, m_sections, sectionKeys(), m_viewMenu);
    createStatusBar();

    connect(&m_session, &Session::identityChanged, this, &MainWindow::updateDatabaseInfo);
    connect(&m_session, &Session::databaseReplaced, this, &MainWindow::updateDatabaseInfo);
    // An undo or redo that core refused: said briefly, the undo history goes on.
    connect(&m_session, &Session::editFailed, this,
        [this](const QString &message) { statusBar()->showMessage(message, 6000); });

    retranslateUi();
    if (!restoreGeometry(UiSettings::windowGeometry()))
        resize(1200, 760);
    restoreState(UiSettings::windowState());
    showSection(UiSettings::section());
    sectionChanged(m_navigation->currentRow()); // when the row was already current

    // Sheets that were being edited when the app stopped: reopened once the window is up,
    // each saying what was kept. The same after opening another database.
    auto reopen = [this] {
        if (const int reopened = SheetWindows::of(m_session).reopenLeftOpen(this))
            statusBar()->showMessage(tr("%n practice sheet(s) reopened after Pactesur stopped "
                                        "unexpectedly: each says what was kept.",
                                         nullptr, reopened),
                10000);
    };
    QTimer::singleShot(0, this, reopen);
    connect(&m_session, &Session::databaseReplaced, this, reopen);
}

MainWindow::~MainWindow() = default;

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

QWidget *MainWindow::sectionWidget(const QString &key) const
{
    return m_sections->widget(int(sectionKeys().indexOf(key)));
}

RecordListView *MainWindow::listView(const QString &key) const
{
    return findChild<RecordListView *>(QStringLiteral("list_%1").arg(key));
}

RecordListView *MainWindow::currentList() const
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

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The sheet editors store what is pending first; one may ask to stay open.
    if (!SheetWindows::of(m_session).closeAll()) {
        event->ignore();
        return;
    }
    UiSettings::setWindowGeometry(saveGeometry());
    UiSettings::setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("actionNewDatabase"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabase);

    // Also accepts packages dropped on the window.
    m_exchange = new ExchangeActions(m_session, this);
    connect(m_exchange, &ExchangeActions::reviewConflictsRequested, this,
        [this] { showSection(kConflicts); });
    // Also syncs by itself once the window is shown, then every few minutes.
    m_mailbox = new MailboxActions(m_session, this);
    connect(m_mailbox, &MailboxActions::reviewConflictsRequested, this,
        [this] { showSection(kConflicts); });

    m_reportsAction = new QAction(this);
    m_reportsAction->setObjectName(QStringLiteral("actionReports"));
    connect(m_reportsAction, &QAction::triggered, this, &MainWindow::showReports);

    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("actionOpenDatabase"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabase);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Ctrl+F searches everything (what users look for first); Ctrl+L filters the list.
    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::findInSection);
    m_searchAction = new QAction(this);
    m_searchAction->setObjectName(QStringLiteral("actionSearch"));
    m_searchAction->setShortcut(QKeySequence::Find);
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::searchEverything);

    // The record actions of the current list; their shortcuts (Ctrl+N, Enter, Del) belong to
    // the list itself, where they do not clash with File > New Database.
    m_newRecordAction = new QAction(this);
    m_newRecordAction->setObjectName(QStringLiteral("actionNewRecord"));
    m_editRecordAction = new QAction(this);
    m_editRecordAction->setObjectName(QStringLiteral("actionEditRecord"));
    m_deleteRecordAction = new QAction(this);
    m_deleteRecordAction->setObjectName(QStringLiteral("actionDeleteRecord"));
    connect(m_newRecordAction, &QAction::triggered, this, [this] {
        if (RecordListView *list = currentList())
            list->newRecord();
    });
    connect(m_editRecordAction, &QAction::triggered, this, [this] {
        if (RecordListView *list = currentList())
            list->editRecord();
    });
    connect(m_deleteRecordAction, &QAction::triggered, this, [this] {
        if (RecordListView *list = currentList())
            list->deleteRecord();
    });

    m_highContrastAction = new QAction(this);
    m_highContrastAction->setObjectName(QStringLiteral("actionHighContrast"));
    m_highContrastAction->setCheckable(true);
    m_highContrastAction->setChecked(HighContrast::isOn());
    connect(m_highContrastAction, &QAction::toggled, this, &HighContrast::apply);

    // Built when opened: the actions (and their shortcuts) of this window at that moment.
    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("actionAboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exchange->importAction());
    m_fileMenu->addAction(m_exchange->exportAction());
    m_fileMenu->addAction(m_mailbox->syncAction());
    m_fileMenu->addAction(m_reportsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    m_editSeparator = m_editMenu->addSeparator();
    m_editMenu->addAction(m_newRecordAction);
    m_editMenu->addAction(m_editRecordAction);
    m_editMenu->addAction(m_deleteRecordAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_searchAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_languageMenu = new LanguageMenu(m_viewMenu);
    m_viewMenu->addMenu(m_languageMenu);
    m_viewMenu->addAction(m_highContrastAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("menuSettings"));
    m_settingsMenu->addAction(m_mailbox->settingsAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::recreateUndoActions()
{
    // QUndoStack fixes an action's prefix when it creates it: a new language needs new
    // actions, in the same place.
    delete m_undoAction;
    delete m_redoAction;
    m_undoAction = m_session.undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_session.undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_editMenu->insertAction(m_editSeparator, m_undoAction);
    m_editMenu->insertAction(m_editSeparator, m_redoAction);
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

    m_sections = new QStackedWidget(this);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_navigation->addItem(new QListWidgetItem(sectionIcon(kDashboard), QString()));
    auto *dashboard = new DashboardView(m_session, m_sections);
    connect(dashboard, &DashboardView::recordActivated, this, &MainWindow::showRecord);
    m_sections->addWidget(dashboard);
    for (const ListSection &section : kListSections) {
        const QString kind = QString::fromLatin1(section.kind);
        m_navigation->addItem(new QListWidgetItem(sectionIcon(kind), QString()));
        RecordListView::Options options;
        options.kind = kind;
        options.choiceField = QString::fromLatin1(section.choiceField);
        options.allChoicesText = section.allChoices;
        options.emptyText = section.emptyText;
        options.listActions = section.listActions;
        auto *list = new RecordListView(m_session, options, m_sections);
        connect(list, &RecordListView::actionsChanged, this, &MainWindow::updateEditActions);
        connect(list, &RecordListView::openRelated, this,
            [this](const QString &relatedKind, const QString &cityId) {
                showSection(relatedKind);
                if (RecordListView *related = listView(relatedKind))
                    related->filterByCity(cityId);
            });
        if (kind == QLatin1String("activities")) {
            auto *activities = new ActivitiesSection(m_session, list, m_sections);
            connectActivities(activities);
            m_sections->addWidget(activities);
        } else {
            m_sections->addWidget(list);
        }
    }
    m_navigation->addItem(new QListWidgetItem(sectionIcon(kConflicts), QString()));
    m_inbox = new ConflictInbox(m_session, m_sections);
    connect(m_inbox, &ConflictInbox::openCountChanged, this, &MainWindow::updateConflictBadge);
    connect(m_inbox, &ConflictInbox::noticeCountChanged, this, &MainWindow::updateConflictBadge);
    connect(m_inbox, &ConflictInbox::showRecordRequested, this, &MainWindow::showRecord);
    m_inbox->setEmptyActions({m_exchange->importAction()});
    m_sections->addWidget(m_inbox);
    m_navigation->addItem(new QListWidgetItem(sectionIcon(kExchanges), QString()));
    auto *history = new ExchangeHistoryView(m_session, m_sections);
    history->ledger()->setEmptyActions({m_exchange->exportAction(), m_exchange->importAction()});
    m_sections->addWidget(history);
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

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("statusDatabase"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("statusRole"));
    m_roleLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_mailbox->statusLine());
    statusBar()->addPermanentWidget(m_roleLabel);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New Database…"));
    m_newAction->setStatusTip(tr("Create an empty database with the project's founding data"));
    m_openAction->setText(tr("&Open Database…"));
    m_openAction->setStatusTip(tr("Open another Pactesur database file"));
    m_reportsAction->setText(tr("&Reports…"));
    m_reportsAction->setStatusTip(
        tr("Write an activity report, a calendar, the booklet of practices or a list"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find in List…"));
    m_findAction->setStatusTip(tr("Filter the records of the current list"));
    m_searchAction->setText(tr("&Search Everything…"));
    m_searchAction->setStatusTip(tr("Search all the records of every kind"));
    m_newRecordAction->setText(tr("&New Record…"));
    m_newRecordAction->setStatusTip(tr("Add a record to the current list"));
    m_editRecordAction->setText(tr("&Edit Record…"));
    m_editRecordAction->setStatusTip(tr("Edit the record selected in the current list"));
    m_deleteRecordAction->setText(tr("&Delete Record…"));
    m_deleteRecordAction->setStatusTip(tr("Delete the record selected in the current list"));

    m_highContrastAction->setText(tr("High &Contrast"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts…"));
    m_aboutAction->setText(tr("&About Pactesur"));
    m_aboutQtAction->setText(tr("About &Qt"));
    recreateUndoActions();

    m_navigation->setAccessibleName(tr("Sections"));
    m_sections->setAccessibleName(tr("Current section"));
    const QStringList keys = sectionKeys();
    for (int row = 0; row < keys.size(); ++row) {
        if (const KindSpec *kind = Kinds::find(keys.at(row)); kind && row > 0)
            m_navigation->item(row)->setText(kind->translatedPluralLabel());
    }
    m_navigation->item(0)->setText(tr("Dashboard"));
    m_navigation->item(int(keys.indexOf(kExchanges)))->setText(tr("Exchanges"));
    QStringList sectionNames;
    for (int row = 0; row < keys.size(); ++row) {
        sectionNames << (keys.at(row) == kConflicts ? tr("Conflicts")
                                                    : m_navigation->item(row)->text());
    }
    m_sectionShortcuts->retranslate(sectionNames);
    updateConflictBadge();
    // Keep the list as narrow as its longest entry in this language.
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) + 24);
    m_databaseLabel->setAccessibleName(tr("Database file"));
    m_roleLabel->setAccessibleName(tr("Your role"));
    updateDatabaseInfo();
}

void MainWindow::newDatabase()
{
    QString path = FileDialogs::newDatabase(this);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    if (QFileInfo::exists(path)) {
        Messages::critical(this,
            tr("The file “%1” already exists. Choose another name, or "
               "use Open Database to open it.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    switchToDatabase(path);
}

void MainWindow::openDatabase()
{
    const QString path = FileDialogs::openDatabase(this);
    if (path.isEmpty() || m_session.isOpen(path))
        return;
    if (!QFileInfo(path).isFile()) {
        Messages::critical(
            this, tr("The file “%1” does not exist.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    switchToDatabase(path);
}

bool MainWindow::switchToDatabase(const QString &path)
{
    // The new file is opened before the current one is closed: if it fails, nothing changes.
    Result<std::unique_ptr<Database>> opened = Session::openSeeded(path);
    if (!opened) {
        Messages::critical(this, opened.error().message);
        return false;
    }
    m_session.replaceDatabase(std::move(opened).value());
    askRoleIfUnset();
    return true;
}

void MainWindow::askRoleIfUnset()
{
    if (Replica::load(m_session.database()).isSet())
        return;
    RoleDialog dialog(m_session.database(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_session.notifyIdentityChanged();
}

void MainWindow::updateDatabaseInfo()
{
    const QString path = m_session.database().path();
    setWindowTitle(tr("Pactesur — %1").arg(QFileInfo(path).fileName()));
    m_databaseLabel->setText(QDir::toNativeSeparators(path));
    const Identity identity = Replica::load(m_session.database());
    m_roleLabel->setText(identity.describe());
}

void MainWindow::sectionChanged(int row)
{
    if (row < 0)
        return;
    m_sections->setCurrentIndex(row);
    m_findAction->setEnabled(currentList());
    updateEditActions();
    UiSettings::setSection(currentSection());
}

void MainWindow::findInSection()
{
    if (RecordListView *list = currentList()) {
        if (auto *activities = qobject_cast<ActivitiesSection *>(m_sections->currentWidget()))
            activities->showCalendar(false);
        list->focusFilter();
    }
}

void MainWindow::updateEditActions()
{
    RecordListView *list = currentList();
    m_newRecordAction->setEnabled(list && list->newAction()->isEnabled());
    m_editRecordAction->setEnabled(list && list->editAction()->isEnabled());
    m_deleteRecordAction->setEnabled(list && list->deleteAction()->isEnabled());
}

void MainWindow::searchEverything()
{
    // Modeless, so a hit can be opened and the next one looked at without searching again.
    auto *dialog = findChild<SearchDialog *>();
    if (!dialog) {
        dialog = new SearchDialog(m_session, this);
        connect(dialog, &SearchDialog::recordActivated, this, &MainWindow::showRecord);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showReports()
{
    // Window-modal like the export: one report at a time, written from a settled database.
    auto *dialog = findChild<ReportsDialog *>();
    if (!dialog) {
        dialog = new ReportsDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
    }
    dialog->show();
    dialog->raise();
}

void MainWindow::connectActivities(ActivitiesSection *section)
{
    connect(section, &ActivitiesSection::activityActivated, this,
        [this](const QString &id) { showRecord(QStringLiteral("activities"), id); });
}

void MainWindow::showAbout()
{
    const QString text
        = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3<br>%4</p>")
              .arg(tr("Pactesur %1").arg(QApplication::applicationVersion()).toHtmlEscaped(),
                  tr("Pactesur helps the partner cities of the EU project PACTESUR 2 "
                     "coordinate their work: who is who, working groups, activities and the "
                     "practice sheets they share.")
                      .toHtmlEscaped(),
                  tr("Licence: %1").arg(QStringLiteral("EUPL-1.2")).toHtmlEscaped(),
                  tr("Qt version: %1").arg(QString::fromLatin1(qVersion())).toHtmlEscaped());
    QMessageBox::about(this, tr("About Pactesur"), text);
}

void MainWindow::updateConflictBadge()
{
    // The count in the navigation: open conflicts and refused changes wait for a person (to
    // choose, to read and dismiss), so they show; both are listed in the same inbox.
    QListWidgetItem *item = m_navigation->item(int(sectionKeys().indexOf(kConflicts)));
    const int count = m_inbox->count() + m_inbox->noticeCount();
    item->setText(count > 0 ? tr("Conflicts (%1)").arg(count) : tr("Conflicts"));
    QFont font = item->font();
    font.setBold(count > 0);
    item->setFont(font);
}

} // namespace pactesur
