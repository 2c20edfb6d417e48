// SPDX-License-Identifier: EUPL-1.2
#include "packagereader.h"

#include "exchange/packageformat.h"
#include "exchange/rowchecks.h"
#include "exchange/statestore.h"
#include "exchange/writers.h"
#include "model/fieldcodec.h"
#include "model/kinds.h"
#include "store/sqlitevalue.h"
#include "trust/keyring.h"
#include "trust/sealedpackage.h"
#include "util/privatefolder.h"
#include "util/uuid.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <limits>
#include <utility>

#include <sqlite3.h>

namespace pactesur {

namespace {

constexpr int kMaxManifestEntries = 100;

// The longest value (in characters) each manifest entry may hold: vectors and the lists of
// writers and of the roster hold at most 10,000 entries (Writers::kMaxBindings,
// Roster::kMaxEntries); anything else is a short word, id, time or count.
qint64 manifestBound(const QString &key)
{
    static const QHash<QString, qint64> bounds = {
        {QStringLiteral("base"), 1024 * 1024},
        {QStringLiteral("knowledge"), 1024 * 1024},
        {QStringLiteral("writers"), 1024 * 1024},
        {QStringLiteral("roster"), 8 * 1024 * 1024},
        {QStringLiteral("counts"), 4096},
    };
    return bounds.value(key, 256); // format, versions, sender, role, city, time, kind, digest
}

// The package may not keep SQLite busy longer than this, whatever it holds: two seconds,
// and one more for every 20 MB a genuine package of that size takes to read.
constexpr qint64 kBaseBudgetMs = 2000;
constexpr qint64 kBytesPerExtraSecond = 20 * 1024 * 1024;

} // namespace

// The budget lives with the reader: two readers open at once on one thread (a preview's
// header and its comparison) must not restart each other's clock.
struct PackageReader::Budget
{
    QElapsedTimer timer;
    qint64 limitMs = kBaseBudgetMs;
};

namespace {

int progressHandler(void *context)
{
    const auto *budget = static_cast<const PackageReader::Budget *>(context);
    return budget->timer.elapsed() > budget->limitMs ? 1 : 0;
}

using rowchecks::isTimestamp;
using rowchecks::parseVector;

// {"<replica>":"coordinator"|"<city id>",...}: at most Writers::kMaxBindings entries.
bool parseWriters(const QString &json, Principals *writers)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || document.object().size() > Writers::kMaxBindings)
        return false;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString value = it.value().toString();
        if (!uuid::isValid(it.key()))
            return false;
        if (value == QLatin1String("coordinator"))
            writers->insert(it.key(), {value, QString()});
        else if (uuid::isValid(value))
            writers->insert(it.key(), {QStringLiteral("liaison"), value});
        else
            return false;
    }
    return true;
}
using sqlitevalue::rows;

} // namespace

PackageReader::PackageReader()
    : m_budget(std::make_unique<Budget>())
{ }

PackageReader::~PackageReader()
{
    sqlite3_close(m_handle);
}

// A read that failed (the disk, memory) says nothing about the package: it is told as
// such, and the same package may be imported once the disk answers again.
static bool isFailedRead(int code)
{
    code &= 0xff;
    return code == SQLITE_IOERR || code == SQLITE_NOMEM || code == SQLITE_FULL;
}

Error PackageReader::unreadable(int code) const
{
    return Error::failure(
        tr("The package %1 could not be read: %2")
            .arg(QFileInfo(m_path).fileName(), QString::fromUtf8(sqlite3_errstr(code))));
}

Error PackageReader::invalid(const QString &reason) const
{
    if (m_handle && isFailedRead(sqlite3_errcode(m_handle)))
        return unreadable(sqlite3_errcode(m_handle));
    return Error::rejected(
        tr("%1 is not a valid Pactesur package: %2").arg(QFileInfo(m_path).fileName(), reason));
}

Status PackageReader::open(const QString &path, const Database &db)
{
    const QString name = QFileInfo(path).fileName();
    if (SealedPackage::isPlainSqlite(path))
        return Error::rejected(tr("The package %1 is not signed and sealed (package format 2 or "
                                  "older); this version reads signed packages only (format 3). "
                                  "Ask the sender to update Pactesur and export again.")
                                   .arg(name));
    if (Status status = Roster::enrolSelf(db); !status)
        return status;
    Result<std::unique_ptr<Keyring>> keyring = Keyring::open(db);
    if (!keyring)
        return keyring.error();
    m_plainFolder = std::make_unique<PrivateFolder>();
    if (!m_plainFolder->isValid())
        return Error::failure(tr("Cannot make a private temporary folder for the package."));
    const QString plain = m_plainFolder->filePath(QStringLiteral("package.sqlite"));
    Result<RosterEntry> signer = SealedPackage::open(db, *keyring.value(), path, plain);
    if (!signer)
        return signer.error();
    m_signer = signer.value();
    if (Status status = openUnsealed(plain); !status)
        return status;
    m_path = path;
    // Authority comes from the key that signed, never from what the file says of itself.
    if (m_manifest.senderReplica != m_signer.replica || m_manifest.senderRole != m_signer.role
        || (m_signer.role == QLatin1String("liaison") && m_manifest.senderCity != m_signer.city))
        return invalid(tr("its manifest names another sender than the key that signed it."));
    m_manifest.verified = true;
    return {};
}

Status PackageReader::openUnsealed(const QString &path)
{
    m_path = path;
    m_plainPath = path;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error::rejected(
            tr("The package %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (info.size() == 0)
        return invalid(tr("the file is empty."));
    if (info.size() > package::kMaxPackageBytes)
        return invalid(tr("the file is larger than any package can be."));
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::failure(
                tr("Cannot read the package %1.").arg(QDir::toNativeSeparators(path)));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return invalid(tr("it is not a package file."));
    }

    // immutable=1: no locks, no journal, no -wal or -shm file next to a file we distrust.
    const QByteArray uri
        = "file:" + QUrl::toPercentEncoding(info.absoluteFilePath(), "/") + "?immutable=1";
    if (sqlite3_open_v2(uri.constData(), &m_handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr)
        != SQLITE_OK)
        return invalid(tr("it cannot be opened."));
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, nullptr);
    sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(m_handle, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    sqlite3_limit(m_handle, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(m_handle, SQLITE_LIMIT_COLUMN, 64);
    sqlite3_limit(m_handle, SQLITE_LIMIT_EXPR_DEPTH, 50);
    sqlite3_limit(m_handle, SQLITE_LIMIT_COMPOUND_SELECT, 4);
    sqlite3_limit(m_handle, SQLITE_LIMIT_VDBE_OP, 100000);
    sqlite3_limit(m_handle, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(m_handle, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(m_handle, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(m_handle, SQLITE_LIMIT_VARIABLE_NUMBER, 16);
    sqlite3_limit(m_handle, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    m_wholeFileBudgetMs = kBaseBudgetMs + 1000 * (info.size() / kBytesPerExtraSecond);
    m_budget->limitMs = m_wholeFileBudgetMs;
    m_budget->timer.start();
    sqlite3_progress_handler(m_handle, 1000, progressHandler, m_budget.get());

    bool ok = false;
    const QStringList applicationId = rows(m_handle, "PRAGMA application_id", &ok);
    if (!ok)
        return invalid(tr("it is damaged."));
    if (applicationId != QStringList {QString::number(package::kApplicationId)})
        return invalid(tr("it was not made by Pactesur."));
    const int version = rows(m_handle, "PRAGMA user_version", &ok).value(0).toInt();
    if (version > package::kFormatVersion) {
        return Error::rejected(
            tr("The package %1 was made by a newer version of Pactesur (package format %2; this "
               "version reads format %3). Update Pactesur to import it.")
                .arg(info.fileName())
                .arg(version)
                .arg(package::kFormatVersion));
    }
    if (version >= 1 && version < package::kFormatVersion) {
        return Error::rejected(
            tr("The package %1 was made by an older version of Pactesur (package format %2; "
               "this version reads format %3). Ask the sender to update Pactesur and export "
               "again.")
                .arg(info.fileName())
                .arg(version)
                .arg(package::kFormatVersion));
    }
    if (version != package::kFormatVersion)
        return invalid(tr("its format version is unknown."));
    // The schema first: reading sqlite_schema evaluates nothing, while quick_check would
    // compute a hostile generated column or CHECK expression.
    if (Status status = checkSchema(); !status)
        return status;
    const QStringList check = rows(m_handle, "PRAGMA quick_check", &ok);
    if (!ok || check != QStringList {QStringLiteral("ok")}) {
        // quick_check tells a page it could not read as a finding ("unable to get the page.
        // error code=266"), not as an error.
        static const QRegularExpression unreadPage(QStringLiteral("error code=(\\d+)"));
        for (const QString &finding : check) {
            if (const QRegularExpressionMatch match = unreadPage.match(finding);
                match.hasMatch() && isFailedRead(match.captured(1).toInt()))
                return unreadable(match.captured(1).toInt());
        }
        return invalid(tr("it is damaged."));
    }
    return readManifest();
}

Status PackageReader::checkSchema()
{
    static const QStringList expected = [] {
        sqlite3 *memory = nullptr;
        sqlite3_open(":memory:", &memory);
        sqlite3_exec(memory, package::schema().toUtf8().constData(), nullptr, nullptr, nullptr);
        bool ok = false;
        QStringList schema = rows(
            memory, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name", &ok);
        sqlite3_close(memory);
        return schema;
    }();
    bool ok = false;
    const QStringList actual
        = rows(m_handle, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name", &ok);
    if (!ok || actual != expected)
        return invalid(tr("it contains tables or code that a package may not hold."));
    return {};
}

Status PackageReader::readManifest()
{
    bool ok = false;
    // Every value has a bound (DESIGN.md section 7), checked on lengths before any value is
    // read: a value past its bound refuses the package, never cuts or skips the value.
    const QStringList lengths
        = rows(m_handle, "SELECT length(key), key, length(value) FROM manifest LIMIT 101", &ok);
    if (!ok)
        return invalid(tr("its manifest cannot be read."));
    if (lengths.size() > kMaxManifestEntries)
        return invalid(tr("its manifest holds more entries than a package can."));
    for (const QString &entry : lengths) {
        const QStringList parts = entry.split(QLatin1Char('|'));
        if (parts.value(0).toInt() > 64)
            return invalid(tr("its manifest has a key longer than allowed."));
        const QString key = parts.mid(1, parts.size() - 2).join(QLatin1Char('|'));
        if (parts.constLast().toLongLong() > manifestBound(key))
            return invalid(tr("its manifest holds a value longer than allowed (%1).").arg(key));
    }
    const QStringList entries = rows(m_handle, "SELECT key, value FROM manifest LIMIT 101", &ok);
    if (!ok)
        return invalid(tr("its manifest cannot be read."));
    QMap<QString, QString> values;
    for (const QString &entry : entries)
        values.insert(
            entry.section(QLatin1Char('|'), 0, 0), entry.section(QLatin1Char('|'), 1, -1));
    if (values.value(QStringLiteral("format")) != QLatin1String(package::kFormatName)
        || values.value(QStringLiteral("format_version"))
            != QString::number(package::kFormatVersion))
        return invalid(tr("its manifest does not describe a Pactesur package."));
    Manifest &manifest = m_manifest;
    manifest.senderReplica = values.value(QStringLiteral("sender_replica"));
    manifest.senderRole = values.value(QStringLiteral("sender_role"));
    manifest.senderCity = values.value(QStringLiteral("sender_city"));
    manifest.createdAt = values.value(QStringLiteral("created_at"));
    manifest.kind = values.value(QStringLiteral("kind"));
    manifest.digest = values.value(QStringLiteral("digest"));
    manifest.roster = values.value(QStringLiteral("roster"));
    const bool liaison = manifest.senderRole == QLatin1String("liaison");
    if (!uuid::isValid(manifest.senderReplica)
        || (!liaison && manifest.senderRole != QLatin1String("coordinator"))
        || (liaison && !uuid::isValid(manifest.senderCity)) || !isTimestamp(manifest.createdAt)
        || (manifest.kind != QLatin1String("full") && manifest.kind != QLatin1String("delta"))
        || !parseVector(values.value(QStringLiteral("base")), &manifest.base)
        || !parseVector(values.value(QStringLiteral("knowledge")), &manifest.knowledge)
        || !parseWriters(values.value(QStringLiteral("writers")), &manifest.writers))
        return invalid(tr("its manifest is incomplete or wrong."));
    // The sender's own binding is the one its manifest states, or the package contradicts
    // itself.
    const Principal sender {manifest.senderRole, liaison ? manifest.senderCity : QString()};
    if (manifest.writers.value(manifest.senderReplica, sender) != sender)
        return invalid(tr("its manifest is incomplete or wrong."));
    manifest.writers.insert(manifest.senderReplica, sender);
    // The package's identity in the ledger: its manifest (sender, time, knowledge, counts)
    // and size. Hashing every byte would cost seconds at network scale for no safety: the
    // content is validated record by record anyway.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = values.begin(); it != values.end(); ++it)
        hash.addData(it.key().toUtf8() + '\0' + it.value().toUtf8() + '\0');
    hash.addData(QByteArray::number(QFileInfo(m_path).size()));
    m_fileDigest = QString::fromLatin1(hash.result().toHex());
    // Counts are hostile too: their sum must stay an int (the progress a person sees).
    qint64 total = 0;
    const QJsonObject counts
        = QJsonDocument::fromJson(values.value(QStringLiteral("counts")).toUtf8()).object();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        total += qMax(0, it.value().toInt());
        if (total > std::numeric_limits<int>::max())
            return invalid(tr("its manifest is incomplete or wrong."));
    }
    m_total = int(total);
    return {};
}

// Reading one row may not take SQLite longer than the base budget; the time we spend
// merging between rows is ours and does not count.
int PackageReader::stepWithinBudget(sqlite3_stmt *statement)
{
    m_budget->limitMs = kBaseBudgetMs;
    m_budget->timer.restart();
    return sqlite3_step(statement);
}

Status PackageReader::forEachRecord(const std::function<Status(const PackageRecord &)> &visit)
{
    Conflicts conflicts;
    if (Status status = readConflicts(&conflicts); !status)
        return status;
    return readRecords(conflicts, visit);
}

Status PackageReader::readConflicts(Conflicts *found)
{
    // Open conflicts first, checked and grouped by record: there are few of them.
    Conflicts &conflicts = *found;
    {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(m_handle,
            "SELECT record_kind, record_id, field, candidates FROM conflict", -1, &statement,
            nullptr);
        int rc = SQLITE_ROW;
        while ((rc = stepWithinBudget(statement)) == SQLITE_ROW) {
            const QString kindName = sqlitevalue::column(statement, 0).toString();
            const QString recordId = sqlitevalue::column(statement, 1).toString();
            const QString field = sqlitevalue::column(statement, 2).toString();
            const KindSpec *kind = Kinds::find(kindName);
            const QVariant candidates = sqlitevalue::column(statement, 3);
            QJsonParseError error;
            const QJsonDocument document
                = QJsonDocument::fromJson(candidates.toString().toUtf8(), &error);
            bool valid = kind && uuid::isValid(recordId)
                && candidates.typeId() == QMetaType::QString
                && error.error == QJsonParseError::NoError && document.isArray()
                && document.array().size() >= 2 && document.array().size() <= 64;
            QList<FieldWrite> writes;
            for (const QJsonValue &entry : document.array()) {
                const QJsonArray tuple = entry.toArray();
                if (!valid || tuple.size() != 4 || !tuple.at(0).isString()
                    || !tuple.at(1).isDouble() || !tuple.at(2).isString()
                    || !uuid::isValid(tuple.at(0).toString()) || tuple.at(1).toDouble() < 1
                    || !isTimestamp(tuple.at(2).toString())
                    || !rowchecks::checkValue(*kind, field,
                        tuple.at(3).isDouble() ? QVariant(qint64(tuple.at(3).toDouble()))
                                               : tuple.at(3).toVariant())
                            .isEmpty()) {
                    valid = false;
                    break;
                }
                writes.append({tuple.at(0).toString(), qint64(tuple.at(1).toDouble()),
                    tuple.at(2).toString(), tuple.at(3)});
            }
            if (!valid) {
                sqlite3_finalize(statement);
                return invalid(tr("one of its conflicts is malformed."));
            }
            conflicts[recordId].insert(field, writes);
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return invalid(tr("it is damaged or too slow to read."));
    }
    return {};
}

Status PackageReader::readRecords(
    const Conflicts &conflicts, const std::function<Status(const PackageRecord &)> &visit)
{
    int number = 0;
    int withConflicts = 0;
    const Result<QString> repeated = repeatedId();
    if (!repeated)
        return repeated.error();
    bool repeatedSeen = false;
    for (const KindSpec *kind : StateStore::exchangedKinds()) {
        const rowchecks::RowChecker checker(*kind);
        const qsizetype columnCount = checker.columns().size();
        const QByteArray sql = "SELECT " + package::columnList(*kind).toUtf8() + ", rowid FROM "
            + kind->table.toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_handle, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            return invalid(tr("its records cannot be read."));
        int rc = SQLITE_ROW;
        while ((rc = stepWithinBudget(statement)) == SQLITE_ROW) {
            ++number;
            PackageRecord record;
            record.kind = kind;
            QVariantList &row = record.row;
            row.reserve(columnCount);
            for (int i = 0; i < columnCount; ++i)
                row << sqlitevalue::column(statement, i);
            record.packageRow = sqlite3_column_int64(statement, int(columnCount));
            auto bad = [&](const QString &what) {
                sqlite3_finalize(statement);
                QString reason = what;
                if (reason.endsWith(QLatin1Char('.')))
                    reason.chop(1);
                return invalid(tr("record %1 (%2): %3.").arg(number).arg(kind->name, reason));
            };
            const QString id = row.at(0).toString();
            const QString owner = row.at(1).toString();
            // An id twice in one package would make the outcome depend on row order.
            if (row.at(0).typeId() != QMetaType::QString || !uuid::isValid(id))
                return bad(tr("its id is not valid"));
            if (id == repeated.value() && std::exchange(repeatedSeen, true))
                return bad(tr("its id is not valid"));
            if (owner != QLatin1String("coordinator") && !uuid::isValid(owner))
                return bad(tr("its owner is not valid"));
            if (!isTimestamp(row.at(2).toString()) || !isTimestamp(row.at(3).toString()))
                return bad(tr("its date is not valid"));
            if (const QString problem = checker.check(record); !problem.isEmpty())
                return bad(problem);
            if (const auto found = conflicts.constFind(id); found != conflicts.cend()) {
                ++withConflicts;
                VersionVector vector;
                parseVector(row.at(5).toString(), &vector); // checked above
                for (auto it = found->begin(); it != found->end(); ++it) {
                    for (const FieldWrite &write : *it) {
                        if (!versionvector::covers(vector, write))
                            return bad(tr("the history of “%1” is not valid").arg(it.key()));
                    }
                }
                record.conflicts = *found;
            }
            if (Status status = visit(record); !status) {
                sqlite3_finalize(statement);
                return status;
            }
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return invalid(tr("it is damaged or too slow to read."));
    }
    if (withConflicts != conflicts.size())
        return invalid(tr("one of its conflicts is malformed."));
    return {};
}

// An id twice in one package would make the outcome depend on row order. SQLite finds
// one by sorting on disk, in bounded memory; a set of the ids read, even as hashes, grew
// with the package (30 MB at network4 scale) and took the import past its 100 MB. Ids
// compare as bytes, as the database's keys do, whatever collation the file declares.
Result<QString> PackageReader::repeatedId()
{
    QByteArray tables;
    for (const KindSpec *kind : StateStore::exchangedKinds())
        tables += (tables.isEmpty() ? "SELECT id FROM " : " UNION ALL SELECT id FROM ")
            + kind->table.toUtf8();
    const QByteArray sql
        = "SELECT id FROM (" + tables + ") GROUP BY id COLLATE BINARY HAVING count(*) > 1 LIMIT 1";
    // Our own query may join every table; the package's are held to four.
    const int compoundLimit = sqlite3_limit(m_handle, SQLITE_LIMIT_COMPOUND_SELECT, 64);
    sqlite3_stmt *statement = nullptr;
    const int prepared = sqlite3_prepare_v2(m_handle, sql.constData(), -1, &statement, nullptr);
    sqlite3_limit(m_handle, SQLITE_LIMIT_COMPOUND_SELECT, compoundLimit);
    if (prepared != SQLITE_OK)
        return invalid(tr("its records cannot be read."));
    // One step sorts the whole package: the budget of reading all of it.
    m_budget->limitMs = m_wholeFileBudgetMs;
    m_budget->timer.restart();
    const int rc = sqlite3_step(statement);
    const QString id = rc == SQLITE_ROW ? sqlitevalue::column(statement, 0).toString() : QString();
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return invalid(tr("it is damaged or too slow to read."));
    return id;
}

Result<QByteArray> PackageReader::blob(const QString &sha256)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(m_handle, "SELECT data FROM blob WHERE sha256 = ?", -1, &statement, nullptr);
    const QByteArray key = sha256.toUtf8();
    sqlite3_bind_text(statement, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
    QByteArray data;
    // Within a fresh budget: the clock may have run on while records were written.
    if (stepWithinBudget(statement) == SQLITE_ROW)
        data = QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, 0)),
            sqlite3_column_bytes(statement, 0));
    sqlite3_finalize(statement);
    if (!data.isEmpty()
        && QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())
            != sha256)
        return invalid(tr("an attachment does not match its hash."));
    return data;
}

} // namespace pactesur
