// SPDX-License-Identifier: EUPL-1.2
#include "rowchecks.h"

#include "exchange/compactjson.h"
#include "exchange/packageformat.h"
#include "exchange/packagereader.h"
#include "model/fieldcodec.h"
#include "util/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pactesur::rowchecks {

namespace {

// Two digits at `at` forming a number from `low` to `high`.
bool twoDigits(QStringView text, int at, int low, int high)
{
    const char16_t tens = text[at].unicode();
    const char16_t ones = text[at + 1].unicode();
    if (tens < u'0' || tens > u'9' || ones < u'0' || ones > u'9')
        return false;
    const int value = (tens - u'0') * 10 + (ones - u'0');
    return value >= low && value <= high;
}

bool isDot(const QJsonValue &value, const VersionVector &vector)
{
    const QJsonArray dot = value.toArray();
    if (dot.size() != 3 || !dot.at(0).isString() || !dot.at(1).isDouble() || !dot.at(2).isString())
        return false;
    const double counter = dot.at(1).toDouble();
    return uuid::isValid(dot.at(0).toString()) && counter >= 1 && counter <= 9e15
        && counter == double(qint64(counter)) && isTimestamp(dot.at(2).toString())
        && vector.value(dot.at(0).toString()) >= qint64(counter);
}

QString checkColumn(const FieldSpec &spec, const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return PackageReader::tr("%1 has the wrong type").arg(spec.name);
    return FieldCodec::checkStored(spec, value);
}

QString checkDeleted(const QVariant &value)
{
    return value.typeId() == QMetaType::LongLong
            && (value.toLongLong() == 0 || value.toLongLong() == 1)
        ? QString()
        : PackageReader::tr("deleted is not 0 or 1");
}

} // namespace

bool isTimestamp(QStringView text)
{
    // Checked by hand: every record carries two and every dot one.
    return text.size() == 20 && twoDigits(text, 0, 0, 99) && twoDigits(text, 2, 0, 99)
        && text[4] == u'-' && twoDigits(text, 5, 1, 12) && text[7] == u'-'
        && twoDigits(text, 8, 1, 31) && text[10] == u'T' && twoDigits(text, 11, 0, 23)
        && text[13] == u':' && twoDigits(text, 14, 0, 59) && text[16] == u':'
        && twoDigits(text, 17, 0, 59) && text[19] == u'Z';
}

bool parseVector(const QString &json, VersionVector *vector)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || document.object().size() > 10000)
        return false;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const double counter = it.value().toDouble(-1);
        if (!uuid::isValid(it.key()) || counter < 1 || counter > 9e15
            || counter != double(qint64(counter)))
            return false;
        vector->insert(it.key(), qint64(counter));
    }
    return true;
}

QString checkValue(const KindSpec &kind, const QString &field, const QVariant &value)
{
    if (field == QLatin1String("deleted"))
        return checkDeleted(value);
    const FieldSpec *spec = kind.field(field);
    if (!spec || spec->type == FieldType::Blob)
        return PackageReader::tr("it has an unknown field “%1”").arg(field.left(40));
    return checkColumn(*spec, value);
}

RowChecker::RowChecker(const KindSpec &kind)
    : m_kind(kind)
    , m_columns(package::columns(kind))
{
    Q_ASSERT(m_columns.size() <= qsizetype(Written().size()));
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        m_specs << (i < 7 ? nullptr : kind.field(m_columns.at(i)));
        if (i == 4 || i >= 7)
            m_registerOrder << i;
    }
    std::sort(m_registerOrder.begin(), m_registerOrder.end(),
        [this](qsizetype a, qsizetype b) { return m_columns.at(a) < m_columns.at(b); });
}

qsizetype RowChecker::columnOf(QStringView field) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i) == field)
            return i;
    }
    return -1;
}

QString RowChecker::check(PackageRecord &record) const
{
    Written written;
    QString latest;
    QString historyProblem;
    if (!readHistoryQuickly(record, &written, &latest)) {
        if (QString problem = readHistory(record, &written, &latest, &historyProblem);
            !problem.isEmpty())
            return problem;
    }
    if (QString problem = checkValues(record, written); !problem.isEmpty())
        return problem;
    if (!historyProblem.isEmpty())
        return historyProblem;
    record.writtenFields.clear();
    for (const qsizetype column : m_registerOrder) {
        if (written.test(column))
            record.writtenFields << m_columns.at(column);
    }
    record.latestWrite = latest;
    return {};
}

bool RowChecker::readHistoryQuickly(
    const PackageRecord &record, Written *written, QString *latest) const
{
    const QVariantList &row = record.row;
    if (row.at(5).typeId() != QMetaType::QString || row.at(6).typeId() != QMetaType::QString)
        return false;
    const QString vectorText = row.at(5).toString();
    const QString dotsText = row.at(6).toString();
    compactjson::Vector vector;
    compactjson::Dots dots;
    // Vectors hold one entry per replica that wrote the record: a handful. A long one is
    // left to the full reader, which looks entries up faster than this linear search.
    if (!compactjson::readVector(vectorText, &vector) || vector.isEmpty() || vector.size() > 64
        || !compactjson::readDots(dotsText, &dots))
        return false;
    for (const compactjson::VectorEntry &entry : vector) {
        if (!uuid::isValid(entry.replica))
            return false;
    }
    const QString createdAt = row.at(2).toString();
    QStringView newest = createdAt;
    for (const compactjson::DotEntry &dot : dots) {
        const qsizetype column = columnOf(dot.field);
        if ((column != 4 && column < 7) || !isTimestamp(dot.at))
            return false;
        // The writer must be in the vector, whose replicas were checked above.
        const auto seen = std::find_if(vector.begin(), vector.end(),
            [&](const compactjson::VectorEntry &entry) { return entry.replica == dot.replica; });
        if (seen == vector.end() || seen->counter < dot.counter)
            return false;
        written->set(column);
        newest = std::max(newest, dot.at);
    }
    *latest = newest.toString();
    return true;
}

QString RowChecker::readHistory(
    const PackageRecord &record, Written *written, QString *latest, QString *historyProblem) const
{
    const QVariantList &row = record.row;
    VersionVector vector;
    if (row.at(5).typeId() != QMetaType::QString || !parseVector(row.at(5).toString(), &vector)
        || vector.isEmpty())
        return PackageReader::tr("its version is not valid");
    QJsonParseError error;
    const QJsonDocument dots = QJsonDocument::fromJson(row.at(6).toString().toUtf8(), &error);
    if (row.at(6).typeId() != QMetaType::QString || error.error != QJsonParseError::NoError
        || !dots.isObject())
        return PackageReader::tr("its history cannot be read");
    const QJsonObject dotMap = dots.object();
    for (auto it = dotMap.begin(); it != dotMap.end(); ++it) {
        if (const qsizetype column = columnOf(it.key()); column >= 0)
            written->set(column);
    }
    *latest = row.at(2).toString();
    for (auto it = dotMap.begin(); it != dotMap.end(); ++it) {
        // Told after the values, as a value without history is the likelier fault.
        const FieldSpec *field = m_kind.field(it.key());
        const bool known
            = it.key() == QLatin1String("deleted") || (field && field->type != FieldType::Blob);
        if (!known || !isDot(it.value(), vector)) {
            *historyProblem
                = PackageReader::tr("the history of “%1” is not valid").arg(it.key().left(40));
            return {};
        }
        *latest = std::max(*latest, it.value().toArray().at(2).toString());
    }
    return {};
}

QString RowChecker::checkValues(const PackageRecord &record, const Written &written) const
{
    const QVariantList &row = record.row;
    for (qsizetype i = 4; i < m_columns.size(); ++i) {
        if (i == 5 || i == 6)
            continue;
        // Columns past the bookkeeping ones are the kind's fields: each has its spec.
        const QString problem
            = i == 4 ? checkDeleted(row.at(i)) : checkColumn(*m_specs.at(i), row.at(i));
        if (!problem.isEmpty())
            return problem;
        // A value with no history would be data nobody wrote.
        if (i != 4 && !row.at(i).isNull() && !written.test(i))
            return PackageReader::tr("the history of “%1” is not valid").arg(m_columns.at(i));
    }
    return {};
}

} // namespace pactesur::rowchecks
