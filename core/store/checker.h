// SPDX-License-Identifier: EUPL-1.2
// `check`: the file's integrity, its schema against the one this version creates, and the
// state digest of the replicated content.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pactesur {

class Database;

struct CheckReport
{
    bool ok = false;
    QStringList problems; // translated sentences
    QString stateDigest; // hex SHA-256
};

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Checker)
public:
    static CheckReport check(const Database &db);
    // Same content, same digest, on any replica: replicated tables only, rows by id.
    static QString stateDigest(const Database &db);
};

} // namespace pactesur
