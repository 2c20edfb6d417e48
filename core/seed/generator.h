// SPDX-License-Identifier: EUPL-1.2
// `generate`: plausible synthetic records at a given scale, for benchmarks and for trying
// the app on a network-sized partnership (DESIGN.md section 9). Every activity has its
// participation, every sheet a status history the workflow allows and the fields its status
// requires; the distributions are described in README.md ("Generated data").
#pragma once

#include "util/result.h"

#include <QCoreApplication>

#include <optional>

namespace pactesur {

class Database;

// What a scale aims at. Participation, status history and memberships follow from these
// by the distributions of the generator, so their counts are known only after a run.
struct GenerationPlan
{
    int networkCities = 0; // cities in the network afterwards, the seeded ones included
    int activities = 0;
    int sheets = 0; // originals and translations
    int contacts = 0;
    int groups = 0;
    int attachments = 0;
};

struct GeneratedCounts
{
    int cities = 0;
    int groups = 0;
    int memberships = 0;
    int activities = 0;
    int participation = 0;
    int sheets = 0;
    int sheetHistory = 0;
    int attachments = 0;
    int contacts = 0;
    int total() const
    {
        return cities + groups + memberships + activities + participation + sheets + sheetHistory
            + attachments + contacts;
    }
};

class Generator
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Generator)
public:
    // Network4 is four times Network, for measuring growth.
    enum class Scale { Small, Network, Network4 };
    static std::optional<Scale> scaleFromName(const QString &name);
    static GenerationPlan plan(Scale scale);
    // Adds records (never removes any) in one transaction, stamped by this replica; the
    // same seed gives the same content (ids of new records are random, as the write path
    // makes them, except those derived from other ids).
    static Result<GeneratedCounts> generate(Database &db, Scale scale, quint32 seed);
};

} // namespace pactesur
