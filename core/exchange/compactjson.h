// SPDX-License-Identifier: EUPL-1.2
// Reads the two small JSON texts every exchanged row holds, in the one form Pactesur writes
// them (compact, keys and values in ASCII), without building JSON values:
//   version vector  {"<replica>":<counter>,...}
//   dots            {"<field>":["<replica>",<counter>,"<time>"],...}
// An import reads them for every record, and QJsonDocument made that most of its cost.
// These readers only ever accept: any other text, even valid JSON with a space or an
// escape, makes them return false and the caller falls back to the full JSON parser,
// which decides. So they change how fast a package is read, never what is accepted.
#pragma once

#include <QStringView>
#include <QVarLengthArray>

namespace pactesur::compactjson {

struct VectorEntry
{
    QStringView replica;
    qint64 counter = 0;
};

struct DotEntry
{
    QStringView field;
    QStringView replica;
    qint64 counter = 0;
    QStringView at;
};

using Vector = QVarLengthArray<VectorEntry, 8>;
using Dots = QVarLengthArray<DotEntry, 32>;

// Counters are whole numbers from 1 to 9e15 written with digits only; replicas are
// lower-case canonical UUIDs, fields lower-case names and times the 20 characters of
// a UTC timestamp. Their meaning (a valid UUID, a valid date) is for the caller to check.
bool readVector(QStringView text, Vector *entries);
bool readDots(QStringView text, Dots *entries);

} // namespace pactesur::compactjson
