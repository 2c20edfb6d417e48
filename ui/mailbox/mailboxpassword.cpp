// SPDX-License-Identifier: EUPL-1.2
#include "mailboxpassword.h"

#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace pactesur {

namespace {
const QString kService = QStringLiteral("Pactesur mailbox");
bool keyringDisabled = false;
} // namespace

MailboxPassword::MailboxPassword(QObject *parent)
    : QObject(parent)
    , m_keyring(keyringDisabled ? Keyring::Missing : Keyring::Unknown)
{ }

void MailboxPassword::setKeyringDisabled(bool disabled)
{
    keyringDisabled = disabled;
}

bool MailboxPassword::isNeeded(const MailboxSettings &settings)
{
    return settings.isSet() && !QUrl(settings.url.trimmed()).isLocalFile()
        && !settings.user.trimmed().isEmpty();
}

QString MailboxPassword::key(const MailboxSettings &settings)
{
    return settings.url.trimmed() + QLatin1Char(' ') + settings.user.trimmed();
}

QString MailboxPassword::remembered(const MailboxSettings &settings) const
{
    return m_session.value(key(settings));
}

void MailboxPassword::read(const MailboxSettings &settings, QObject *context,
    std::function<void(const QString &password)> done)
{
    const QString known = remembered(settings);
    if (!known.isEmpty() || m_keyring == Keyring::Missing) {
        QTimer::singleShot(0, context, [done, known] { done(known); });
        return;
    }
    const QString entry = key(settings);
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(entry);
    job->setInsecureFallback(false); // never a plain-text file instead
    connect(job, &QKeychain::Job::finished, context, [this, entry, done](QKeychain::Job *finished) {
        QString password;
        switch (finished->error()) {
        case QKeychain::NoError:
            password = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            m_session.insert(entry, password);
            setKeyring(Keyring::Available);
            break;
        case QKeychain::EntryNotFound:
            setKeyring(Keyring::Available);
            break;
        default:
            setKeyring(Keyring::Missing);
            break;
        }
        done(password);
    });
    job->start();
}

void MailboxPassword::store(const MailboxSettings &settings, const QString &password)
{
    m_session.insert(key(settings), password);
    if (m_keyring == Keyring::Missing)
        return;
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key(settings));
    job->setTextData(password);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        setKeyring(finished->error() == QKeychain::NoError ? Keyring::Available : Keyring::Missing);
    });
    job->start();
}

void MailboxPassword::setKeyring(Keyring keyring)
{
    if (keyring == m_keyring)
        return;
    m_keyring = keyring;
    emit keyringChanged();
}

} // namespace pactesur
