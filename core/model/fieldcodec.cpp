// SPDX-License-Identifier: EUPL-1.2
#include "fieldcodec.h"

#include "util/uuid.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace pactesur {

namespace {

bool matches(const QString &pattern, const QString &text)
{
    // Compiled once per pattern: imports check hundreds of thousands of values.
    static thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end()) {
        it = compiled.insert(pattern, QRegularExpression(QStringLiteral("^(?:%1)$").arg(pattern)));
        it->optimize();
    }
    return it->match(text).hasMatch();
}

bool hasControlCharacters(const QString &text, bool allowNewlines)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control
            && !(allowNewlines && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))) {
            return true;
        }
    }
    return false;
}

// Text that is its own stored form, as parse() would find, told without copying it: no
// control characters, something visible, and for one line no space at either end. Most
// stored text is such; anything else (a tab in a title, only spaces) goes through parse().
bool isPlainText(QStringView text, bool paragraphs)
{
    const qsizetype limit = paragraphs ? FieldCodec::kMaxTextLength : FieldCodec::kMaxLineLength;
    if (text.isEmpty() || text.size() > limit)
        return false;
    bool visible = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20) {
            if (!paragraphs || (u != u'\n' && u != u'\t'))
                return false;
        } else if (u >= 0x7F && u <= 0xA0) {
            return false; // C1 controls, and spaces that trimmed() removes
        } else if (!visible) {
            visible = u != u' ' && (u < 0x7F || !c.isSpace());
        }
    }
    return visible && (paragraphs || (!text.front().isSpace() && !text.back().isSpace()));
}

// YYYY-MM-DD naming a real day, told without a regular expression; anything else goes
// through parse(), which says what is wrong.
bool isStoredDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return false;
    int parts[3] = {0, 0, 0};
    int part = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        if (i == 4 || i == 7) {
            ++part;
            continue;
        }
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        parts[part] = parts[part] * 10 + (c - u'0');
    }
    return QDate(parts[0], parts[1], parts[2]).isValid();
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !items.contains(trimmed))
            items << trimmed;
    }
    return items;
}

} // namespace

Result<QVariant> FieldCodec::parse(const FieldSpec &field, const QString &rawText)
{
    const QString label = field.name;
    const QString text = field.type == FieldType::LongText ? rawText : rawText.trimmed();
    if (text.trimmed().isEmpty())
        return QVariant();

    auto invalid = [&](const QString &expected) {
        return Error::rejected(
            tr("Invalid value “%1” for %2: %3.").arg(text.left(60), label, expected));
    };

    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText: {
        const bool isLong = field.type == FieldType::LongText;
        const int limit = isLong ? kMaxTextLength : kMaxLineLength;
        if (text.size() > limit)
            return Error::rejected(
                tr("%1 is too long: at most %2 characters.").arg(label).arg(limit));
        if (hasControlCharacters(text, isLong))
            return invalid(tr("control characters are not allowed"));
        return text;
    }
    case FieldType::Integer: {
        bool ok = false;
        const qlonglong value = text.toLongLong(&ok);
        if (!ok || value < 0 || value > 100000000)
            return invalid(tr("expected a whole number, 0 or more"));
        return value;
    }
    case FieldType::Real: {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !qIsFinite(value))
            return invalid(tr("expected a number"));
        if (field.maximum != 0 && (value < field.minimum || value > field.maximum))
            return invalid(
                tr("expected a number from %1 to %2").arg(field.minimum).arg(field.maximum));
        return value;
    }
    case FieldType::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!matches(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"), text) || !date.isValid())
            return invalid(tr("expected a date written YYYY-MM-DD"));
        return text;
    }
    case FieldType::Boolean: {
        const QString lower = text.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes")
            || lower == QLatin1String("1"))
            return 1;
        if (lower == QLatin1String("false") || lower == QLatin1String("no")
            || lower == QLatin1String("0"))
            return 0;
        return invalid(tr("expected true or false"));
    }
    case FieldType::Choice:
        if (!field.choices.contains(text))
            return invalid(tr("expected one of %1").arg(field.choices.join(QStringLiteral(", "))));
        return text;
    case FieldType::Country:
        if (!matches(QStringLiteral("[A-Za-z]{2}"), text))
            return invalid(tr("expected a two-letter country code such as FR"));
        return text.toUpper();
    case FieldType::Language:
        if (!matches(QStringLiteral("[A-Za-z]{2}"), text))
            return invalid(tr("expected a two-letter language code such as fr"));
        return text.toLower();
    case FieldType::LanguageList: {
        QStringList codes;
        for (const QString &item : splitList(text)) {
            if (!matches(QStringLiteral("[A-Za-z]{2}"), item))
                return invalid(tr("expected two-letter language codes separated by commas"));
            codes << item.toLower();
        }
        return codes;
    }
    case FieldType::Url: {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty() || text.size() > 2000) {
            return invalid(tr("expected a web address starting with https://"));
        }
        return text;
    }
    case FieldType::Email:
        if (!matches(QStringLiteral("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), text) || text.size() > 254)
            return invalid(tr("expected an email address"));
        return text;
    case FieldType::Phone:
        if (!matches(QStringLiteral("[+0-9 ()./-]{3,40}"), text))
            return invalid(tr("expected a phone number"));
        return text;
    case FieldType::CityRef:
    case FieldType::Ref:
    case FieldType::ThemeRef:
        if (text.size() > 100 || hasControlCharacters(text, false))
            return invalid(tr("expected an id or a slug"));
        return text;
    case FieldType::RefList:
    case FieldType::ThemeList:
        return splitList(text);
    case FieldType::LabelMap: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return invalid(tr("expected a JSON object such as {\"fr\": \"…\"}"));
        const QJsonObject labels = document.object();
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            if (!matches(QStringLiteral("[a-z]{2}"), it.key()) || !it.value().isString()
                || it.value().toString().size() > kMaxLineLength) {
                return invalid(tr("expected a JSON object such as {\"fr\": \"…\"}"));
            }
        }
        return QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact));
    }
    case FieldType::FieldMap: {
        // Plain text is a note about the whole record, so the CLI can take a sentence.
        if (!text.startsWith(QLatin1Char('{')))
            return QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("general"), text}})
                                         .toJson(QJsonDocument::Compact));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return invalid(tr("expected a JSON object such as {\"summary\": \"…\"}"));
        QJsonObject entries = document.object();
        for (auto it = entries.begin(); it != entries.end();) {
            if (!matches(QStringLiteral("[a-z][a-z_]{0,39}"), it.key()) || !it.value().isString())
                return invalid(tr("expected a JSON object such as {\"summary\": \"…\"}"));
            // An empty note is no note: dropping it keeps one stored form per content.
            it = it.value().toString().isEmpty() ? entries.erase(it) : std::next(it);
        }
        if (entries.isEmpty())
            return QVariant();
        return QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact));
    }
    case FieldType::Slug:
        if (!matches(QStringLiteral("[a-z0-9]+(?:[-_][a-z0-9]+)*"), text) || text.size() > 64)
            return invalid(tr("expected lower-case letters, digits and dashes"));
        return text;
    case FieldType::Sha256:
        if (!matches(QStringLiteral("[0-9a-f]{64}"), text))
            return invalid(tr("expected a SHA-256 digest"));
        return text;
    case FieldType::Blob:
        return invalid(tr("file contents cannot be typed in"));
    }
    return invalid(QString());
}

QString FieldCodec::checkStored(const FieldSpec &field, const QJsonValue &value)
{
    if (value.isNull())
        return {}; // tombstones and erased contacts hold nulls even in required fields
    const bool numeric = field.type == FieldType::Integer || field.type == FieldType::Real
        || field.type == FieldType::Boolean;
    if (numeric != value.isDouble())
        return tr("%1 has the wrong type").arg(field.name);
    if (numeric) {
        const double number = value.toDouble();
        if (field.type == FieldType::Real)
            return qIsFinite(number)
                    && (field.maximum == 0 || (number >= field.minimum && number <= field.maximum))
                ? QString()
                : tr("%1 is out of range").arg(field.name);
        if (number != double(qint64(number)) || number < 0 || number > 100000000
            || (field.type == FieldType::Boolean && number > 1))
            return tr("%1 is out of range").arg(field.name);
        return {};
    }
    return checkStoredText(field, value.toString());
}

QString FieldCodec::checkStored(const FieldSpec &field, const QVariant &column)
{
    if (column.isNull())
        return {};
    if (column.typeId() == QMetaType::LongLong || column.typeId() == QMetaType::Double)
        return checkStored(field, QJsonValue(column.toDouble()));
    if (field.type == FieldType::Integer || field.type == FieldType::Real
        || field.type == FieldType::Boolean)
        return tr("%1 has the wrong type").arg(field.name);
    // Text is checked as it is, without the copy a QJsonValue would make of it.
    return checkStoredText(field, column.toString());
}

QString FieldCodec::checkStoredText(const FieldSpec &field, const QString &text)
{
    if (text.size() > kMaxTextLength)
        return tr("%1 is too long").arg(field.name);
    switch (field.type) {
    case FieldType::CityRef:
    case FieldType::Ref:
        return uuid::isValid(text) ? QString() : tr("%1 is not an id").arg(field.name);
    case FieldType::LanguageList:
    case FieldType::RefList:
    case FieldType::ThemeList: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isArray()
            || document.array().size() > 200)
            return tr("%1 is not a list").arg(field.name);
        for (const QJsonValue &item : document.array()) {
            if (!item.isString() || item.toString().size() > 100)
                return tr("%1 is not a list").arg(field.name);
        }
        return {};
    }
    case FieldType::Text:
    case FieldType::LongText:
        if (isPlainText(text, field.type == FieldType::LongText))
            return {};
        [[fallthrough]];
    case FieldType::Date:
        if (field.type == FieldType::Date && isStoredDate(text))
            return {};
        [[fallthrough]];
    case FieldType::Sha256:
    case FieldType::Choice:
    case FieldType::Country:
    case FieldType::Language:
    case FieldType::Url:
    case FieldType::Email:
    case FieldType::Phone:
    case FieldType::ThemeRef:
    case FieldType::Slug:
    case FieldType::LabelMap:
    case FieldType::FieldMap: {
        // The same rules as typed input; lists and references are checked above.
        if (field.type == FieldType::FieldMap && !text.startsWith(QLatin1Char('{')))
            return tr("%1 is not in its stored form").arg(field.name);
        Result<QVariant> parsed = parse(field, text);
        if (!parsed)
            return parsed.error().message;
        const QVariant stored = parsed.value();
        if (stored.toString() != text && field.type != FieldType::LabelMap
            && field.type != FieldType::FieldMap)
            return tr("%1 is not in its stored form").arg(field.name);
        return {};
    }
    case FieldType::Integer:
    case FieldType::Real:
    case FieldType::Boolean:
    case FieldType::Blob:
        break;
    }
    return tr("%1 has the wrong type").arg(field.name);
}

QJsonValue FieldCodec::toJson(const FieldSpec &field, const QVariant &stored)
{
    if (!stored.isValid() || stored.isNull())
        return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Integer:
        return stored.toLongLong();
    case FieldType::Real:
        return stored.toDouble();
    case FieldType::Boolean:
        return stored.toInt() != 0;
    case FieldType::LanguageList:
    case FieldType::RefList:
    case FieldType::ThemeList:
        return QJsonArray::fromStringList(listItems(stored));
    case FieldType::LabelMap:
    case FieldType::FieldMap:
        return QJsonDocument::fromJson(stored.toString().toUtf8()).object();
    case FieldType::Blob:
        return QJsonValue::Null;
    default:
        return stored.toString();
    }
}

QStringList FieldCodec::listItems(const QVariant &stored)
{
    QStringList items;
    if (stored.isNull())
        return items;
    const QJsonArray array = QJsonDocument::fromJson(stored.toString().toUtf8()).array();
    for (const QJsonValue &value : array)
        items << value.toString();
    return items;
}

QString FieldCodec::listToStored(const QStringList &items)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

} // namespace pactesur
