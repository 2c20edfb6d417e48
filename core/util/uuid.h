// SPDX-License-Identifier: EUPL-1.2
// Record identifiers: random for new records, name-based (UUIDv5) for seed records
// so that every installation gives a seeded city the same id.
#pragma once

#include <QString>

namespace pactesur::uuid {

QString create(); // random (v4), lower case, no braces
QString fromName(const QString &name); // v5 in the Pactesur namespace
bool isValid(QStringView text); // canonical lower-case 36-character form

} // namespace pactesur::uuid
