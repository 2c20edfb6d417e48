// SPDX-License-Identifier: EUPL-1.2
// The exchange scenario the desktop exchange tests share: the coordinator and the liaison
// of Riga both changed Riga's police force before exchanging, and the liaison also logged
// a workshop; the two trust each other's keys (issue 14). Header-only, for the tests of
// tests/ui.
#pragma once

#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "exchange/notices.h"
#include "store/recordstore.h"
#include "store/replica.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pactesur::test {

inline const QString kRigaId = QStringLiteral("8cd1c8a9-a99e-52a6-8b98-47f46e83a8c5");

// A change made here to Riga's notes, refused by the ownership rules (it gave the record
// away), as the refused-changes list shows it.
inline Notice refusedLocalChange(const QString &id)
{
    Notice notice;
    notice.id = id;
    notice.at = QStringLiteral("2025-05-02T15:45:00Z");
    notice.origin = Notice::Origin::Local;
    notice.recordKind = QStringLiteral("cities");
    notice.recordId = kRigaId;
    notice.title = QStringLiteral("Riga");
    notice.field = QStringLiteral("notes");
    notice.why = Refusal::GivesAway;
    return notice;
}

// Edits both databases and returns the liaison's full package, written into `folder`.
inline QString makeRigaPackage(Database &coordinator, const QString &folder)
{
    TestDatabase riga(TestDatabase::Role::Liaison, QStringLiteral("riga"));
    enrol(coordinator, riga.db());
    const KindSpec &cities = Kinds::get(QStringLiteral("cities"));
    RecordStore liaison(riga.db());
    if (!liaison.update(cities, kRigaId, {{"police_force", "Riga Municipal Police (RPP)"}}))
        qFatal("liaison edit refused");
    if (!liaison.create(Kinds::get(QStringLiteral("activities")),
            {{"kind", "workshop"}, {"title", "Night-time economy workshop"},
                {"start", "2025-06-10"}, {"host_city", kRigaId}, {"place", "Riga City Hall"}}))
        qFatal("liaison activity refused");
    if (!RecordStore(coordinator)
             .update(cities, kRigaId, {{"police_force", "Rīgas pašvaldības policija"}}))
        qFatal("coordinator edit refused");
    const QString package = folder + QStringLiteral("/riga-2025-06.pactesur");
    if (!Exporter::exportTo(riga.db(), package, {}))
        qFatal("export failed");
    return package;
}

// The liaison of Riga's package when its database was edited with SQL (as anyone holding the
// file can) to write Vilnius's profile with Riga's stamp: signed and sealed as usual, but the
// forged write is all it brings, and the ownership rule refuses it everywhere.
inline QString makeForgedRigaPackage(Database &coordinator, const QString &folder)
{
    TestDatabase riga(TestDatabase::Role::Liaison, QStringLiteral("riga"));
    enrol(coordinator, riga.db());
    const QString replica = Replica::load(riga.db()).replicaId;
    QSqlQuery sql(riga.db().sql());
    if (!sql.exec(QStringLiteral("UPDATE local_replica SET counter = 9000"))
        || !sql.exec(QStringLiteral("UPDATE city SET notes = 'Taken over', dots = json_set(dots, "
                                    "'$.notes', json_array('%1', 9000, '2025-03-01T10:00:00Z')), "
                                    "vv = json_set(vv, '$.\"%1\"', 9000) WHERE slug = 'vilnius'")
                         .arg(replica))
        || sql.numRowsAffected() != 1)
        qFatal("forging the write failed: %s", qPrintable(sql.lastError().text()));
    const QString package = folder + QStringLiteral("/riga-forged.pactesur");
    // A full package: the coordinator holds everything else in it already.
    if (!Exporter::exportTo(riga.db(), package, {}))
        qFatal("export failed");
    return package;
}

// A working month at the liaison of Riga, as a delta for the coordinator, who meanwhile
// edited two of the same fields of Riga: three activities with Riga's participation, a
// contact, and Riga's profile updated. The coordinator's database is left open.
inline QString makeRigaMonth(Database &coordinator, const QString &folder)
{
    TestDatabase riga(TestDatabase::Role::Liaison, QStringLiteral("riga"));
    enrol(coordinator, riga.db());
    const QString fromHq = folder + QStringLiteral("/coordinator-full.pactesur");
    if (!Exporter::exportTo(coordinator, fromHq, {}) || !Importer::run(riga.db(), fromHq, {}))
        qFatal("the first exchange failed");
    const KindSpec &cities = Kinds::get(QStringLiteral("cities"));
    RecordStore liaison(riga.db());
    auto must = [](bool ok) {
        if (!ok)
            qFatal("a liaison edit was refused");
    };
    must(liaison
             .update(cities, kRigaId,
                 {{"police_force", "Riga Municipal Police (RPP)"},
                     {"notes",
                         "Night-time economy pilot in the Old Town since March; two "
                         "mediators per shift on Fridays and Saturdays."},
                     {"represented_by", "Deputy Chief Inspector A. Ozola"}})
             .ok());
    const struct
    {
        const char *kind, *title, *start, *place;
    } activities[] = {{"workshop", "Night-time economy workshop", "2025-06-10", "Riga City Hall"},
        {"police_staff_exchange", "Exchange of patrol officers with Vilnius", "2025-07-01",
            "Vilnius"},
        {"study_visit", "Study visit: mediation in public transport", "2025-09-15", "Riga"}};
    for (const auto &activity : activities) {
        Result<QString> id = liaison.create(Kinds::get(QStringLiteral("activities")),
            {{"kind", activity.kind}, {"title", activity.title}, {"start", activity.start},
                {"host_city", kRigaId}, {"place", activity.place}});
        must(id.ok());
        must(liaison
                 .create(Kinds::get(QStringLiteral("participation")),
                     {{"activity", id.value()}, {"city", kRigaId}, {"participants", "12"},
                         {"women", "5"}, {"officers", "9"}})
                 .ok());
    }
    must(liaison
             .create(Kinds::get(QStringLiteral("contacts")),
                 {{"name", "Ilze Kalniņa"}, {"function", "Community policing coordinator"},
                     {"city", kRigaId}, {"email", "ilze.kalnina@example.lv"},
                     {"legal_basis", "public_task"}})
             .ok());
    if (!RecordStore(coordinator)
             .update(cities, kRigaId,
                 {{"police_force", "Rīgas pašvaldības policija"},
                     {"notes", "Pilot on night-time economy (Old Town), started in spring."}}))
        qFatal("coordinator edit refused");
    const QString package = folder + QStringLiteral("/pactesur-riga-2025-06-30.pactesur");
    Exporter::Options forCoordinator;
    forCoordinator.peer = QStringLiteral("coordinator");
    if (!Exporter::exportTo(riga.db(), package, forCoordinator))
        qFatal("export failed");
    return package;
}

} // namespace pactesur::test
