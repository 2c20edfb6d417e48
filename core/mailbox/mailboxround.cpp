// SPDX-License-Identifier: EUPL-1.2
// The steps of one mailbox round, in the order they run: list, fetch, publish, ack, clean.
#include "mailbox/mailboxround.h"

#include "exchange/knowledge.h"
#include "mailbox/ackfile.h"
#include "mailbox/mailboxlayout.h"
#include "store/database.h"
#include "trust/keyring.h"
#include "trust/sealedpackage.h"
#include "util/uuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace pactesur {

namespace {
constexpr int kMaxRemembered = 1000; // refused files remembered, not to read them again
constexpr int kMaxCandidates = 8; // files tried for one sequence in one round
}

MailboxRound::MailboxRound(Database &db, Transport &transport, const MailboxSync::Options &options)
    : m_db(db)
    , m_transport(transport)
    , m_options(options)
    , m_identity(Replica::load(db))
    , m_state(MailboxState::load(db))
    , m_spool(MailboxSync::spoolFolder(db))
{ }

void MailboxRound::step(const QString &what)
{
    if (m_options.progress)
        m_options.progress(what);
}

bool MailboxRound::cancelled() const
{
    return m_options.cancel && m_options.cancel->load();
}

void MailboxRound::saveState()
{
    if (Status status = m_state.save(m_db); !status)
        m_report.errors.append(status.error().message);
}

Result<SyncReport> MailboxRound::run()
{
    if (!m_identity.isSet())
        return Error::rejected(MailboxSync::tr(
            "This database has no role yet. Choose one first: coordinator, or liaison of a city."));
    if (Status status = Roster::enrolSelf(m_db); !status)
        return status.error();
    Result<std::unique_ptr<Keyring>> keyring = Keyring::open(m_db);
    if (!keyring)
        return keyring.error();
    m_keyring = std::move(keyring.value());
    if (!m_private.isValid() || !QDir().mkpath(m_spool))
        return Error::failure(MailboxSync::tr("Cannot make a private folder for the mailbox's "
                                              "packages beside the database."));
    QFile::setPermissions(m_spool, QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ExeOwner);

    // One listing of the whole mailbox tells what there is to fetch, what of ours is there,
    // whose acks changed and what a round cut short left in tmp/.
    step(MailboxSync::tr("Reading the mailbox…"));
    const Result<QList<RemoteEntry>> listing = m_transport.list(QString(), true);
    if (!listing)
        return listing.error();
    for (const RemoteEntry &entry : listing.value()) {
        if (entry.isFolder)
            continue;
        if (const std::optional<mailbox::PackageName> name = mailbox::parsePackagePath(entry.path))
            m_listed[name->sender][name->sequence].append(entry);
        else if (entry.path.startsWith(mailbox::kAcks))
            m_acksListed.append(entry);
        else if (entry.path.startsWith(mailbox::kTemporary))
            m_temporaryListed.append(entry);
    }
    if (m_state.preparedFor != m_transport.address()) {
        for (const QString &folder : {mailbox::outboxOf(m_identity.replicaId), mailbox::kAcks,
                 mailbox::kTemporary}) {
            if (Status status = m_transport.makeFolder(folder); !status)
                return status.error();
        }
        m_state.preparedFor = m_transport.address();
        saveState();
    }
    removeOwnLeftovers();
    fetch();
    if (m_report.errors.isEmpty() && !cancelled())
        publish();
    if (m_report.errors.isEmpty() && !cancelled())
        removeDelivered();
    // Last: the ack says what was imported and the oldest package still published.
    if (!cancelled())
        writeAck();
    if (cancelled())
        m_report.errors.append(MailboxSync::tr("Sync cancelled; the next one goes on from here."));
    m_state.lastRound = m_report.toJson();
    m_state.lastRound.insert(QStringLiteral("at"), m_db.clock().nowIso());
    saveState();
    return m_report;
}

// --- fetch ------------------------------------------------------------------------------

QList<RosterEntry> MailboxRound::senders() const
{
    // A liaison's packages are sealed to the coordinator alone: a liaison reads the
    // coordinator's outbox, the coordinator everyone's.
    QList<RosterEntry> senders;
    for (const RosterEntry &entry : Roster::list(m_db)) {
        if (entry.replica == m_identity.replicaId || entry.revoked)
            continue;
        if (m_identity.isCoordinator() || entry.role == QLatin1String("coordinator"))
            senders.append(entry);
    }
    return senders;
}

void MailboxRound::fetch()
{
    for (const RosterEntry &sender : senders()) {
        if (!m_listed.contains(sender.replica))
            continue;
        if (!fetchFrom(sender) || cancelled())
            return;
    }
}

QString MailboxRound::senderName(const RosterEntry &sender) const
{
    if (sender.role == QLatin1String("coordinator"))
        return MailboxSync::tr("the coordinator");
    QSqlQuery query(m_db.sql());
    query.prepare(QStringLiteral("SELECT name FROM city WHERE id = ?"));
    query.addBindValue(sender.city);
    const QString city = query.exec() && query.next() ? query.value(0).toString() : sender.city;
    return MailboxSync::tr("%1 (replica %2)").arg(city, sender.replica.left(8));
}

bool MailboxRound::fetchFrom(const RosterEntry &sender)
{
    const QMap<qint64, QList<RemoteEntry>> &bySequence = m_listed.value(sender.replica);
    qint64 last = m_state.imported.value(sender.replica, 0);
    // A sender never read before: from its first package, unless that one is gone (every
    // recipient had it before this replica joined): its ack says where its outbox starts.
    if (last == 0 && !bySequence.isEmpty() && bySequence.firstKey() > 1)
        last = oldestPublishedBy(sender) - 1;
    while (!cancelled()) {
        const qint64 next = last + 1;
        const QList<RemoteEntry> candidates = bySequence.value(next);
        if (candidates.isEmpty()) {
            if (!bySequence.isEmpty() && bySequence.lastKey() > next) {
                m_report.waiting.append(
                    MailboxSync::tr("Package %1 from %2 is not in the mailbox yet; the later ones "
                                    "wait for it.")
                        .arg(next)
                        .arg(senderName(sender)));
            }
            return true;
        }
        Outcome outcome = Outcome::Refused;
        // Anyone with write access can put files under a sender's names: a few a round.
        for (const RemoteEntry &candidate : candidates.mid(0, kMaxCandidates)) {
            outcome = take(sender, next, candidate);
            if (outcome != Outcome::Refused)
                break;
        }
        if (outcome == Outcome::Failed)
            return false;
        if (outcome != Outcome::Taken) {
            if (outcome == Outcome::Refused) {
                m_report.waiting.append(
                    MailboxSync::tr("Package %1 from %2 was refused; the later ones wait until a "
                                    "valid copy is in the mailbox.")
                        .arg(next)
                        .arg(senderName(sender)));
            }
            return true;
        }
        last = next;
        m_state.imported.insert(sender.replica, next);
        saveState();
    }
    return true;
}

MailboxRound::Outcome MailboxRound::take(
    const RosterEntry &sender, qint64 sequence, const RemoteEntry &entry)
{
    const QString remembered
        = QStringLiteral("%1|%2|%3").arg(entry.path).arg(entry.size).arg(entry.etag);
    if (m_state.refused.contains(remembered))
        return Outcome::Refused;
    const std::optional<mailbox::PackageName> name = mailbox::parsePackagePath(entry.path);
    const QString fileName = QFileInfo(entry.path).fileName();
    const QString local = m_private.filePath(fileName);
    step(MailboxSync::tr("Downloading %1…").arg(fileName));
    if (Status status = m_transport.download(entry.path, local, mailbox::kMaxPackageBytes);
        !status) {
        m_report.errors.append(status.error().message);
        return Outcome::Failed;
    }
    ++m_report.received;
    struct Removed
    {
        QString path;
        ~Removed() { QFile::remove(path); }
    } removeLocal {local};
    auto refuse = [&](const QString &why) {
        if (m_state.refused.size() >= kMaxRemembered)
            m_state.refused.erase(m_state.refused.begin()); // read again some day: no harm
        m_state.refused.insert(remembered);
        ++m_report.rejected;
        m_report.refusals.append(
            MailboxSync::tr("%1 from %2: %3").arg(fileName, senderName(sender), why));
        return Outcome::Refused;
    };
    if (mailbox::hashOfFile(local) != name->hash)
        return refuse(MailboxSync::tr("its content does not match its name (cut or changed)."));
    const Result<SealedPackage::Header> header = SealedPackage::inspect(m_db, local);
    if (!header)
        return refuse(header.error().message);
    if (header->sender != sender.replica || header->channel != QLatin1String("mailbox")
        || header->sequence != sequence) {
        return refuse(MailboxSync::tr("it was not published by this sender as package %1 of its "
                                      "mailbox.")
                          .arg(sequence));
    }
    if (!header->recipients.contains(m_identity.replicaId))
        return Outcome::Taken; // for other cities: nothing to import, the sequence goes on

    step(MailboxSync::tr("Importing %1…").arg(fileName));
    // One backup a round, before its first import: what the database was before the round.
    // (One per package would copy a network-scale database hundreds of times a round.)
    Importer::Options importOptions;
    importOptions.backup = !m_backedUp;
    const Result<ImportReport> imported = m_options.importPackage
        ? m_options.importPackage(local)
        : Importer::run(m_db, local, importOptions);
    if (!imported) {
        if (imported.error().code == Error::Rejected)
            return refuse(imported.error().message);
        if (imported.error().code == Error::Usage)
            return Outcome::Declined;
        m_report.errors.append(imported.error().message);
        return Outcome::Failed;
    }
    ++m_report.imported;
    m_backedUp = true;
    m_report.conflicts += imported->conflicts;
    for (const Rejection &rejection : imported->rejected) {
        m_report.refusals.append(MailboxSync::tr("%1 from %2: record %3 refused: %4")
                                     .arg(fileName, senderName(sender), rejection.id.left(8),
                                         rejection.reason));
    }
    return Outcome::Taken;
}

qint64 MailboxRound::oldestPublishedBy(const RosterEntry &sender)
{
    const std::optional<AckFile> ack = readAck(sender);
    return ack ? qMax<qint64>(1, ack->oldest) : 1;
}

std::optional<AckFile> MailboxRound::readAck(const RosterEntry &replica)
{
    const QString local = m_private.filePath(QStringLiteral("ack-") + replica.replica);
    if (!m_transport.download(mailbox::ackOf(replica.replica), local, mailbox::kMaxAckBytes))
        return std::nullopt;
    QFile file(local);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    file.remove();
    const std::optional<AckFile> ack = AckFile::read(bytes, replica);
    if (!ack && qEnvironmentVariableIsSet("PACTESUR_MAILBOX_TRACE"))
        qInfo("ack of %s unreadable: %s", qPrintable(replica.replica), bytes.left(300).constData());
    return ack;
}

} // namespace pactesur
