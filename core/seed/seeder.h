// SPDX-License-Identifier: EUPL-1.2
// Loads the founding data (resources/seed/*.json) into a new database. Seed records carry
// name-derived ids and fixed merge metadata, so every installation holds the same ones.
#pragma once

#include "util/result.h"

#include <QCoreApplication>

namespace pactesur {

class Database;

class Seeder
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Seeder)
public:
    // Inserts the seed records that are missing; records already there are left as they
    // are (a city edited since keeps its edits). Returns how many records were added.
    static Result<int> seed(Database &db);
    static QString seedReplicaId();
};

} // namespace pactesur
