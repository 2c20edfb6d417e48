// SPDX-License-Identifier: EUPL-1.2
// What a package would hold before it is written: the records of each kind, full or for
// one peer, so a person sees what goes out before choosing where to save it.
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QMap>

#include <atomic>

namespace pactesur {

class Database;

class ExportPlan
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::ExportPlan)
public:
    // Records per CLI kind (kinds without any left out). `peer` as Exporter::Options takes
    // it: empty for a full package. Counts the same rows Exporter::exportTo copies.
    static Result<QMap<QString, int>> count(
        const Database &db, const QString &peer, const std::atomic_bool *cancel = nullptr);
};

} // namespace pactesur
