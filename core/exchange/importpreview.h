// SPDX-License-Identifier: EUPL-1.2
// Sorts what an import would do into the groups a person reviews before applying it:
// new, updated, in conflict, refused. The counts stay those of Importer's dry run; this
// only says which record belongs where and which fields it touches.
#pragma once

#include "exchange/importer.h"

namespace pactesur {

struct PreviewRecord
{
    enum class Group { New, Updated, Conflict, Rejected };
    Group group = Group::New;
    QString kind; // CLI kind name
    QString id;
    QString title;
    QStringList fields; // changed fields; for a conflict, the fields in conflict
    QString reason; // why a record was refused
};

class ImportPreview
{
public:
    // `report` is a dry run. A record with a new conflict appears under Conflict and also
    // under New or Updated, as the counts count it.
    static QList<PreviewRecord> group(const ImportReport &report);
};

} // namespace pactesur
