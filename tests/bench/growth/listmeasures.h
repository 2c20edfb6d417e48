// SPDX-License-Identifier: EUPL-1.2
// Rows of the growth table measured in this process on the Activities list and the
// dashboard, the way the app reads them (RecordTableModel, DashboardStats).
#pragma once

#include "growthtable.h"
#include "scaledatabase.h"

namespace pactesur::bench {

void addListRows(GrowthTable &table, int runs);
// The text filter (and its plain-SQL peer in the sqlite3 shell), the sorts and the first
// page, each `runs` times.
void measureLists(
    GrowthTable &table, Scale scale, const Programs &programs, const QString &database, int runs);
// The dashboard's numbers on a fresh read-only connection, as DashboardLoader reads them.
void measureDashboard(GrowthTable &table, Scale scale, const QString &database, int runs);

} // namespace pactesur::bench
