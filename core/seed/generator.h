// SPDX-License-Identifier: EUPL-1.2
// `generate`: plausible synthetic records at a given scale, for benchmarks and for trying
// the app on a network-sized partnership (DESIGN.md section 9).
#pragma once

#include "util/result.h"

#include <QCoreApplication>

#include <optional>

namespace pactesur {

class Database;

struct GeneratedCounts
{
    int cities = 0;
    int activities = 0;
    int sheets = 0;
    int contacts = 0;
    int total() const { return cities + activities + sheets + contacts; }
};

class Generator
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Generator)
public:
    enum class Scale { Small, Network };
    static std::optional<Scale> scaleFromName(const QString &name);
    // Adds records (never removes any) in one transaction, stamped by this replica; the
    // same seed gives the same content.
    static Result<GeneratedCounts> generate(Database &db, Scale scale, quint32 seed);
};

} // namespace pactesur
