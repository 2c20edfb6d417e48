// SPDX-License-Identifier: EUPL-1.2
#include "recordstore.h"

#include "util/localformat.h"

#include "exchange/authority.h"
#include "exchange/backups.h"
#include "exchange/conflicts.h"
#include "exchange/statestore.h"
#include "model/fieldcodec.h"
#include "store/database.h"
#include "store/rowwriter.h"
#include "util/translations.h"
#include "util/uuid.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QMimeType>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pactesur {

namespace {

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Record recordFrom(const KindSpec &kind, const QSqlQuery &query)
{
    Record record;
    const QSqlRecord row = query.record();
    record.id = row.value(QStringLiteral("id")).toString();
    record.owner = row.value(QStringLiteral("owner")).toString();
    record.createdAt = row.value(QStringLiteral("created_at")).toString();
    record.updatedAt = row.value(QStringLiteral("updated_at")).toString();
    record.deleted = row.value(QStringLiteral("deleted")).toInt() != 0;
    record.values.insert(QStringLiteral("vv"), row.value(QStringLiteral("vv")));
    record.values.insert(QStringLiteral("dots"), row.value(QStringLiteral("dots")));
    for (const FieldSpec &field : kind.fields) {
        if (field.type != FieldType::Blob)
            record.values.insert(field.name, row.value(field.name));
    }
    return record;
}

// Everything but the bytes of an attachment, which only an explicit read needs.
QString selectColumns(const KindSpec &kind)
{
    QStringList columns = {QStringLiteral("id")};
    if (kind.replicated) {
        columns << QStringLiteral("owner") << QStringLiteral("created_at")
                << QStringLiteral("updated_at") << QStringLiteral("deleted") << QStringLiteral("vv")
                << QStringLiteral("dots");
    }
    for (const FieldSpec &field : kind.fields) {
        if (field.type != FieldType::Blob)
            columns << RowWriter::quoted(field.name);
    }
    return columns.join(QStringLiteral(", "));
}

bool isAcceptedAttachmentType(const QMimeType &mime)
{
    static const QStringList accepted = {QStringLiteral("application/pdf"),
        QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/gif"),
        QStringLiteral("image/webp"), QStringLiteral("text/plain"), QStringLiteral("text/csv"),
        QStringLiteral("text/markdown"), QStringLiteral("application/rtf"),
        QStringLiteral("application/msword"), QStringLiteral("application/vnd.ms-excel"),
        QStringLiteral("application/vnd.ms-powerpoint"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        QStringLiteral("application/vnd.oasis.opendocument.text"),
        QStringLiteral("application/vnd.oasis.opendocument.spreadsheet"),
        QStringLiteral("application/vnd.oasis.opendocument.presentation")};
    // SVG and HTML are left out on purpose: they can carry scripts and remote references.
    for (const QString &name : accepted) {
        if (mime.inherits(name))
            return true;
    }
    return false;
}

// Fields left out take their kind's default ("planned", "draft", ...).
QVariantMap withDefaults(const KindSpec &kind, QVariantMap values)
{
    for (const FieldSpec &field : kind.fields) {
        if (!values.contains(field.name) && !field.defaultValue.isEmpty())
            values.insert(field.name, field.defaultValue);
    }
    return values;
}

} // namespace

RecordStore::RecordStore(Database &db)
    : m_db(db)
    , m_identity(Replica::load(db))
{ }

QString RecordStore::nameBasedId(const KindSpec &kind, const QStringList &parts)
{
    return uuid::fromName(kind.table + QLatin1Char(':') + parts.join(QLatin1Char(':')));
}

Result<QString> RecordStore::create(const KindSpec &kind, const TextValues &input)
{
    if (!kind.writable || kind.fields.isEmpty())
        return Error::rejected(tr("%1 cannot be created or edited directly.").arg(kind.name));
    Result<QVariantMap> parsed = parseInput(kind, input, std::nullopt);
    if (!parsed)
        return parsed.error();
    const QVariantMap values = withDefaults(kind, parsed.value());
    Result<QString> id = deriveId(kind, values);
    if (!id)
        return id.error();
    const std::optional<Record> existing = get(kind, id.value());
    if (existing && !existing->deleted)
        return Error::rejected(tr("This %1 already exists (id %2).")
                                   .arg(kind.translatedLabel().toLower(), id.value()));
    if (Status status = checkRecord(kind, values); !status)
        return status.error();
    // A record made again after its deletion (an id derived from its values) keeps the
    // owner it was created with.
    const QString owner = existing ? existing->owner : ownerFor(kind, id.value(), values);
    if (Status status = checkWriteAllowed(kind, owner, values); !status)
        return status.error();
    if (Status status = checkKindRules(kind, std::nullopt, values, values); !status)
        return status.error();

    Transaction transaction(m_db);
    if (Status status = write(kind, id.value(), values, existing, false); !status)
        return status.error();
    if (Status status = writeAlongside(kind, id.value(), std::nullopt, values); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id.value();
}

Status RecordStore::createFixed(
    const KindSpec &kind, const FixedStamp &stamp, const TextValues &input)
{
    Result<QVariantMap> parsed = parseInput(kind, input, std::nullopt);
    if (!parsed)
        return parsed.error();
    const QVariantMap values = withDefaults(kind, parsed.value());
    if (Status status = checkRecord(kind, values); !status)
        return status;
    const QJsonArray dot = {stamp.replicaId, stamp.counter, stamp.timestamp};
    QJsonObject dots = {{QStringLiteral("deleted"), dot}};
    for (auto it = values.begin(); it != values.end(); ++it)
        dots.insert(it.key(), dot);
    RowMeta meta;
    meta.id = stamp.id;
    meta.owner = stamp.owner;
    meta.createdAt = stamp.timestamp;
    meta.updatedAt = stamp.timestamp;
    meta.versionVector = compact(QJsonObject {{stamp.replicaId, stamp.counter}});
    meta.dots = compact(dots);
    return RowWriter::insert(m_db, kind, meta, values);
}

Status RecordStore::update(const KindSpec &kind, const QString &id, const TextValues &input)
{
    if (!kind.writable)
        return Error::rejected(tr("%1 cannot be created or edited directly.").arg(kind.name));
    const Result<std::optional<Record>> found = lookUp(kind, id);
    if (!found)
        return found.error();
    const std::optional<Record> &existing = found.value();
    if (!existing || existing->deleted)
        return Error::rejected(
            tr("No %1 has the id %2.").arg(kind.translatedLabel().toLower(), id));
    return writeEdit(kind, *existing, input, false);
}

Status RecordStore::writeEdit(
    const KindSpec &kind, const Record &existing, const TextValues &input, bool revive)
{
    if (Status status = checkWriteAllowed(kind, existing.owner, {}); !status)
        return status;
    Result<QVariantMap> parsed = parseInput(kind, input, existing);
    if (!parsed)
        return parsed.error();

    QVariantMap merged = existing.values;
    QVariantMap changes;
    for (auto it = parsed->begin(); it != parsed->end(); ++it) {
        merged.insert(it.key(), it.value());
        if (existing.values.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    }
    if (Status status = checkRecord(kind, merged); !status)
        return status;
    if (Status status = checkWriteAllowed(kind, existing.owner, changes); !status)
        return status;
    if (changes.isEmpty() && !revive)
        return {};
    if (Status status = checkKindRules(kind, existing, merged, changes); !status)
        return status;

    Transaction transaction(m_db);
    if (Status status = write(kind, existing.id, changes, existing, false); !status)
        return status;
    if (Status status = writeAlongside(kind, existing.id, existing, changes); !status)
        return status;
    return transaction.commit();
}

Status RecordStore::remove(const KindSpec &kind, const QString &id)
{
    if (!kind.writable)
        return Error::rejected(tr("%1 cannot be created or edited directly.").arg(kind.name));
    const Result<std::optional<Record>> found = lookUp(kind, id);
    if (!found)
        return found.error();
    const std::optional<Record> &existing = found.value();
    if (!existing || existing->deleted)
        return Error::rejected(
            tr("No %1 has the id %2.").arg(kind.translatedLabel().toLower(), id));
    if (Status status = checkWriteAllowed(kind, existing->owner, {}); !status)
        return status;
    if (Status status = checkKindRules(kind, existing, existing->values, {}); !status)
        return status;

    // Erasure: the personal fields go with the record, here and, through the tombstone,
    // at every peer.
    QVariantMap changes;
    for (const FieldSpec &field : kind.fields) {
        if (field.personal && !existing->values.value(field.name).isNull())
            changes.insert(field.name, QVariant());
    }
    Transaction transaction(m_db);
    if (Status status = write(kind, id, changes, existing, true); !status)
        return status;
    if (!changes.isEmpty()) {
        // The full-text index keeps deleted tokens in old segments until they are merged:
        // merge now, so that no erased word stays in the file.
        QSqlQuery optimize(m_db.sql());
        optimize.exec(
            QStringLiteral("INSERT INTO %1_fts (%1_fts) VALUES ('optimize')").arg(kind.table));
    }
    if (Status status = transaction.commit(); !status)
        return status;
    // The erasure reaches the backups beside the database too (GDPR art. 17).
    if (!changes.isEmpty()) {
        if (const Result<QStringList> scrubbed = Backups::eraseDeletedPersonalData(m_db); !scrubbed)
            return scrubbed.error();
    }
    return {};
}

Status RecordStore::restore(const KindSpec &kind, const QString &id)
{
    const Result<std::optional<Record>> found = lookUp(kind, id);
    if (!found)
        return found.error();
    const std::optional<Record> &existing = found.value();
    if (!existing || !existing->deleted)
        return Error::rejected(
            tr("No %1 has the id %2.").arg(kind.translatedLabel().toLower(), id));
    for (const FieldSpec &field : kind.fields) {
        if (field.personal)
            return Error::rejected(
                tr("An erased contact cannot be brought back: its personal data is gone."));
    }
    if (Status status = checkWriteAllowed(kind, existing->owner, {}); !status)
        return status;
    Transaction transaction(m_db);
    if (Status status = write(kind, id, {}, existing, false); !status)
        return status;
    return transaction.commit();
}

Status RecordStore::revive(const KindSpec &kind, const QString &id, const TextValues &input)
{
    const Result<std::optional<Record>> found = lookUp(kind, id);
    if (!found)
        return found.error();
    const std::optional<Record> &existing = found.value();
    if (!existing || !existing->deleted)
        return Error::rejected(
            tr("No %1 has the id %2.").arg(kind.translatedLabel().toLower(), id));
    return writeEdit(kind, *existing, input, true);
}

QString RecordStore::inputText(const FieldSpec &field, const QVariant &stored)
{
    if (stored.isNull() || !stored.isValid())
        return {};
    switch (field.type) {
    case FieldType::LanguageList:
    case FieldType::RefList:
    case FieldType::ThemeList:
        return FieldCodec::listItems(stored).join(QLatin1Char(','));
    case FieldType::Boolean:
        return stored.toInt() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Integer:
        return QString::number(stored.toLongLong());
    case FieldType::Real:
        return QString::number(stored.toDouble(), 'g', 12);
    default:
        return stored.toString();
    }
}

Result<QString> RecordStore::addAttachment(const QString &fileName, const QByteArray &bytes)
{
    if (bytes.size() > kMaxAttachmentBytes) {
        return Error::rejected(tr("The file %1 is too large: attachments are limited to %2 MB.")
                                   .arg(fileName)
                                   .arg(kMaxAttachmentBytes / (1024 * 1024)));
    }
    const KindSpec &kind = Kinds::get(QStringLiteral("attachments"));
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString id = nameBasedId(kind, {sha});
    const std::optional<Record> existing = get(kind, id);
    if (existing && !existing->deleted)
        return id; // the same bytes are stored once
    Result<QVariant> name = FieldCodec::parse(*kind.field(QStringLiteral("file_name")), fileName);
    if (!name)
        return name.error();
    if (Status status
        = checkWriteAllowed(kind, existing ? existing->owner : m_identity.owner(), {});
        !status)
        return status.error();
    // The type comes from the bytes; the name only narrows it down among formats that look
    // alike (zip-based office files, text), so a program named .pdf is still a program.
    // Only document types are kept.
    const QMimeDatabase types;
    QMimeType mime = types.mimeTypeForData(bytes);
    if (!mime.isDefault()) {
        const QMimeType byName = types.mimeTypeForFileNameAndData(fileName, bytes);
        if (byName.inherits(mime.name()))
            mime = byName; // a .docx is a zip, a .csv is text: the name says which
    }
    if (!isAcceptedAttachmentType(mime)) {
        return Error::rejected(
            tr("The file %1 is of a type Pactesur does not keep (%2). Attach "
               "documents, spreadsheets, presentations, PDF files, images or text.")
                .arg(fileName, mime.name()));
    }
    const QVariantMap values = {
        {QStringLiteral("sha256"), sha},
        {QStringLiteral("file_name"), name.value()},
        {QStringLiteral("mime"), mime.name()},
        {QStringLiteral("size"), qint64(bytes.size())},
        {QStringLiteral("data"), bytes},
    };
    Transaction transaction(m_db);
    if (Status status = write(kind, id, values, existing, false); !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<std::optional<Record>> RecordStore::lookUp(const KindSpec &kind, const QString &id) const
{
    QSqlQuery query(m_db.sql());
    query.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selectColumns(kind), kind.table));
    query.addBindValue(id);
    if (!query.exec())
        return Database::sqlError(tr("reading a record"), query.lastError().text());
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::sqlError(tr("reading a record"), query.lastError().text());
        return std::optional<Record>();
    }
    return std::optional<Record>(recordFrom(kind, query));
}

std::optional<Record> RecordStore::get(const KindSpec &kind, const QString &id) const
{
    QSqlQuery query(m_db.sql());
    query.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selectColumns(kind), kind.table));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return recordFrom(kind, query);
}

QList<Record> RecordStore::list(const KindSpec &kind, bool includeDeleted) const
{
    QList<Record> records;
    const QString orderBy = kind.titleField.isEmpty()
        ? QStringLiteral("id")
        : RowWriter::quoted(kind.titleField) + QStringLiteral(", id");
    QSqlQuery query(m_db.sql());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY %4")
                   .arg(selectColumns(kind), kind.table,
                       includeDeleted || !kind.replicated ? QString()
                                                          : QStringLiteral("WHERE deleted = 0"),
                       orderBy));
    while (query.next())
        records << recordFrom(kind, query);
    return records;
}

// The rule every replica applies to every write it merges (DESIGN.md section 5, rule 4),
// applied here first: a liaison cannot make a write that the coordinator would refuse.
Status RecordStore::checkWriteAllowed(
    const KindSpec &kind, const QString &owner, const QVariantMap &changes) const
{
    if (!m_identity.isSet()) {
        if (!m_identity.unreadable.isEmpty())
            return Replica::roleUnreadable(m_identity);
        return Error::rejected(tr("This database has no role yet. Choose one first: coordinator, "
                                  "or liaison of a city."));
    }
    const Principal writer {m_identity.role, m_identity.cityId};
    // Every write also writes "deleted", which the owner alone decides.
    Refusal why = Authority::check(kind, owner, QStringLiteral("deleted"), 0, writer);
    for (auto it = changes.begin(); it != changes.end() && why == Refusal::None; ++it)
        why = Authority::check(kind, owner, it.key(), QJsonValue::fromVariant(it.value()), writer);
    switch (why) {
    case Refusal::None:
        return {};
    case Refusal::GivesAway:
        return Error::rejected(
            tr("As the liaison of %1 you cannot hand this record over to another city.")
                .arg(m_identity.cityName));
    case Refusal::ReviewOnly:
        return Error::rejected(tr("Only the coordinator reviews practice sheets."));
    default:
        return Error::rejected(tr("As the liaison of %1 you can change only the records of %1.")
                                   .arg(m_identity.cityName));
    }
}

QString RecordStore::ownerFor(
    const KindSpec &kind, const QString &id, const QVariantMap &values) const
{
    if (kind.ownerField == QLatin1String("id"))
        return id;
    if (!kind.ownerField.isEmpty()) {
        const QString city = values.value(kind.ownerField).toString();
        if (!city.isEmpty())
            return city;
    }
    return m_identity.owner();
}

Result<QString> RecordStore::deriveId(const KindSpec &kind, const QVariantMap &values) const
{
    if (kind.idRule == KindSpec::IdRule::Random)
        return uuid::create();
    QStringList parts;
    for (const QString &field : kind.idFields)
        parts << values.value(field).toString();
    return nameBasedId(kind, parts);
}

Status RecordStore::write(const KindSpec &kind, const QString &id, const QVariantMap &changes,
    const std::optional<Record> &existing, bool deleted)
{
    Result<qint64> counter = Replica::nextCounter(m_db);
    if (!counter)
        return counter.error();
    const QString now = m_db.clock().nowIso();
    // A dot names one write: who, which of their writes, when (DESIGN.md section 5).
    const QJsonArray dot = {m_identity.replicaId, counter.value(), now};

    QJsonObject versionVector = existing
        ? parseObject(existing->values.value(QStringLiteral("vv")).toString())
        : QJsonObject();
    versionVector.insert(m_identity.replicaId, counter.value());
    QJsonObject dots = existing
        ? parseObject(existing->values.value(QStringLiteral("dots")).toString())
        : QJsonObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        // An attachment's bytes are named by their hash and never change: no history.
        if (const FieldSpec *field = kind.field(it.key()); field && field->type != FieldType::Blob)
            dots.insert(it.key(), dot);
    }
    // Every write also says whether the record should exist, so that an edit concurrent
    // with a delete meets it in one register and shows up as a conflict.
    dots.insert(QStringLiteral("deleted"), dot);

    QVariantMap merged = existing ? existing->values : QVariantMap();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        merged.insert(it.key(), it.value());

    RowMeta meta;
    meta.id = id;
    // The owner is fixed when the record is created; no edit moves it.
    meta.owner = existing ? existing->owner : ownerFor(kind, id, merged);
    meta.updatedAt = now;
    meta.createdAt = existing ? existing->createdAt : meta.updatedAt;
    meta.deleted = deleted;
    meta.versionVector = compact(versionVector);
    meta.dots = compact(dots);
    Status written = existing ? RowWriter::update(m_db, kind, meta, changes)
                              : RowWriter::insert(m_db, kind, meta, changes);
    if (!written)
        return written;
    // This write has seen every value in conflict on the fields it sets: they are settled.
    QStringList settled = changes.keys();
    settled << QStringLiteral("deleted");
    if (Status status = Conflicts::settle(m_db, id, settled); !status)
        return status;
    // updated_at is the time of the latest surviving write, as the merge computes it, so
    // that replicas agree on it whatever their clocks said.
    const std::optional<RecordState> state = StateStore::load(m_db, kind, id);
    if (state && state->updatedAt() != meta.updatedAt) {
        QSqlQuery query(m_db.sql());
        query.prepare(QStringLiteral("UPDATE %1 SET updated_at = ? WHERE id = ?").arg(kind.table));
        query.addBindValue(state->updatedAt());
        query.addBindValue(id);
        if (!query.exec())
            return Database::sqlError(Database::tr("saving changes"), query.lastError().text());
    }
    return {};
}

QString RecordStore::displayText(const FieldSpec &field, const QVariant &stored) const
{
    if (stored.isNull() || !stored.isValid())
        return {};
    const QLocale locale;
    switch (field.type) {
    case FieldType::Choice:
        return Kinds::choiceLabel(stored.toString());
    case FieldType::Boolean:
        return stored.toInt() ? tr("Yes") : tr("No");
    case FieldType::Integer:
        return locale.toString(stored.toLongLong());
    case FieldType::Real:
        return locale.toString(stored.toDouble(), 'f', 4);
    case FieldType::Date:
        return LocalFormat::date(QDate::fromString(stored.toString(), Qt::ISODate), locale);
    case FieldType::LanguageList:
        return FieldCodec::listItems(stored).join(QStringLiteral(", ")).toUpper();
    case FieldType::CityRef:
    case FieldType::Ref: {
        const KindSpec &target = Kinds::get(
            field.type == FieldType::CityRef ? QStringLiteral("cities") : field.refKind);
        const std::optional<Record> record = get(target, stored.toString());
        return record ? record->value(target.titleField).toString() : stored.toString();
    }
    case FieldType::RefList: {
        const KindSpec &target = Kinds::get(field.refKind);
        QStringList titles;
        for (const QString &id : FieldCodec::listItems(stored)) {
            const std::optional<Record> record = get(target, id);
            titles << (record ? record->value(target.titleField).toString() : id);
        }
        return titles.join(QStringLiteral(", "));
    }
    case FieldType::ThemeRef:
    case FieldType::ThemeList: {
        const QStringList slugs = field.type == FieldType::ThemeRef
            ? QStringList {stored.toString()}
            : FieldCodec::listItems(stored);
        QStringList labels;
        for (const QString &slug : slugs)
            labels << themeLabel(slug);
        return labels.join(QStringLiteral(", "));
    }
    case FieldType::Blob:
        return {};
    default:
        return stored.toString();
    }
}

} // namespace pactesur
