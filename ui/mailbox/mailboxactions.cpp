// SPDX-License-Identifier: EUPL-1.2
#include "mailboxactions.h"

#include "exchange/statestore.h"
#include "mailbox/mailboxsync.h"
#include "mailboxpassword.h"
#include "mailboxstatusline.h"
#include "session/session.h"
#include "store/database.h"
#include "syncrunner.h"
#include "syncsettings.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <utility>

namespace pactesur {

namespace {
// An automatic round that found a dialog open tries again this much later.
constexpr int kRetryMs = 60 * 1000;
} // namespace

MailboxActions::MailboxActions(Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_sync(new QAction(this))
    , m_settings(new QAction(this))
    , m_status(new MailboxStatusLine(window))
    , m_passwords(new MailboxPassword(this))
    , m_runner(new SyncRunner(session, this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("mailboxActions"));
    m_sync->setObjectName(QStringLiteral("actionSyncNow"));
    m_sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_settings->setObjectName(QStringLiteral("actionMailboxSettings"));
    // Not the Preferences role: macOS would move it to the application menu and rename it.
    m_settings->setMenuRole(QAction::NoRole);
    connect(m_sync, &QAction::triggered, this, &MailboxActions::syncNow);
    connect(m_settings, &QAction::triggered, this, &MailboxActions::showSettings);
    connect(m_status, &MailboxStatusLine::settingsRequested, this, &MailboxActions::showSettings);
    connect(m_status, &MailboxStatusLine::cancelRequested, this, &MailboxActions::cancelSync);
    connect(m_runner, &SyncRunner::stepChanged, m_status, &MailboxStatusLine::showSyncing);
    connect(m_runner, &SyncRunner::finished, this, &MailboxActions::roundFinished);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { sync(Trigger::Automatic); });
    // Another database has its own mailbox: its state shows, and it syncs once it is open.
    connect(&m_session, &Session::databaseReplaced, this, [this] {
        m_readingPassword = false;
        if (m_runner->isRunning())
            m_runner->cancel();
        showSavedState();
        m_timer->start(0);
    });
    window->installEventFilter(this);
    retranslateUi();
    showSavedState();
    updateActions();
}

MailboxActions::~MailboxActions()
{
    // First of all: a round may wait for a review dialog that is about to go.
    delete m_runner;
}

bool MailboxActions::isSyncing() const
{
    return m_runner->isRunning();
}

MailboxDialog *MailboxActions::showSettings()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto *dialog = new MailboxDialog(m_session, *m_passwords, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // A new address is tried at once; otherwise the next round comes at the new interval.
    const QString before = MailboxSettings::load(m_session.database()).url;
    connect(dialog, &QDialog::accepted, this, [this, before] {
        if (!m_runner->isRunning())
            showSavedState();
        const MailboxSettings after = MailboxSettings::load(m_session.database());
        if (after.isSet() && after.url != before)
            m_timer->start(0);
        else
            scheduleNext();
    });
    m_dialog = dialog;
    dialog->show();
    return dialog;
}

void MailboxActions::syncNow()
{
    sync(Trigger::ByHand);
}

void MailboxActions::cancelSync()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_status->showSyncing(tr("Cancelling…"));
}

void MailboxActions::sync(Trigger trigger)
{
    if (m_runner->isRunning() || m_readingPassword)
        return;
    // A dialog may be changing the database or waiting for the person's answer.
    if (trigger == Trigger::Automatic && QApplication::activeModalWidget()) {
        m_timer->start(kRetryMs);
        return;
    }
    const MailboxSettings settings = MailboxSettings::load(m_session.database());
    if (!settings.isSet()) {
        showSavedState();
        if (trigger == Trigger::ByHand)
            showSettings();
        return;
    }
    if (!MailboxPassword::isNeeded(settings)) {
        startRound(settings, QString());
        return;
    }
    m_readingPassword = true;
    updateActions();
    m_passwords->read(settings, this, [this, settings, trigger](const QString &password) {
        m_readingPassword = false;
        updateActions();
        // Another database may have been opened meanwhile, with another mailbox.
        if (MailboxPassword::key(MailboxSettings::load(m_session.database()))
            != MailboxPassword::key(settings))
            return;
        if (!password.isEmpty())
            startRound(settings, password);
        else if (trigger == Trigger::Automatic
            && m_passwordRefused.contains(MailboxPassword::key(settings)))
            m_status->showError(tr("The mailbox needs the password of %1: File ▸ Sync Now asks "
                                   "for it.")
                                    .arg(settings.user));
        else // not from inside the keyring's answer: the question has a loop of its own
            QTimer::singleShot(0, this, [this, settings] { askPassword(settings); });
    });
}

void MailboxActions::askPassword(const MailboxSettings &settings)
{
    const QString where = m_passwords->keyring() == MailboxPassword::Keyring::Missing
        ? tr("There is no desktop keyring: Pactesur keeps the password until it closes.")
        : tr("Pactesur keeps it in the desktop keyring.");
    bool given = false;
    const QString password = QInputDialog::getText(m_window, tr("Mailbox Password"),
        tr("The password of %1 at %2:").arg(settings.user, QUrl(settings.url).host())
            + QLatin1Char('\n') + where,
        QLineEdit::Password, QString(), &given);
    if (!given || password.isEmpty()) {
        m_passwordRefused.insert(MailboxPassword::key(settings));
        m_status->showError(
            tr("Not synced: the mailbox needs the password of %1.").arg(settings.user));
        scheduleNext();
        return;
    }
    m_passwordRefused.remove(MailboxPassword::key(settings));
    m_passwords->store(settings, password);
    startRound(settings, password);
}

void MailboxActions::startRound(const MailboxSettings &settings, const QString &password)
{
    incomingreview::Ask review;
    if (SyncSettings::reviewIncoming()) {
        review = [this](const QString &path, incomingreview::Answer answer) {
            this->review(path, std::move(answer));
        };
    }
    m_declined = 0;
    if (!m_runner->start(settings, password, review))
        return;
    m_roundDatabase = m_session.database().path();
    m_timer->stop();
    m_status->showSyncing(QString());
    updateActions();
}

void MailboxActions::roundFinished()
{
    updateActions();
    scheduleNext();
    // A package still waiting for its answer when the round was cancelled: nobody waits
    // for it any more. One being applied goes on by itself and says how it ended.
    if (m_review
        && (m_review->state() == ImportDialog::State::Comparing
            || m_review->state() == ImportDialog::State::Preview))
        m_review->close();
    if (m_roundDatabase != m_session.database().path()) {
        // Another database was opened meanwhile: its own mailbox's turn.
        showSavedState();
        m_timer->start(0);
        return;
    }
    if (const std::optional<Error> error = m_runner->error()) {
        m_status->showError(error->message);
        return;
    }
    const SyncReport &report = m_runner->report();
    notifyViews(report);
    QJsonObject round = report.toJson();
    round.insert(QStringLiteral("at"), m_session.database().clock().nowIso());
    QStringList notes;
    if (m_declined > 0)
        notes << tr("%n package(s) declined: offered again at the next sync.", nullptr, m_declined);
    m_status->showLastRound(round, notes);
}

void MailboxActions::review(const QString &path, incomingreview::Answer answer)
{
    // Application-modal, as for a package opened by hand: no window takes edits while the
    // package is applied by another connection.
    auto *dialog = new ImportDialog(m_session, path, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal);
    connect(dialog, &ImportDialog::reviewConflictsRequested, this,
        &MailboxActions::reviewConflictsRequested);
    auto answered = std::make_shared<bool>(false);
    auto reply = [this, answer, answered](const incomingreview::Verdict &verdict) {
        if (std::exchange(*answered, true))
            return;
        if (verdict && !verdict->ok() && verdict->error().code == Error::Usage)
            ++m_declined;
        answer(verdict);
    };
    connect(dialog, &ImportDialog::stateChanged, this, [dialog, reply](ImportDialog::State state) {
        switch (state) {
        case ImportDialog::State::Done:
            reply(Result<ImportReport>(dialog->report()));
            break;
        case ImportDialog::State::Cancelled:
            reply(Result<ImportReport>(incomingreview::declined()));
            break;
        case ImportDialog::State::Rejected:
            // A package whose every change is refused is read as usual: what the round
            // does without a review, so that its sender does not wait for ever.
            reply(dialog->report().rejected.isEmpty()
                    ? incomingreview::Verdict(Error::rejected(dialog->message()))
                    : std::nullopt);
            break;
        case ImportDialog::State::Failed:
            reply(Result<ImportReport>(Error::failure(dialog->message())));
            break;
        case ImportDialog::State::Comparing:
        case ImportDialog::State::Preview:
        case ImportDialog::State::Applying:
            break;
        }
    });
    connect(dialog, &QObject::destroyed, this,
        [reply] { reply(Result<ImportReport>(incomingreview::declined())); });
    m_review = dialog;
    dialog->show();
}

void MailboxActions::notifyViews(const SyncReport &report)
{
    // As after an import by hand: the lists, the dashboard and the conflict inbox read the
    // database again. The round does not say which kinds changed: every exchanged one.
    if (report.imported > 0) {
        for (const KindSpec *kind : StateStore::exchangedKinds())
            emit m_session.recordsChanged(kind->name);
        emit m_session.recordsChanged(QStringLiteral("conflicts"));
    }
    // The ledger and the backups show what was imported and sent.
    if (report.imported > 0 || report.sent > 0)
        emit m_session.recordsChanged(QStringLiteral("imports"));
}

void MailboxActions::showSavedState()
{
    const MailboxSettings settings = MailboxSettings::load(m_session.database());
    if (!settings.isSet())
        m_status->showNotSet();
    else
        m_status->showLastRound(MailboxState::load(m_session.database()).lastRound);
}

void MailboxActions::scheduleNext()
{
    const int minutes = SyncSettings::intervalMinutes();
    if (minutes > 0 && MailboxSettings::load(m_session.database()).isSet())
        m_timer->start(minutes * 60 * 1000);
    else
        m_timer->stop();
}

void MailboxActions::updateActions()
{
    m_sync->setEnabled(!m_runner->isRunning() && !m_readingPassword);
}

bool MailboxActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Show && !m_shown) {
            // The first round once the window is up, not before it is drawn.
            m_shown = true;
            m_timer->start(0);
        } else if (event->type() == QEvent::LanguageChange) {
            retranslateUi();
        }
    }
    return QObject::eventFilter(watched, event);
}

void MailboxActions::retranslateUi()
{
    m_sync->setText(tr("&Sync Now"));
    m_sync->setStatusTip(tr("Exchange packages with your partners through the mailbox now"));
    m_settings->setText(tr("&Mailbox…"));
    m_settings->setStatusTip(tr("Where packages are exchanged automatically, and how often"));
}

} // namespace pactesur
