// SPDX-License-Identifier: EUPL-1.2
// The main window: assembles the menus, the status bar and the database's life; the
// sections and the navigation between them are in mainwindowsections.cpp.
#include "mainwindow.h"

#include "calendar/activitiessection.h"
#include "exchange/conflictinbox.h"
#include "exchange/exchangeactions.h"
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
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace pactesur {

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
    // A first start on a 1366x768 laptop: the screen's room, less the title bar, at most.
    if (!restoreGeometry(UiSettings::windowGeometry()))
        resize(QSize(1200, 760).boundedTo(screen()->availableGeometry().size() - QSize(0, 40)));
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
        [this] { showSection(QStringLiteral("conflicts")); });
    // Also syncs by itself once the window is shown, then every few minutes.
    m_mailbox = new MailboxActions(m_session, this);
    connect(m_mailbox, &MailboxActions::reviewConflictsRequested, this,
        [this] { showSection(QStringLiteral("conflicts")); });

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
        // The lists' own actions (New, Edit, Delete…) are listed too, even of lists not
        // shown yet.
        buildAllSections();
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
    m_navigation->item(int(keys.indexOf(QStringLiteral("exchanges"))))->setText(tr("Exchanges"));
    QStringList sectionNames;
    for (int row = 0; row < keys.size(); ++row) {
        sectionNames << (keys.at(row) == QLatin1String("conflicts")
                ? tr("Conflicts")
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

} // namespace pactesur
