// SPDX-License-Identifier: EUPL-1.2
// The open database of the desktop app and its undo history; File > New/Open replace both.
#pragma once

#include "store/recordstore.h"
#include "util/result.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace pactesur {

class Database;

class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~Session() override;

    Database &database() const { return *m_database; }
    // One undo history per database: it is emptied whenever the database is replaced,
    // since its commands refer to records of the old file.
    QUndoStack *undoStack() const { return m_undoStack; }

    // Opens (creating it if needed) and seeds the file at `path`: what every start and
    // every File > New/Open does before the database is shown.
    static Result<std::unique_ptr<Database>> openSeeded(const QString &path);

    // True when `path` names the file already open (so opening it again would only fail
    // on our own write lock).
    bool isOpen(const QString &path) const;
    void replaceDatabase(std::unique_ptr<Database> database);
    // Edits through the core write path, each pushed on the undo stack once it succeeded.
    // The error, if any, is a translated sentence for the user.
    Result<QString> createRecord(const KindSpec &kind, const TextValues &values);
    Status editRecord(const KindSpec &kind, const QString &id, const TextValues &values);
    // Deleting a contact erases its personal data for good: that cannot be undone, so it
    // is not put on the undo stack.
    Status deleteRecord(const KindSpec &kind, const QString &id);
    Result<QString> addAttachment(const QString &fileName, const QByteArray &bytes);

    // Called after the role was set (RoleDialog), so the status bar can show it.
    void notifyIdentityChanged() { emit identityChanged(); }

signals:
    // Emitted before the old database is closed: views drop what they read from it.
    void databaseAboutToBeReplaced();
    void databaseReplaced();
    // The role was set or another database was opened: the status bar shows it again.
    void identityChanged();
    // Records of this kind (CLI name) were written: lists and panels read them again.
    void recordsChanged(const QString &kind);
    // An undo or redo could not be applied (the record changed since, e.g. by an import).
    void editFailed(const QString &message);

private:
    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace pactesur
