// SPDX-License-Identifier: EUPL-1.2
// The main window: assembles the navigation, the screens, the menus and the status bar;
// the screens themselves live in their own classes.
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace pactesur {

class ActivitiesSection;
class AttentionCounter;
class ExchangeActions;
class LanguageMenu;
class MailboxActions;
class RecordListView;
class SectionShortcuts;
class Session;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // "dashboard", then the CLI names of the listed kinds: "cities", "groups", ...
    static QStringList sectionKeys();
    void showSection(const QString &key);
    QString currentSection() const;
    // A section's screen, built if it was not yet (sections are built when first needed).
    QWidget *sectionWidget(const QString &key);
    // The list of a section ("cities"...), null for the dashboard.
    RecordListView *listView(const QString &key);
    // Shows the section of `kind` (CLI name) with the record `id` selected, as a search
    // hit or a calendar entry asks.
    void showRecord(const QString &kind, const QString &id);
    // Export and import of packages: the File menu's actions, drops, a package to open.
    ExchangeActions *exchangeActions() const { return m_exchange; }
    // Sync Now, Settings > Mailbox, the mailbox's status line and its automatic rounds.
    MailboxActions *mailboxActions() const { return m_mailbox; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createSections(); // with the rest of the sections, in mainwindowsections.cpp
    QWidget *builtSection(int row);
    QWidget *buildSection(const QString &key);
    void buildAllSections();
    void createStatusBar();
    void retranslateUi();
    void recreateUndoActions();

    void newDatabase();
    void openDatabase();
    bool switchToDatabase(const QString &path);
    void askRoleIfUnset();
    void updateDatabaseInfo();
    void sectionChanged(int row);
    void findInSection();
    void searchEverything();
    void showReports();
    void updateEditActions();
    RecordListView *currentList();
    // Widgets of the other screens: the global search and the activity calendar.
    void connectActivities(ActivitiesSection *section);
    void showAbout();
    void updateConflictBadge();

    Session &m_session;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_sections = nullptr;
    QList<bool> m_sectionBuilt; // by row of the navigation
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_roleLabel = nullptr;
    ExchangeActions *m_exchange = nullptr;
    MailboxActions *m_mailbox = nullptr;
    AttentionCounter *m_attention = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_reportsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_editSeparator = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_newRecordAction = nullptr;
    QAction *m_editRecordAction = nullptr;
    QAction *m_deleteRecordAction = nullptr;
    SectionShortcuts *m_sectionShortcuts = nullptr;
    QAction *m_highContrastAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace pactesur
