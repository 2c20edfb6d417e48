// SPDX-License-Identifier: EUPL-1.2
// The principal of every replica this database has heard of (DESIGN.md section 5, rule 4):
// which replica writes for the coordinator and which for the liaison of a city. A binding
// is set once, when a replica is set up, and travels with every package; a package that
// contradicts a known binding is refused whole, so every replica judges a write by the
// same principal.
#pragma once

#include "exchange/authority.h"
#include "util/result.h"

#include <QCoreApplication>

namespace pactesur {

class Database;

class Writers
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Writers)
public:
    // Every known binding: this replica's own, the founding data's (the coordinator's), and
    // those learnt from packages.
    static Principals load(const Database &db);
    // Records the bindings not known yet; call inside the import's transaction.
    static Status remember(const Database &db, const Principals &bindings);
    // The bindings of `known` and `claimed` together, or a rejection naming the first
    // replica that `claimed` binds to another principal than `known` does.
    static Result<Principals> combined(const Principals &known, const Principals &claimed);
    // Bounds of a package's list (DESIGN.md section 7).
    static constexpr int kMaxBindings = 10000;
};

} // namespace pactesur
