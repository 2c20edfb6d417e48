// SPDX-License-Identifier: EUPL-1.2
#include "sealedpackage.h"

#include "store/replica.h"
#include "trust/keyring.h"
#include "util/uuid.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sodium.h>

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <future>
#include <vector>

namespace pactesur {

namespace {

const QByteArray kMagic = QByteArrayLiteral("PACTESUR-SEALED\n");
constexpr qint64 kCipherChunkBytes
    = SealedPackage::kChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qint64 kMaxContainerBytes = qint64(3) * 1024 * 1024 * 1024;
constexpr qint64 kChunksPerBatch = 64; // 4 MiB of plaintext read, sealed and hashed at a time

unsigned char *writable(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

const unsigned char *readable(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

QByteArray keyId(const QByteArray &signPublic)
{
    QByteArray id(16, Qt::Uninitialized);
    crypto_generichash(writable(id), size_t(id.size()), readable(signPublic),
        size_t(signPublic.size()), nullptr, 0);
    return id.toHex();
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

// Zeroes a secret when it goes out of scope, whatever path leaves.
struct Wiped
{
    QByteArray bytes;
    explicit Wiped(qsizetype size)
        : bytes(size, Qt::Uninitialized)
    { }
    ~Wiped() { sodium_memzero(bytes.data(), size_t(bytes.size())); }
};

} // namespace

bool SealedPackage::isPlainSqlite(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Status SealedPackage::seal(const Keyring &keyring, const QString &sender, qint64 sequence,
    qint64 rosterSerial, const QList<Recipient> &recipients, const QString &plainPath,
    const QString &containerPath, const QString &channel)
{
    const Error cannotWrite = Error::failure(
        tr("The package cannot be written to %1.").arg(QFileInfo(containerPath).fileName()));
    QFile plain(plainPath);
    QFile out(containerPath);
    if (!Keyring::ready() || !plain.open(QIODevice::ReadOnly)
        || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return cannotWrite;
    Wiped fileKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_secretstream_xchacha20poly1305_keygen(writable(fileKey.bytes));
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, writable(streamHeader), readable(fileKey.bytes));

    QJsonArray sealedKeys;
    for (const Recipient &recipient : recipients) {
        QByteArray sealed(crypto_box_SEALBYTES + fileKey.bytes.size(), Qt::Uninitialized);
        crypto_box_seal(writable(sealed), readable(fileKey.bytes), size_t(fileKey.bytes.size()),
            readable(recipient.boxKey));
        sealedKeys.append(QJsonObject {{QStringLiteral("replica"), recipient.replica},
            {QStringLiteral("key"), QString::fromLatin1(sealed.toBase64())}});
    }
    const qint64 plainSize = plain.size();
    const qint64 chunks = qMax<qint64>(1, (plainSize + kChunkBytes - 1) / kChunkBytes);
    const qint64 cipherSize
        = plainSize + chunks * qint64(crypto_secretstream_xchacha20poly1305_ABYTES);
    // The hash is of the ciphertext, known only once written: the header is written last,
    // into a slot of fixed size at the start, padded with spaces (still valid JSON).
    QJsonObject header {{QStringLiteral("sender"), sender},
        {QStringLiteral("key_id"), QString::fromLatin1(keyId(keyring.publicKeys().sign))},
        {QStringLiteral("recipients"), sealedKeys}, {QStringLiteral("sequence"), sequence},
        {QStringLiteral("roster_serial"), rosterSerial},
        {QStringLiteral("ciphertext_size"), cipherSize},
        {QStringLiteral("ciphertext_hash"), QString(64, QLatin1Char('0'))},
        {QStringLiteral("stream_header"), QString::fromLatin1(streamHeader.toBase64())}};
    if (!channel.isEmpty())
        header.insert(QStringLiteral("channel"), channel);
    const qint64 headerSlot = QJsonDocument(header).toJson(QJsonDocument::Compact).size();
    if (headerSlot > kMaxHeaderBytes)
        return Error::rejected(tr("The package has too many recipients."));
    const qint64 cipherStart = kMagic.size() + 8 + headerSlot + crypto_sign_BYTES;
    if (!out.seek(cipherStart))
        return cannotWrite;

    // This thread encrypts and writes batch b of chunks while a second one hashes batch b-1
    // and reads batch b+1: one after the other, hashing took as long as encrypting, and
    // sealing a network-scale package took longer than copying its records; with the
    // reading here too, this thread did twice the other's work.
    crypto_generichash_state hash;
    crypto_generichash_init(&hash, nullptr, 0, 32);
    const qint64 chunksPerBatch = qMin(kChunksPerBatch, chunks); // a small package, small buffers
    const qint64 batches = (chunks + chunksPerBatch - 1) / chunksPerBatch;
    const qint64 batchBytes = chunksPerBatch * kChunkBytes;
    std::array<std::vector<unsigned char>, 2> clear;
    std::array<std::vector<unsigned char>, 2> cipher;
    for (int slot = 0; slot < 2; ++slot) {
        clear[size_t(slot)].resize(size_t(batchBytes));
        cipher[size_t(slot)].resize(size_t(kCipherChunkBytes * chunksPerBatch));
    }
    auto clearBytesOf
        = [&](qint64 batch) { return qMin(batchBytes, plainSize - batch * batchBytes); };
    // Reads batch `batch` into its slot; false on a short read.
    auto readBatch = [&](qint64 batch) {
        const qint64 bytes = clearBytesOf(batch);
        return plain.read(reinterpret_cast<char *>(clear[size_t(batch % 2)].data()), bytes)
            == bytes;
    };
    std::future<bool> helper; // declared after the buffers: it is waited for before they go
    auto finish = [&] {
        if (helper.valid())
            helper.wait();
        for (std::vector<unsigned char> &buffer : clear)
            sodium_memzero(buffer.data(), buffer.size());
    };
    bool readOk = readBatch(0);
    helper = std::async(std::launch::async, [&] { return batches < 2 || readBatch(1); });
    for (qint64 batch = 0, chunk = 0; batch < batches; ++batch) {
        if (!readOk) {
            finish();
            return cannotWrite;
        }
        const std::vector<unsigned char> &plainBatch = clear[size_t(batch % 2)];
        std::vector<unsigned char> &encrypted = cipher[size_t(batch % 2)];
        const qint64 clearBytes = clearBytesOf(batch);
        size_t encryptedBytes = 0;
        for (qint64 offset = 0; chunk < chunks && offset < qMax<qint64>(clearBytes, 1);
             offset += kChunkBytes, ++chunk) {
            const unsigned char tag = chunk + 1 == chunks
                ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
            unsigned long long written = 0;
            crypto_secretstream_xchacha20poly1305_push(&state, encrypted.data() + encryptedBytes,
                &written, plainBatch.data() + offset,
                size_t(qMax<qint64>(0, qMin(kChunkBytes, clearBytes - offset))), nullptr, 0, tag);
            encryptedBytes += size_t(written);
        }
        const qint64 batchStart = out.pos();
        if (out.write(reinterpret_cast<const char *>(encrypted.data()), qint64(encryptedBytes))
                != qint64(encryptedBytes)
            || !out.flush()) {
            finish();
            return cannotWrite;
        }
        // The disk starts writing this batch while the next is sealed: the fsync at the end
        // then waits for the last batches only, not for the whole file.
        ::sync_file_range(out.handle(), batchStart, qint64(encryptedBytes), SYNC_FILE_RANGE_WRITE);
        // The helper has hashed the batch before and read this one's successor; it now
        // hashes this batch (in order) and reads the one after next into the freed slot.
        readOk = helper.get();
        helper = std::async(std::launch::async, [&, batch, encryptedBytes] {
            crypto_generichash_update(&hash, encrypted.data(), encryptedBytes);
            return batch + 2 >= batches || readBatch(batch + 2);
        });
    }
    const bool lastRead = helper.get();
    finish();
    if (!lastRead)
        return cannotWrite;
    QByteArray digest(32, Qt::Uninitialized);
    crypto_generichash_final(&hash, writable(digest), size_t(digest.size()));
    header.insert(QStringLiteral("ciphertext_hash"), QString::fromLatin1(digest.toHex()));
    QByteArray headerText = QJsonDocument(header).toJson(QJsonDocument::Compact);
    headerText.append(QByteArray(headerSlot - headerText.size(), ' '));
    const QByteArray signedPart
        = kMagic + bigEndian(kVersion) + bigEndian(quint32(headerSlot)) + headerText;
    const QByteArray signature = keyring.sign(signedPart);
    if (!out.seek(0) || out.write(signedPart + signature) != signedPart.size() + signature.size()
        || !out.flush() || ::fsync(out.handle()) != 0)
        return cannotWrite;
    return {};
}

// The checks of everything before the ciphertext: sizes, header bounds, the signer in the
// roster and not revoked, the signature. Leaves `in` at the start of the ciphertext.
Result<SealedPackage::Header> SealedPackage::readHeader(
    const Database &db, QFile &in, const QString &name)
{
    auto refused = [&](const QString &why) {
        return Error::rejected(tr("The package %1 was refused: %2").arg(name, why));
    };
    const Error damaged = refused(tr("it is damaged or was changed after it was signed."));
    const qint64 size = in.size();
    if (size > kMaxContainerBytes)
        return refused(tr("it is larger than a package can be."));
    const QByteArray start = in.read(kMagic.size() + 8);
    if (start.size() < kMagic.size() + 8 || !start.startsWith(kMagic))
        return refused(tr("it is not a Pactesur package."));
    const quint32 version = qFromBigEndian<quint32>(start.constData() + kMagic.size());
    if (version != kVersion)
        return refused(tr("it was made in another package format (%1; this version reads "
                          "format %2).")
                           .arg(version)
                           .arg(kVersion));
    const quint32 headerSize = qFromBigEndian<quint32>(start.constData() + kMagic.size() + 4);
    if (headerSize > kMaxHeaderBytes
        || qint64(headerSize) + start.size() + crypto_sign_BYTES > size)
        return damaged;
    const QByteArray headerText = in.read(headerSize);
    const QByteArray signature = in.read(crypto_sign_BYTES);
    if (headerText.size() != qsizetype(headerSize) || signature.size() != crypto_sign_BYTES)
        return damaged;
    QJsonParseError error;
    Header header;
    header.json = QJsonDocument::fromJson(headerText, &error).object();
    const QJsonArray recipients = header.json.value(QStringLiteral("recipients")).toArray();
    header.sender = header.json.value(QStringLiteral("sender")).toString();
    header.sequence = qint64(header.json.value(QStringLiteral("sequence")).toDouble(-1));
    header.channel = header.json.value(QStringLiteral("channel")).toString();
    const QByteArray expectedHash = QByteArray::fromHex(
        header.json.value(QStringLiteral("ciphertext_hash")).toString().toLatin1());
    const qint64 cipherSize
        = qint64(header.json.value(QStringLiteral("ciphertext_size")).toDouble(-1));
    const QByteArray streamHeader = QByteArray::fromBase64(
        header.json.value(QStringLiteral("stream_header")).toString().toLatin1());
    if (error.error != QJsonParseError::NoError || !uuid::isValid(header.sender)
        || recipients.size() > kMaxRecipients || expectedHash.size() != 32
        || streamHeader.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES
        || cipherSize != size - in.pos() || header.channel.size() > kMaxChannelLength)
        return damaged;
    // A value past its bound refuses the package: it is never cut to fit.
    for (const QJsonValue &value : recipients) {
        const QString replica = value.toObject().value(QStringLiteral("replica")).toString();
        if (!uuid::isValid(replica))
            return damaged;
        header.recipients.append(replica);
    }

    // Trust comes from the roster, never from the file: the key is looked up by the
    // sender's id and must be the one the header names.
    const std::optional<RosterEntry> signer = Roster::find(db, header.sender);
    const QString keyIdText = header.json.value(QStringLiteral("key_id")).toString().left(64);
    if (!signer)
        return refused(tr("it is signed by a replica this database has not enrolled (replica "
                          "%1, key %2). Enrol its card after comparing the fingerprint.")
                           .arg(header.sender, keyIdText));
    if (signer->revoked)
        return refused(tr("it is signed by revoked keys (%1).").arg(signer->keys.fingerprint()));
    if (keyIdText != QString::fromLatin1(keyId(signer->keys.sign))
        || !Keyring::verify(signature, start + headerText, signer->keys.sign))
        return damaged;
    header.signer = *signer;
    return header;
}

Result<SealedPackage::Header> SealedPackage::inspect(const Database &db, const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error::failure(tr("The package %1 cannot be read.").arg(QFileInfo(path).fileName()));
    return readHeader(db, in, QFileInfo(path).fileName());
}

Result<RosterEntry> SealedPackage::open(const Database &db, const Keyring &keyring,
    const QString &containerPath, const QString &plainPath)
{
    const QString name = QFileInfo(containerPath).fileName();
    auto refused = [&](const QString &why) {
        return Error::rejected(tr("The package %1 was refused: %2").arg(name, why));
    };
    const Error damaged = refused(tr("it is damaged or was changed after it was signed."));
    QFile in(containerPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error::failure(tr("The package %1 cannot be read.").arg(name));
    const Result<Header> read = readHeader(db, in, name);
    if (!read)
        return read.error();
    const Header &header = read.value();
    const QJsonArray recipients = header.json.value(QStringLiteral("recipients")).toArray();
    const QByteArray expectedHash = QByteArray::fromHex(
        header.json.value(QStringLiteral("ciphertext_hash")).toString().toLatin1());
    const QByteArray streamHeader = QByteArray::fromBase64(
        header.json.value(QStringLiteral("stream_header")).toString().toLatin1());
    const std::optional<RosterEntry> signer = header.signer;

    QByteArray fileKey;
    const QString self = Replica::load(db).replicaId;
    for (const QJsonValue &value : recipients) {
        const QJsonObject recipient = value.toObject();
        if (recipient.value(QStringLiteral("replica")).toString() == self) {
            fileKey = keyring.openSealed(QByteArray::fromBase64(
                recipient.value(QStringLiteral("key")).toString().toLatin1()));
        }
    }
    if (fileKey.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return refused(tr("it is not addressed to this database."));
    crypto_secretstream_xchacha20poly1305_state state;
    const bool started = crypto_secretstream_xchacha20poly1305_init_pull(
                             &state, readable(streamHeader), readable(fileKey))
        == 0;
    sodium_memzero(fileKey.data(), size_t(fileKey.size()));
    if (!started)
        return damaged;

    // The ciphertext's hash is computed on a second thread while this one decrypts into
    // the private file, and the plaintext is opened only once that hash matched; a
    // mismatch removes it. One after the other, the two passes made the preview of a
    // network-scale package 0.2 s slower, past its 2 s budget.
    const qint64 cipherStart = in.pos();
    std::future<bool> hashMatches
        = std::async(std::launch::async, [containerPath, cipherStart, expectedHash] {
              QFile file(containerPath);
              if (!file.open(QIODevice::ReadOnly) || !file.seek(cipherStart))
                  return false;
              crypto_generichash_state hash;
              crypto_generichash_init(&hash, nullptr, 0, 32);
              while (!file.atEnd()) {
                  const QByteArray block = file.read(4 * 1024 * 1024);
                  if (block.isEmpty())
                      return false;
                  crypto_generichash_update(&hash, readable(block), size_t(block.size()));
              }
              QByteArray digest(32, Qt::Uninitialized);
              crypto_generichash_final(&hash, writable(digest), size_t(digest.size()));
              return sodium_memcmp(readable(digest), readable(expectedHash), 32) == 0;
          });
    QFile plain(plainPath);
    if (!plain.open(QIODevice::WriteOnly | QIODevice::NewOnly,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        hashMatches.wait();
        return Error::failure(tr("The package %1 cannot be opened here.").arg(name));
    }
    QByteArray clear(kChunkBytes, Qt::Uninitialized);
    bool final = false;
    bool decrypted = true;
    while (decrypted && !in.atEnd()) {
        const QByteArray block = in.read(kCipherChunkBytes);
        unsigned long long length = 0;
        unsigned char tag = 0;
        decrypted = !final
            && crypto_secretstream_xchacha20poly1305_pull(&state, writable(clear), &length, &tag,
                   readable(block), size_t(block.size()), nullptr, 0)
                == 0
            && plain.write(clear.constData(), qint64(length)) == qint64(length);
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    sodium_memzero(clear.data(), size_t(clear.size()));
    decrypted = decrypted && final && plain.flush();
    plain.close();
    if (!hashMatches.get() || !decrypted) {
        QFile::remove(plainPath);
        return damaged;
    }
    return *signer;
}

} // namespace pactesur
