// SPDX-License-Identifier: EUPL-1.2
// Rows of the growth table for the exchange: the full export against an sqlite3 backup,
// the import into an empty database against a plain INSERT ... SELECT of the same rows,
// and the import's peak memory in a process of its own (DESIGN.md section 9).
#pragma once

#include "growthtable.h"
#include "scaledatabase.h"

namespace pactesur::bench {

void addExchangeRows(GrowthTable &table);
// `database` is the bench's own copy: the export enrols a receiver in it. Every file this
// makes goes in `scratchFolder` and is removed as soon as it is measured (network4's are
// gigabytes).
void measureExchange(GrowthTable &table, Scale scale, const Programs &programs,
    const QString &database, const QString &scratchFolder, int runs);

} // namespace pactesur::bench
