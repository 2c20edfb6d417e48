// SPDX-License-Identifier: EUPL-1.2
// Turns a value as a person types it into its stored form (and back into JSON), checking
// its syntax and range. References are resolved against the database by RecordStore.
#pragma once

#include "model/kinds.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QVariant>

namespace pactesur {

class FieldCodec
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::FieldCodec)
public:
    static constexpr int kMaxLineLength = 300;
    static constexpr int kMaxTextLength = 100000;

    // Empty text gives a null value (the field is cleared). List fields give a QStringList
    // of items still to be resolved; everything else its stored value.
    static Result<QVariant> parse(const FieldSpec &field, const QString &text);
    // Checks a value in stored form as it arrives in a package (hostile): type, length,
    // syntax. References must be ids. Returns an empty string when fine, else the reason.
    static QString checkStored(const FieldSpec &field, const QJsonValue &value);
    // The same for a column as SQLite gives it: null, a whole or real number, or text.
    static QString checkStored(const FieldSpec &field, const QVariant &column);
    static QJsonValue toJson(const FieldSpec &field, const QVariant &stored);
    // Stored JSON array text -> items; tolerant of null.
    static QStringList listItems(const QVariant &stored);
    static QString listToStored(const QStringList &items);

private:
    static QString checkStoredText(const FieldSpec &field, const QString &text);
};

} // namespace pactesur
