// SPDX-License-Identifier: EUPL-1.2
// Test support shared by every test: throwaway databases and a CLI runner.
#pragma once

#include "store/database.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace pactesur::test {

// A fresh seeded database in its own temporary folder, optionally with a role.
class TestDatabase
{
public:
    enum class Role { None, Coordinator, Liaison };
    explicit TestDatabase(
        Role role = Role::Coordinator, const QString &city = QStringLiteral("vilnius"));

    Database &db() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }
    QString dir() const { return m_dir.path(); }
    void close() { m_db.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real pactesur-cli binary with the given arguments.
CliResult runCli(const QStringList &arguments, const QProcessEnvironment &extra = {});

// Enrols each city's card at the coordinator and the coordinator's card at each city,
// through the CLI, as people do after comparing fingerprints (issue 14). Databases that
// are already enrolled stay as they are.
bool enrolWithCli(const QString &coordinatorDb, const QStringList &cityDbs);

// Two databases trust each other: `coordinator` enrols `city`'s card and `city` the
// coordinator's, through the core API.
void enrol(Database &coordinator, Database &city);

} // namespace pactesur::test
