// SPDX-License-Identifier: EUPL-1.2
// The open database of the desktop app and its undo history; File > New/Open replace both.
#include "session.h"

#include "recordcommands.h"
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

namespace {
QString describe(const KindSpec &kind, const RecordStore &store, const QString &id)
{
    const std::optional<Record> record = store.get(kind, id);
    const QString title = record ? record->value(kind.titleField).toString() : QString();
    return title.isEmpty() ? kind.translatedLabel()
                           : QStringLiteral("%1 “%2”").arg(kind.translatedLabel(), title);
}
} // namespace

Result<QString> Session::createRecord(const KindSpec &kind, const TextValues &values)
{
    RecordStore store(*m_database);
    Result<QString> id = store.create(kind, values);
    if (!id)
        return id;
    m_undoStack->push(new CreateRecordCommand(
        *this, kind, id.value(), tr("Add %1").arg(describe(kind, store, id.value())), values));
    emit recordsChanged(kind.name);
    return id;
}

Status Session::editRecord(const KindSpec &kind, const QString &id, const TextValues &values)
{
    RecordStore store(*m_database);
    const std::optional<Record> before = store.get(kind, id);
    if (!before)
        return Error::rejected(
            RecordStore::tr("No %1 has the id %2.").arg(kind.translatedLabel().toLower(), id));
    TextValues previous;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (const FieldSpec *field = kind.field(it.key()))
            previous.insert(it.key(), RecordStore::inputText(*field, before->value(it.key())));
    }
    if (previous == values)
        return {};
    if (Status status = store.update(kind, id, values); !status)
        return status;
    m_undoStack->push(new EditRecordCommand(
        *this, kind, id, tr("Edit %1").arg(describe(kind, store, id)), previous, values));
    emit recordsChanged(kind.name);
    return {};
}

Status Session::deleteRecord(const KindSpec &kind, const QString &id)
{
    RecordStore store(*m_database);
    const QString text = tr("Delete %1").arg(describe(kind, store, id));
    if (Status status = store.remove(kind, id); !status)
        return status;
    bool erasure = false;
    for (const FieldSpec &field : kind.fields)
        erasure = erasure || field.personal;
    if (!erasure)
        m_undoStack->push(new DeleteRecordCommand(*this, kind, id, text));
    emit recordsChanged(kind.name);
    return {};
}

Result<QString> Session::addAttachment(const QString &fileName, const QByteArray &bytes)
{
    Result<QString> id = RecordStore(*m_database).addAttachment(fileName, bytes);
    if (id)
        emit recordsChanged(QStringLiteral("attachments"));
    return id;
}

} // namespace pactesur
