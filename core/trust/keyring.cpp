// SPDX-License-Identifier: EUPL-1.2
#include "keyring.h"

#include "store/database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <memory>

#include <unistd.h>

namespace pactesur {

namespace {

QByteArray bytes(const unsigned char *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

const unsigned char *data(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

bool PublicKeys::isValid() const
{
    return sign.size() == crypto_sign_PUBLICKEYBYTES && box.size() == crypto_box_PUBLICKEYBYTES;
}

QString PublicKeys::fingerprint() const
{
    if (!Keyring::ready() || !isValid())
        return {};
    unsigned char hash[60];
    const QByteArray both = sign + box;
    crypto_generichash(hash, sizeof hash, data(both), size_t(both.size()), nullptr, 0);
    QStringList groups;
    for (int group = 0; group < 12; ++group) {
        quint64 value = 0;
        for (int i = 0; i < 5; ++i)
            value = (value << 8) | hash[group * 5 + i];
        groups << QStringLiteral("%1").arg(value % 100000, 5, 10, QLatin1Char('0'));
    }
    return groups.join(QLatin1Char(' '));
}

QString PublicKeys::normalisedFingerprint(const QString &typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

Keyring::Keyring(Keyring &&other) noexcept
    : m_public(std::move(other.m_public))
    , m_signSecret(std::move(other.m_signSecret))
    , m_boxSecret(std::move(other.m_boxSecret))
{ }

Keyring::~Keyring()
{
    if (!m_signSecret.isEmpty())
        sodium_memzero(m_signSecret.data(), size_t(m_signSecret.size()));
    if (!m_boxSecret.isEmpty())
        sodium_memzero(m_boxSecret.data(), size_t(m_boxSecret.size()));
}

bool Keyring::ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

QString Keyring::pathFor(const Database &db)
{
    return db.path() + QStringLiteral(".keys");
}

Result<std::unique_ptr<Keyring>> Keyring::open(const Database &db)
{
    if (!ready())
        return Error::failure(tr("The cryptography library cannot be started."));
    const QString path = pathFor(db);
    std::unique_ptr<Keyring> keyring(new Keyring);
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly) || file.size() > 4096)
            return Error::failure(tr("The keys of this database (%1) cannot be read.").arg(path));
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        keyring->m_public.sign = QByteArray::fromBase64(
            object.value(QStringLiteral("sign_public")).toString().toLatin1());
        keyring->m_public.box = QByteArray::fromBase64(
            object.value(QStringLiteral("box_public")).toString().toLatin1());
        keyring->m_signSecret = QByteArray::fromBase64(
            object.value(QStringLiteral("sign_secret")).toString().toLatin1());
        keyring->m_boxSecret = QByteArray::fromBase64(
            object.value(QStringLiteral("box_secret")).toString().toLatin1());
        if (!keyring->m_public.isValid()
            || keyring->m_signSecret.size() != crypto_sign_SECRETKEYBYTES
            || keyring->m_boxSecret.size() != crypto_box_SECRETKEYBYTES)
            return Error::failure(tr("The keys of this database (%1) are damaged.").arg(path));
        return keyring;
    }
    unsigned char signPublic[crypto_sign_PUBLICKEYBYTES];
    unsigned char signSecret[crypto_sign_SECRETKEYBYTES];
    unsigned char boxPublic[crypto_box_PUBLICKEYBYTES];
    unsigned char boxSecret[crypto_box_SECRETKEYBYTES];
    crypto_sign_keypair(signPublic, signSecret);
    crypto_box_keypair(boxPublic, boxSecret);
    keyring->m_public = {bytes(signPublic, sizeof signPublic), bytes(boxPublic, sizeof boxPublic)};
    keyring->m_signSecret = bytes(signSecret, sizeof signSecret);
    keyring->m_boxSecret = bytes(boxSecret, sizeof boxSecret);
    sodium_memzero(signSecret, sizeof signSecret);
    sodium_memzero(boxSecret, sizeof boxSecret);
    const QJsonObject object {
        {QStringLiteral("sign_public"), QString::fromLatin1(keyring->m_public.sign.toBase64())},
        {QStringLiteral("box_public"), QString::fromLatin1(keyring->m_public.box.toBase64())},
        {QStringLiteral("sign_secret"), QString::fromLatin1(keyring->m_signSecret.toBase64())},
        {QStringLiteral("box_secret"), QString::fromLatin1(keyring->m_boxSecret.toBase64())},
    };
    // Readable by its owner only from the moment it exists, written whole or not at all.
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile save(temporary);
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const bool written = save.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && save.write(text) == text.size() && save.flush() && ::fsync(save.handle()) == 0;
    save.close();
    if (!written || !QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Error::failure(tr("The keys of this database cannot be saved in %1.").arg(path));
    }
    return keyring;
}

QByteArray Keyring::sign(const QByteArray &message) const
{
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(
        signature, nullptr, data(message), size_t(message.size()), data(m_signSecret));
    return bytes(signature, sizeof signature);
}

QByteArray Keyring::openSealed(const QByteArray &sealed) const
{
    if (sealed.size() <= qsizetype(crypto_box_SEALBYTES) || sealed.size() > 1024)
        return {};
    QByteArray opened(sealed.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(opened.data()), data(sealed),
            size_t(sealed.size()), data(m_public.box), data(m_boxSecret))
        != 0)
        return {};
    return opened;
}

bool Keyring::verify(
    const QByteArray &signature, const QByteArray &message, const QByteArray &signPublic)
{
    return ready() && signature.size() == crypto_sign_BYTES
        && signPublic.size() == crypto_sign_PUBLICKEYBYTES
        && crypto_sign_verify_detached(
               data(signature), data(message), size_t(message.size()), data(signPublic))
        == 0;
}

} // namespace pactesur
