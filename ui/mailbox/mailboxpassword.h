// SPDX-License-Identifier: EUPL-1.2
// The mailbox's password: in the desktop keyring (through qtkeychain: the Secret Service,
// KWallet, the macOS Keychain or Windows' credential store) and in memory for this session.
// Without a keyring it stays in memory only and is asked once per session: it is never
// written to the settings, the database or any other file.
#pragma once

#include "mailbox/mailboxstate.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace pactesur {

class MailboxPassword : public QObject
{
    Q_OBJECT
public:
    // Unknown until the keyring was first asked; Missing once it failed (no secret service,
    // as under Xvfb or offscreen, or the person refused access): not asked again.
    enum class Keyring { Unknown, Available, Missing };

    explicit MailboxPassword(QObject *parent = nullptr);

    // Only a WebDAV mailbox with a user name has a password; a folder never does.
    static bool isNeeded(const MailboxSettings &settings);
    // The keyring entry's key: the address, then the user.
    static QString key(const MailboxSettings &settings);

    // The password of `settings`, from memory, else from the keyring: `done` gets it later,
    // on this thread, or an empty string when none is known. Nothing happens once `context`
    // is gone.
    void read(const MailboxSettings &settings, QObject *context,
        std::function<void(const QString &password)> done);
    // Keeps `password` for this session, and in the keyring when there is one.
    void store(const MailboxSettings &settings, const QString &password);
    // What this session knows without asking the keyring.
    QString remembered(const MailboxSettings &settings) const;

    Keyring keyring() const { return m_keyring; }
    // For tests: every MailboxPassword made afterwards behaves as without a keyring, and
    // never calls it.
    static void setKeyringDisabled(bool disabled);

signals:
    void keyringChanged();

private:
    void setKeyring(Keyring keyring);

    QHash<QString, QString> m_session; // key -> password, for this session only
    Keyring m_keyring = Keyring::Unknown;
};

} // namespace pactesur
