// SPDX-License-Identifier: EUPL-1.2
// Rows of the growth table measured in other processes: the app's start and peak memory
// against a bare Qt window's (DESIGN.md section 9).
#pragma once

#include "growthtable.h"
#include "scaledatabase.h"

namespace pactesur::bench {

// Adds the rows this file fills, in the table's order.
void addStartRows(GrowthTable &table, int runs);
// Starts the app on `database` and the bare window `runs` times each, alternating.
void measureStart(GrowthTable &table, Scale scale, const Programs &programs,
    const QString &database, const QString &scratchFolder, int runs);
// Budgets that depend on the peers measured: 2x the bare window.
void setStartBudgets(GrowthTable &table, Scale scale);

} // namespace pactesur::bench
