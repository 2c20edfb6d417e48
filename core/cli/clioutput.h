// SPDX-License-Identifier: EUPL-1.2
// What the CLI prints: records as JSON objects (fields at the top level) or as text.
#pragma once

#include "store/recordstore.h"

#include <QJsonObject>
#include <QTextStream>

namespace pactesur {

class CliOutput
{
public:
    static QJsonObject toJson(const KindSpec &kind, const Record &record);
    // One line per record: id, then the kind's list columns, tab-separated.
    static QString listLine(const RecordStore &store, const KindSpec &kind, const Record &record);
    // "field: value" lines, every field.
    static QString details(const RecordStore &store, const KindSpec &kind, const Record &record);
    static void printJson(const QJsonValue &value);
    static QTextStream &out();
    static QTextStream &err();
};

} // namespace pactesur
