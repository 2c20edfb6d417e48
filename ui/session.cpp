// SPDX-License-Identifier: EUPL-1.2
// The open database of the desktop app and its undo history; File > New/Open replace both.
#include "session.h"

#include "seed/seeder.h"
#include "store/database.h"

#include <QFileInfo>
#include <QUndoStack>

namespace pactesur {

Session::Session(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_undoStack(new QUndoStack(this))
{
    Q_ASSERT(m_database);
}

Session::~Session() = default;

Result<std::unique_ptr<Database>> Session::openSeeded(const QString &path)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> database = std::move(opened).value();
    const Result<int> seeded = Seeder::seed(*database);
    if (!seeded)
        return seeded.error();
    return database;
}

bool Session::isOpen(const QString &path) const
{
    const QString current = QFileInfo(m_database->path()).canonicalFilePath();
    return !current.isEmpty() && current == QFileInfo(path).canonicalFilePath();
}

void Session::replaceDatabase(std::unique_ptr<Database> database)
{
    Q_ASSERT(database);
    emit databaseAboutToBeReplaced();
    m_undoStack->clear();
    m_database = std::move(database);
    emit databaseReplaced();
    emit identityChanged();
}

} // namespace pactesur
