// SPDX-License-Identifier: EUPL-1.2
// One open Pactesur database file: its connection, its write lock, its schema version.
#pragma once

#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

struct sqlite3;

namespace pactesur {

class DatabaseLock;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Database)
public:
    // 'PACT' marks our databases; packages carry another value (DESIGN.md section 4).
    static constexpr qint32 kApplicationId = 0x50414354;

    enum class Access { ReadWrite, ReadOnly };

    struct Options
    {
        Access access = Access::ReadWrite;
        const Clock *clock = nullptr; // the system clock when null
        // Readers (CLI list, show, check) need no lock; anything that writes takes it.
        bool takeLock = true;
    };

    // Opens the file, creating it and its folder if needed, takes the single-writer lock,
    // and brings the schema up to date. Never seeds: see Seeder.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options {});
    }
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static QString defaultPath();
    static int latestSchemaVersion();

    QSqlDatabase sql() const;
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    bool isWritable() const { return m_access == Access::ReadWrite; }
    int schemaVersion() const;

    const Clock &clock() const { return *m_clock; }
    void setClock(const Clock *clock) { m_clock = clock ? clock : &Clock::system(); }

    // Runs a multi-statement SQL script (migrations, schema snapshots).
    Status executeScript(const QString &script);
    // A translated sentence for a failed statement, naming what was being done.
    static Error sqlError(const QString &doing, const QString &detail);

private:
    Database() = default;
    Status configure();
    Status checkApplicationId();
    Status migrate();

    QString m_path;
    QString m_connectionName;
    Access m_access = Access::ReadWrite;
    const Clock *m_clock = nullptr;
    std::unique_ptr<DatabaseLock> m_lock;
};

// Commits on commit(), rolls back when it goes out of scope first.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Status commit();

private:
    QSqlDatabase m_sql;
    bool m_open = false;
};

} // namespace pactesur
