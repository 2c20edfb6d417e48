// SPDX-License-Identifier: EUPL-1.2
// Erasing a contact leaves none of its personal data in the database file (table, index,
// free pages), in the backups beside it or in any package written since, and the erasure
// travels: a partner that imports it erases too. The fields checked are the ones the
// catalogue marks personal, so a new personal field is covered without editing this test;
// and a contact field is personal unless it is named below as kept on purpose, so a new
// field left unmarked fails here instead of surviving an erasure.
#include "exchangeharness.h"
#include "exchange/backups.h"
#include "store/personaldata.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace pactesur;
using test::TestReplica;

namespace {

// What an erased contact keeps: its place in the network (city, organisation) for
// ownership, and the record of the processing itself (legal basis, review date).
const QStringList kKeptAfterErasure = {QStringLiteral("organisation"), QStringLiteral("city"),
    QStringLiteral("legal_basis"), QStringLiteral("review_by")};

const KindSpec &contacts()
{
    return Kinds::get(QStringLiteral("contacts"));
}

QList<FieldSpec> personalFields()
{
    QList<FieldSpec> fields;
    for (const FieldSpec &field : contacts().fields) {
        if (field.personal)
            fields << field;
    }
    return fields;
}

// A value for `field` that occurs nowhere else, as typed, and the byte strings that would
// betray it in a file: the value, and the lower-case words the full-text index keeps.
// Empty for a type whose values are drawn from a short list (languages): those are
// checked through SQL only.
struct PersonalValue
{
    QString typed;
    QList<QByteArray> traces;
};

std::optional<PersonalValue> distinctiveValue(const FieldSpec &field)
{
    const QString tag = QStringLiteral("zq") + QString(field.name).remove(QLatin1Char('_'));
    switch (field.type) {
    case FieldType::Text:
    case FieldType::LongText:
        return PersonalValue {QStringLiteral("%1 Zebrauskaite").arg(tag),
            {tag.toUtf8(), "Zebrauskaite", "zebrauskaite"}};
    case FieldType::Email:
        return PersonalValue {QStringLiteral("%1@vilnius.example").arg(tag), {tag.toUtf8()}};
    case FieldType::Phone:
        return PersonalValue {QStringLiteral("+370 52719843"), {"52719843"}};
    case FieldType::Url:
        return PersonalValue {QStringLiteral("https://%1.example/").arg(tag), {tag.toUtf8()}};
    case FieldType::LanguageList:
        return PersonalValue {QStringLiteral("lt,pl"), {}};
    default:
        return std::nullopt;
    }
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The traces of the person found in `bytes`.
QStringList tracesIn(const QByteArray &bytes)
{
    QStringList found;
    for (const FieldSpec &field : personalFields()) {
        const PersonalValue value = *distinctiveValue(field);
        for (const QByteArray &trace : value.traces) {
            if (bytes.contains(trace))
                found << QString::fromUtf8(trace);
        }
    }
    return found;
}

// The bytes of the database after a checkpoint folded the write-ahead log back into it.
QByteArray fileBytes(Database &db)
{
    QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return readAll(db.path());
}

// The personal columns of the contact `id` that hold a value in the SQLite file `path`.
QStringList personalColumnsSet(const QString &path, const QString &id)
{
    QStringList set;
    sqlite3 *handle = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(handle);
        return {QStringLiteral("(cannot open %1)").arg(path)};
    }
    for (const FieldSpec &field : personalFields()) {
        const QByteArray sql = QStringLiteral("SELECT %1 IS NOT NULL FROM %2 WHERE id = ?")
                                   .arg(field.name, contacts().table)
                                   .toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
            set << QStringLiteral("(%1: %2)").arg(field.name, QString::fromUtf8(sqlite3_errmsg(handle)));
            continue;
        }
        const QByteArray key = id.toUtf8();
        sqlite3_bind_text(statement, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_int(statement, 0) != 0)
            set << field.name;
        sqlite3_finalize(statement);
    }
    sqlite3_close(handle);
    return set;
}

// Every file in the backup folder of `db` that holds a trace or a personal column.
QStringList backupsHoldingPerson(Database &db, const QString &id)
{
    QStringList holding;
    QDirIterator files(Backups::folder(db), QDir::Files);
    while (files.hasNext()) {
        const QString path = files.next();
        const QStringList traces = tracesIn(readAll(path));
        const QStringList columns = path.endsWith(QLatin1String(".db")) ? personalColumnsSet(path, id)
                                                                        : QStringList();
        if (!traces.isEmpty() || !columns.isEmpty())
            holding << QStringLiteral("%1 [%2]").arg(path, (traces + columns).join(QLatin1Char(',')));
    }
    return holding;
}

} // namespace

class TestErasure : public QObject
{
    Q_OBJECT

private slots:
    void shouldTreatEveryContactFieldAsPersonalUnlessKeptOnPurpose()
    {
        for (const FieldSpec &field : contacts().fields) {
            QVERIFY2(field.personal != kKeptAfterErasure.contains(field.name),
                qPrintable(QStringLiteral("contacts.%1: %2").arg(field.name,
                    field.personal ? QStringLiteral("marked personal but listed as kept")
                                   : QStringLiteral("not marked personal: an erasure would keep it"))));
            if (field.personal)
                QVERIFY2(distinctiveValue(field), qPrintable(field.name + QStringLiteral(": no test value for its type")));
        }
        QVERIFY(personalFields().size() >= 4);
    }

    void shouldLeaveNoPersonalDataHereInBackupsOrAtThePartner()
    {
        QTemporaryDir folder;
        TestReplica vilnius(QStringLiteral("vilnius"), QStringLiteral("vilnius"), folder.path());
        TestReplica coordinator(QStringLiteral("coordinator"), QStringLiteral("coordinator"), folder.path());
        vilnius.enrolWith(coordinator);
        TextValues input {{QStringLiteral("city"), QStringLiteral("vilnius")}};
        for (const FieldSpec &field : personalFields())
            input.insert(field.name, distinctiveValue(field)->typed);
        Result<QString> id = vilnius.store().create(contacts(), input);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QVERIFY(coordinator.importPackage(vilnius.exportPackage(nullptr)).ok());
        QCOMPARE(personalColumnsSet(vilnius.db().path(), id.value()).size(), personalFields().size());
        QCOMPARE(tracesIn(fileBytes(vilnius.db())).size(), tracesIn(fileBytes(coordinator.db())).size());
        QVERIFY(!tracesIn(fileBytes(vilnius.db())).isEmpty());

        // The personal-data report says what is held and where it went.
        const QJsonObject report = PersonalData::report(vilnius.db(), id.value()).value();
        const QJsonObject held = report.value(QStringLiteral("data_held")).toObject();
        for (const FieldSpec &field : personalFields()) {
            if (field.type != FieldType::LanguageList)
                QCOMPARE(held.value(field.name).toString(), distinctiveValue(field)->typed);
        }
        QCOMPARE(report.value(QStringLiteral("sent_in_packages")).toArray().size(), 1);

        // Backups beside both databases hold the person before the erasure.
        for (int n = 0; n < 2; ++n) {
            QVERIFY(Importer::backup(vilnius.db(), Importer::defaultBackupFolder(vilnius.db()), 10).ok());
            vilnius.clock().advance(60);
        }
        QCOMPARE(backupsHoldingPerson(vilnius.db(), id.value()).size(), 2);
        QCOMPARE(PersonalData::report(vilnius.db(), id.value())->value(QStringLiteral("held_in_backups")).toArray().size(), 2);

        QVERIFY(vilnius.store().remove(contacts(), id.value()).ok());
        QCOMPARE(personalColumnsSet(vilnius.db().path(), id.value()), QStringList());
        const QStringList left = tracesIn(fileBytes(vilnius.db()));
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still in the file: ") + left.join(QLatin1Char(' '))));
        QVERIFY2(backupsHoldingPerson(vilnius.db(), id.value()).isEmpty(),
            qPrintable(backupsHoldingPerson(vilnius.db(), id.value()).join(QLatin1Char(' '))));
        QCOMPARE(PersonalData::report(vilnius.db(), id.value())->value(QStringLiteral("held_in_backups")).toArray().size(), 0);

        // The partner's import takes a backup first, holding the person: the erasure the
        // package brings reaches it too. Neither the sealed package nor the SQLite inside
        // it holds a trace.
        QVERIFY(Importer::backup(coordinator.db(), Importer::defaultBackupFolder(coordinator.db()), 10).ok());
        QVERIFY(tracesIn(readAll(vilnius.exportPlainPackage(&coordinator))).isEmpty());
        const QString erasing = vilnius.exportPackage(&coordinator);
        QVERIFY(tracesIn(readAll(erasing)).isEmpty());
        Result<ImportReport> imported = Importer::run(coordinator.db(), erasing, Importer::Options {});
        QVERIFY(imported.ok());
        QVERIFY(!imported->backupPath.isEmpty());
        QVERIFY2(backupsHoldingPerson(coordinator.db(), id.value()).isEmpty(),
            qPrintable(backupsHoldingPerson(coordinator.db(), id.value()).join(QLatin1Char(' '))));
        QCOMPARE(imported->updated, 1);
        QVERIFY(coordinator.store().get(contacts(), id.value())->deleted);
        QCOMPARE(personalColumnsSet(coordinator.db().path(), id.value()), QStringList());
        QCOMPARE(tracesIn(fileBytes(coordinator.db())), QStringList());
        QCOMPARE(coordinator.digest(), vilnius.digest());
        // An erased contact cannot be brought back.
        QVERIFY(!vilnius.store().restore(contacts(), id.value()).ok());
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
