// SPDX-License-Identifier: EUPL-1.2
// What the main window needs for the mailbox, in one object: File ▸ Sync Now, Settings ▸
// Mailbox…, the status bar's line, and the automatic rounds (once the window is shown, then
// every few minutes while it is open). A round runs on a worker thread; with "review", each
// incoming package opens the import preview first.
#pragma once

// The dialogs are complete types here: QPointer members need them wherever this header goes.
#include "exchange/importdialog.h"
#include "incomingreview.h"
#include "mailboxdialog.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QTimer;
class QWidget;

namespace pactesur {

class MailboxPassword;
class MailboxStatusLine;
class Session;
class SyncRunner;
struct SyncReport;

class MailboxActions : public QObject
{
    Q_OBJECT
public:
    // Watches `window` for its first showing and for language changes; the actions are
    // children of this object, the status line is the window's to place.
    MailboxActions(Session &session, QWidget *window);
    ~MailboxActions() override;

    QAction *syncAction() const { return m_sync; }
    QAction *settingsAction() const { return m_settings; }
    MailboxStatusLine *statusLine() const { return m_status; }
    SyncRunner *runner() const { return m_runner; }
    bool isSyncing() const;

    // Settings ▸ Mailbox…, window-modal.
    MailboxDialog *showSettings();
    MailboxDialog *settingsDialog() const { return m_dialog; }
    // The import preview of an incoming package, while one is shown.
    ImportDialog *reviewDialog() const { return m_review; }

    // What Sync Now does: a round now, asking for the password if none is known.
    void syncNow();
    void cancelSync();

signals:
    // "Review conflicts" in a reviewed package's summary: the main window shows the inbox.
    void reviewConflictsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Trigger { ByHand, Automatic };
    void sync(Trigger trigger);
    void askPassword(const MailboxSettings &settings);
    void startRound(const MailboxSettings &settings, const QString &password);
    void roundFinished();
    void review(const QString &path, incomingreview::Answer answer);
    void notifyViews(const SyncReport &report);
    void showSavedState();
    void scheduleNext();
    void updateActions();
    void retranslateUi();

    Session &m_session;
    QWidget *m_window = nullptr;
    QAction *m_sync = nullptr;
    QAction *m_settings = nullptr;
    MailboxStatusLine *m_status = nullptr;
    MailboxPassword *m_passwords = nullptr;
    SyncRunner *m_runner = nullptr;
    QTimer *m_timer = nullptr;
    QPointer<MailboxDialog> m_dialog;
    QPointer<ImportDialog> m_review;
    bool m_shown = false;
    bool m_readingPassword = false;
    // Keyring keys whose password the person would not give: automatic rounds do not ask
    // again this session, Sync Now does.
    QSet<QString> m_passwordRefused;
    QString m_roundDatabase; // the file the running round syncs
    int m_declined = 0; // packages the person declined in the running round
};

} // namespace pactesur
