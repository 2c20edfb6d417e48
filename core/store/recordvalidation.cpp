// SPDX-License-Identifier: EUPL-1.2
// The checks of the write path: input fields against the kind, references against the
// database, and the rules that span fields (dates in order, women <= participants).
#include "recordstore.h"

#include "model/fieldcodec.h"
#include "store/database.h"
#include "store/rowwriter.h"
#include "util/uuid.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pactesur {

Result<QVariantMap> RecordStore::parseInput(
    const KindSpec &kind, const TextValues &input, const std::optional<Record> &existing) const
{
    QVariantMap values;
    for (auto it = input.begin(); it != input.end(); ++it) {
        const FieldSpec *field = kind.field(it.key());
        if (!field || field->computed || field->type == FieldType::Blob) {
            QStringList accepted;
            for (const FieldSpec &candidate : kind.fields) {
                if (!candidate.computed && candidate.type != FieldType::Blob)
                    accepted << candidate.name;
            }
            return Error::rejected(
                tr("“%1” is not a field of %2; the fields are: %3.")
                    .arg(it.key(), kind.name, accepted.join(QStringLiteral(", "))));
        }
        Result<QVariant> parsed = FieldCodec::parse(*field, it.value());
        if (!parsed)
            return parsed.error();
        QVariant value = parsed.value();

        if (!value.isNull()) {
            switch (field->type) {
            case FieldType::CityRef:
            case FieldType::Ref: {
                const KindSpec &target = Kinds::get(
                    field->type == FieldType::CityRef ? QStringLiteral("cities") : field->refKind);
                Result<QString> id = resolveId(target, value.toString());
                if (!id)
                    return id.error();
                value = id.value();
                break;
            }
            case FieldType::RefList: {
                QStringList ids;
                for (const QString &item : value.toStringList()) {
                    Result<QString> id = resolveId(Kinds::get(field->refKind), item);
                    if (!id)
                        return id.error();
                    ids << id.value();
                }
                value = FieldCodec::listToStored(ids);
                break;
            }
            case FieldType::ThemeRef:
            case FieldType::ThemeList: {
                const QStringList slugs = field->type == FieldType::ThemeRef
                    ? QStringList {value.toString()}
                    : value.toStringList();
                for (const QString &slug : slugs) {
                    QSqlQuery query(m_db.sql());
                    query.prepare(
                        QStringLiteral("SELECT 1 FROM theme WHERE slug = ? AND deleted = 0"));
                    query.addBindValue(slug);
                    if (!query.exec() || !query.next())
                        return Error::rejected(tr("Unknown theme “%1”.").arg(slug));
                }
                if (field->type == FieldType::ThemeList)
                    value = FieldCodec::listToStored(slugs);
                break;
            }
            case FieldType::LanguageList:
                value = FieldCodec::listToStored(value.toStringList());
                break;
            default:
                break;
            }
        }
        if (field->immutable && existing && existing->values.value(field->name) != value) {
            return Error::rejected(tr("%1 cannot be changed once the record exists; create a new "
                                      "record instead.")
                                       .arg(field->name));
        }
        values.insert(field->name, value);
    }
    return values;
}

Status RecordStore::checkRecord(const KindSpec &kind, const QVariantMap &values) const
{
    for (const FieldSpec &field : kind.fields) {
        if (field.required && values.value(field.name).isNull())
            return Error::rejected(
                tr("“%1” is required (%2).").arg(field.translatedLabel(), field.name));
    }
    auto text = [&](const char *name) { return values.value(QLatin1String(name)).toString(); };
    auto number = [&](const char *name) { return values.value(QLatin1String(name)); };

    if (kind.table == QLatin1String("activity") || kind.table == QLatin1String("project")) {
        if (!text("end").isEmpty() && text("end") < text("start"))
            return Error::rejected(
                tr("The end date %1 is before the start date %2.").arg(text("end"), text("start")));
    }
    if (kind.table == QLatin1String("sheet")) {
        if (!text("period_end").isEmpty() && text("period_end") < text("period_start")) {
            return Error::rejected(tr("The end date %1 is before the start date %2.")
                                       .arg(text("period_end"), text("period_start")));
        }
    }
    if (kind.table == QLatin1String("participation")) {
        const qint64 participants = number("participants").toLongLong();
        if (!number("women").isNull() && number("women").toLongLong() > participants) {
            return Error::rejected(tr("There cannot be more women (%1) than participants (%2).")
                                       .arg(number("women").toLongLong())
                                       .arg(participants));
        }
        if (!number("officers").isNull() && number("officers").toLongLong() > participants) {
            return Error::rejected(tr("There cannot be more officers (%1) than participants (%2).")
                                       .arg(number("officers").toLongLong())
                                       .arg(participants));
        }
    }
    return {};
}

Result<QString> RecordStore::resolveId(const KindSpec &kind, const QString &idOrPrefix) const
{
    const QString text = idOrPrefix.trimmed().toLower();
    auto notFound = [&] {
        return Error::rejected(
            tr("No %1 matches “%2”.").arg(kind.translatedLabel().toLower(), idOrPrefix));
    };
    QSqlQuery query(m_db.sql());
    const QString live = kind.replicated ? QStringLiteral(" AND deleted = 0") : QString();
    if (uuid::isValid(text)) {
        query.prepare(QStringLiteral("SELECT id FROM %1 WHERE id = ?%2").arg(kind.table, live));
        query.addBindValue(text);
    } else if (kind.idRule == KindSpec::IdRule::FromSlug
        && !QRegularExpression(QStringLiteral("^[0-9a-f-]{4,}$")).match(text).hasMatch()) {
        query.prepare(QStringLiteral("SELECT id FROM %1 WHERE slug = ?%2").arg(kind.table, live));
        query.addBindValue(text);
    } else if (QRegularExpression(QStringLiteral("^[0-9a-f-]{4,35}$")).match(text).hasMatch()) {
        query.prepare(QStringLiteral("SELECT id FROM %1 WHERE id >= ? AND id < ?%2 LIMIT 2")
                          .arg(kind.table, live));
        query.addBindValue(text);
        query.addBindValue(text + QStringLiteral("\xff"));
    } else {
        return notFound();
    }
    if (!query.exec() || !query.next()) {
        // A read that failed is said as such, never as "no such record".
        if (query.lastError().isValid())
            return Database::sqlError(tr("reading a record"), query.lastError().text());
        // A slug-like prefix ("bol") may still name a city by its slug.
        if (kind.idRule == KindSpec::IdRule::FromSlug && !uuid::isValid(text)) {
            QSqlQuery bySlug(m_db.sql());
            bySlug.prepare(
                QStringLiteral("SELECT id FROM %1 WHERE slug = ?%2").arg(kind.table, live));
            bySlug.addBindValue(text);
            if (bySlug.exec() && bySlug.next())
                return bySlug.value(0).toString();
        }
        return notFound();
    }
    const QString id = query.value(0).toString();
    if (query.next()) {
        return Error::rejected(tr("“%1” matches more than one %2; give more of the id.")
                                   .arg(idOrPrefix, kind.translatedLabel().toLower()));
    }
    return id;
}

} // namespace pactesur
