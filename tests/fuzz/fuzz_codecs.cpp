// SPDX-License-Identifier: EUPL-1.2
// The readers of stored values, as a package brings them.
// compactjson, differential against QJsonDocument (what its header promises):
//   - whenever readVector/readDots accept a text, QJsonDocument accepts it as an object with
//     exactly the same entries (keys, counters, replicas, times);
//   - whenever QJsonDocument reads an object of the documented shape and the text is its
//     compact form (keys in QJsonObject's order, numbers as plain digits), they accept it.
// FieldCodec: what parse() accepts, checkStored() accepts as stored (a value typed here
// travels); checkStored() says the same of a value as JSON and as an SQLite column.
// The first byte picks the reader, the second the field; the rest is the text (UTF-8).
#include "fuzzsupport.h"

#include "exchange/compactjson.h"
#include "model/fieldcodec.h"
#include "model/kinds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using namespace pactesur;

namespace {

constexpr qint64 kMaxCounter = 9'000'000'000'000'000;

bool allOf(const QString &text, bool (*allowed)(char16_t))
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!allowed(c.unicode()))
            return false;
    }
    return true;
}

bool isReplicaCharacter(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || c == u'-';
}

bool isFieldCharacter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
}

bool isTimeCharacter(char16_t c)
{
    return (c >= u'0' && c <= u'9') || c == u'-' || c == u':' || c == u'T' || c == u'Z';
}

// The counter a JSON value holds when it is one compactjson can read, else -1.
qint64 counterOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    if (!(number >= 1 && number <= double(kMaxCounter)) || number != double(qint64(number)))
        return -1;
    return qint64(number);
}

std::optional<QJsonObject> fullParse(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

void checkVector(const QString &text)
{
    compactjson::Vector entries;
    const bool compactAccepts = compactjson::readVector(text, &entries);
    const std::optional<QJsonObject> object = fullParse(text);
    if (compactAccepts) {
        FUZZ_CHECK(object, QStringLiteral("only compactjson accepts ") + text);
        FUZZ_CHECK(object->size() == entries.size(), text);
        for (const compactjson::VectorEntry &entry : entries) {
            const QJsonValue value = object->value(entry.replica.toString());
            FUZZ_CHECK(counterOf(value) == entry.counter, text);
        }
        return;
    }
    if (!object)
        return;
    // The canonical text of the object, when it has the documented shape.
    QStringList parts;
    for (auto it = object->begin(); it != object->end(); ++it) {
        const qint64 counter = counterOf(it.value());
        if (!allOf(it.key(), isReplicaCharacter) || counter < 0)
            return;
        parts << QStringLiteral("\"%1\":%2").arg(it.key()).arg(counter);
    }
    const QString canonical = QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    FUZZ_CHECK(canonical != text, QStringLiteral("compactjson refuses its own form ") + text);
}

void checkDots(const QString &text)
{
    compactjson::Dots entries;
    const bool compactAccepts = compactjson::readDots(text, &entries);
    const std::optional<QJsonObject> object = fullParse(text);
    if (compactAccepts) {
        FUZZ_CHECK(object, QStringLiteral("only compactjson accepts ") + text);
        FUZZ_CHECK(object->size() == entries.size(), text);
        for (const compactjson::DotEntry &entry : entries) {
            const QJsonArray dot = object->value(entry.field.toString()).toArray();
            FUZZ_CHECK(dot.size() == 3, text);
            FUZZ_CHECK(dot.at(0).isString() && dot.at(0).toString() == entry.replica, text);
            FUZZ_CHECK(counterOf(dot.at(1)) == entry.counter, text);
            FUZZ_CHECK(dot.at(2).isString() && dot.at(2).toString() == entry.at, text);
        }
        return;
    }
    if (!object)
        return;
    QStringList parts;
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (!it.value().isArray())
            return;
        const QJsonArray dot = it.value().toArray();
        if (dot.size() != 3)
            return;
        const QString replica = dot.at(0).toString();
        const qint64 counter = counterOf(dot.at(1));
        const QString at = dot.at(2).toString();
        if (!allOf(it.key(), isFieldCharacter) || !dot.at(0).isString()
            || !allOf(replica, isReplicaCharacter) || counter < 0 || !dot.at(2).isString()
            || !allOf(at, isTimeCharacter))
            return;
        parts << QStringLiteral("\"%1\":[\"%2\",%3,\"%4\"]").arg(it.key(), replica).arg(counter).arg(at);
    }
    const QString canonical = QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    FUZZ_CHECK(canonical != text, QStringLiteral("compactjson refuses its own form ") + text);
}

const QList<const FieldSpec *> &allFields()
{
    static const QList<const FieldSpec *> fields = [] {
        QList<const FieldSpec *> all;
        for (const KindSpec &kind : Kinds::all()) {
            for (const FieldSpec &field : kind.fields)
                all << &field;
        }
        return all;
    }();
    return fields;
}

// What SQLite hands back for a stored value: whole numbers as 64-bit integers.
QVariant asColumn(const QVariant &stored)
{
    switch (stored.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return QVariant(stored.toLongLong());
    default:
        return stored;
    }
}

void checkField(const FieldSpec &field, const QString &text)
{
    // The same verdict for a text as JSON and as a column.
    const bool jsonAccepts = FieldCodec::checkStored(field, QJsonValue(text)).isEmpty();
    const bool columnAccepts = FieldCodec::checkStored(field, QVariant(text)).isEmpty();
    FUZZ_CHECK(jsonAccepts == columnAccepts, field.name + QLatin1Char(' ') + text);

    const Result<QVariant> parsed = FieldCodec::parse(field, text);
    if (!parsed || parsed.value().isNull())
        return;
    (void)FieldCodec::toJson(field, parsed.value());
    // Lists and references are stored once resolved against the database, not as typed.
    if (field.isList() || field.type == FieldType::CityRef || field.type == FieldType::Ref)
        return;
    const QVariant column = asColumn(parsed.value());
    FUZZ_CHECK(FieldCodec::checkStored(field, column).isEmpty(),
        field.name + QStringLiteral(": typed ") + text + QStringLiteral(", refused stored ")
            + column.toString() + QStringLiteral(": ") + FieldCodec::checkStored(field, column));
    if (column.typeId() == QMetaType::LongLong || column.typeId() == QMetaType::Double) {
        FUZZ_CHECK(FieldCodec::checkStored(field, QJsonValue(column.toDouble())).isEmpty(),
            field.name + QLatin1Char(' ') + text);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    switch (data[0] % 3) {
    case 0:
        checkVector(text);
        break;
    case 1:
        checkDots(text);
        break;
    default:
        checkField(*allFields().at(data[1] % allFields().size()), text);
        break;
    }
    return 0;
}
