// SPDX-License-Identifier: EUPL-1.2
// The mailbox's line in the main window's status bar: when it last synced and what moved
// ("Synced 2 min ago · 3 packages in, 1 out"), the round's step with a busy bar and Cancel
// while one runs, the error in plain words, or "Mailbox not set" opening its settings.
// The details (refused files, senders waiting, errors) are in its tooltip.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace pactesur {

class MailboxStatusLine : public QWidget
{
    Q_OBJECT
public:
    enum class State { NotSet, Idle, Syncing, Failed };

    explicit MailboxStatusLine(QWidget *parent = nullptr);

    void showNotSet();
    // The last round as MailboxState::lastRound keeps it (SyncReport::toJson() and "at");
    // an empty object: the mailbox never synced. `notes` go to the details.
    void showLastRound(const QJsonObject &round, const QStringList &notes = {});
    void showSyncing(const QString &step);
    // The round could not run at all (the mailbox unreachable, no password): shown until
    // the next round.
    void showError(const QString &message);

    State state() const { return m_state; }
    // The whole line as shown, before it is shortened to fit; the details are the tooltip.
    QString message() const { return m_message; }
    bool isWarning() const { return m_warning; }
    QToolButton *cancelButton() const { return m_cancel; }

signals:
    void settingsRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString roundLine() const;
    QString roundDetails() const;
    QString ago(const QDateTime &at) const;
    void setLine(const QString &text, bool warning, const QString &details);

    State m_state = State::NotSet;
    QJsonObject m_round;
    QStringList m_notes;
    QString m_step;
    QString m_error;
    QString m_message;
    bool m_warning = false;

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QProgressBar *m_busy = nullptr;
    QToolButton *m_cancel = nullptr;
    QTimer *m_minute = nullptr;
};

} // namespace pactesur
