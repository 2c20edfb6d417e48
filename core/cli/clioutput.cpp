// SPDX-License-Identifier: EUPL-1.2
#include "clioutput.h"

#include "model/fieldcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pactesur {

QJsonObject CliOutput::toJson(const KindSpec &kind, const Record &record)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), record.id);
    for (const FieldSpec &field : kind.fields) {
        if (field.type != FieldType::Blob)
            object.insert(field.name, FieldCodec::toJson(field, record.value(field.name)));
    }
    if (kind.name == QLatin1String("conflicts")) {
        // Each competing value with who wrote it and when; value_id is what resolve --keep takes.
        QJsonArray values;
        const QJsonArray candidates = QJsonDocument::fromJson(
            record.value(QStringLiteral("candidates")).toString().toUtf8())
                                          .array();
        for (const QJsonValue &candidate : candidates) {
            const QJsonArray tuple = candidate.toArray();
            values.append(QJsonObject {{QStringLiteral("value_id"),
                                           tuple.at(0).toString() + QLatin1Char(':')
                                               + QString::number(qint64(tuple.at(1).toDouble()))},
                {QStringLiteral("value"), tuple.at(3)}, {QStringLiteral("replica"), tuple.at(0)},
                {QStringLiteral("at"), tuple.at(2)}});
        }
        object.remove(QStringLiteral("candidates"));
        object.insert(QStringLiteral("values"), values);
    }
    if (kind.replicated) {
        object.insert(QStringLiteral("owner"), record.owner);
        object.insert(QStringLiteral("created_at"), record.createdAt);
        object.insert(QStringLiteral("updated_at"), record.updatedAt);
        if (record.deleted)
            object.insert(QStringLiteral("deleted"), true);
    }
    return object;
}

QString CliOutput::listLine(const RecordStore &store, const KindSpec &kind, const Record &record)
{
    QStringList columns = {record.id};
    for (const QString &name : kind.listColumns)
        columns << store.displayText(*kind.field(name), record.value(name));
    return columns.join(QLatin1Char('\t'));
}

QString CliOutput::details(const RecordStore &store, const KindSpec &kind, const Record &record)
{
    QStringList lines = {QStringLiteral("id: ") + record.id};
    for (const FieldSpec &field : kind.fields) {
        if (field.type != FieldType::Blob)
            lines << field.name + QStringLiteral(": ")
                    + store.displayText(field, record.value(field.name));
    }
    if (kind.replicated) {
        lines << QStringLiteral("owner: ") + record.owner;
        lines << QStringLiteral("updated_at: ") + record.updatedAt;
    }
    return lines.join(QLatin1Char('\n'));
}

void CliOutput::printJson(const QJsonValue &value)
{
    QJsonDocument document;
    if (value.isArray())
        document.setArray(value.toArray());
    else
        document.setObject(value.toObject());
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

QTextStream &CliOutput::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &CliOutput::err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace pactesur
