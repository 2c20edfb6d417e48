// SPDX-License-Identifier: EUPL-1.2
// What Pactesur holds about one contact, and to which partners it was sent: the answer to
// a data subject's access request (GDPR art. 15), from the record and the exchange ledger.
#pragma once

#include "util/result.h"

#include <QJsonObject>

namespace pactesur {

class Database;

class PersonalData
{
public:
    static Result<QJsonObject> report(const Database &db, const QString &contactId);
};

} // namespace pactesur
