// SPDX-License-Identifier: EUPL-1.2
// The one write path of core. Every edit (CLI, desktop, later imports' local side) goes
// through it, so validation, ownership and merge metadata are always right.
#pragma once

#include "model/kinds.h"
#include "store/replica.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QVariantMap>

#include <optional>

namespace pactesur {

class Database;

struct Record
{
    QString id;
    QString owner;
    QString createdAt;
    QString updatedAt;
    bool deleted = false;
    QVariantMap values; // storage form: ids for references, JSON text for lists

    QVariant value(const QString &field) const { return values.value(field); }
};

// Field values as a person types them: "vilnius" for a city, "fr,nl" for a list.
using TextValues = QMap<QString, QString>;

class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::RecordStore)
public:
    explicit RecordStore(Database &db);

    Result<QString> create(const KindSpec &kind, const TextValues &input);
    Status update(const KindSpec &kind, const QString &id, const TextValues &input);
    // A tombstone; a contact's personal fields are wiped at the same time.
    Status remove(const KindSpec &kind, const QString &id);
    // Brings a deleted record back (undo of a delete). An erased contact stays erased.
    Status restore(const KindSpec &kind, const QString &id);
    // Brings a deleted record back with these values: the redo of a creation that its undo
    // erased (the values come from the person who typed them, kept in the undo history).
    Status revive(const KindSpec &kind, const QString &id, const TextValues &input);
    // The value as a person would type it back into a form or the CLI (inverse of parse).
    static QString inputText(const FieldSpec &field, const QVariant &stored);
    // Stores a file's bytes once (deduplicated by hash) and returns the attachment's id.
    Result<QString> addAttachment(const QString &fileName, const QByteArray &bytes);

    // Writes a record whose id and metadata are decided by the caller (the seed): same
    // validation as create(), no role needed, one stamp for every field.
    struct FixedStamp
    {
        QString id;
        QString owner;
        QString replicaId;
        qint64 counter = 1;
        QString timestamp;
    };
    Status createFixed(const KindSpec &kind, const FixedStamp &stamp, const TextValues &input);

    // Settles an open conflict: keep one of its values ("replica:counter", a prefix is
    // enough) or write a new one. The resolution is an ordinary write and travels as one.
    Status resolveConflict(
        const QString &conflictId, const QString &keepValueId, const QString &newValue);

    // Accepts a full id, a unique prefix, or a slug for cities and themes.
    Result<QString> resolveId(const KindSpec &kind, const QString &idOrPrefix) const;
    std::optional<Record> get(const KindSpec &kind, const QString &id) const;
    // The same for a write about to be made: a read that failed (an I/O error) is an
    // error, never "no such record", so the user is not told the record does not exist.
    Result<std::optional<Record>> lookUp(const KindSpec &kind, const QString &id) const;
    QList<Record> list(const KindSpec &kind, bool includeDeleted = false) const;

    // Display text of a stored value: names for references, labels for choices.
    QString displayText(const FieldSpec &field, const QVariant &stored) const;

    // The label of a theme in `language` (the interface's when empty), else its English name.
    QString themeLabel(const QString &slug, const QString &language = QString()) const;
    // Every live theme's label in `language` (its English name where it has none), by slug:
    // what a report writes for a list of themes.
    static QHash<QString, QString> themeLabels(const Database &db, const QString &language);
    const Identity &identity() const { return m_identity; }

    // Ids of seeded cities, themes, memberships, participation and attachments come from
    // what identifies them, so two replicas creating "the same" record agree on its id.
    static QString nameBasedId(const KindSpec &kind, const QStringList &parts);

    static constexpr qint64 kMaxAttachmentBytes = 50 * 1024 * 1024;

private:
    Result<QVariantMap> parseInput(
        const KindSpec &kind, const TextValues &input, const std::optional<Record> &existing) const;
    Status checkRecord(const KindSpec &kind, const QVariantMap &merged) const;
    // An edit of an existing record (revive: of a tombstone, which it brings back).
    Status writeEdit(
        const KindSpec &kind, const Record &existing, const TextValues &input, bool revive);
    // Whether this replica may write `changes` (field -> stored value) into a record of
    // `owner`: the same pure rule every replica applies to every write it merges.
    Status checkWriteAllowed(
        const KindSpec &kind, const QString &owner, const QVariantMap &changes) const;
    // Rules of one kind beyond its fields (the sheet workflow), and what a write of that
    // kind brings along in the same transaction (a sheet's status history).
    Status checkKindRules(const KindSpec &kind, const std::optional<Record> &existing,
        const QVariantMap &merged, const QVariantMap &changes) const;
    Status writeAlongside(const KindSpec &kind, const QString &id,
        const std::optional<Record> &existing, const QVariantMap &changes);
    QString ownerFor(const KindSpec &kind, const QString &id, const QVariantMap &values) const;
    Result<QString> deriveId(const KindSpec &kind, const QVariantMap &values) const;
    Status write(const KindSpec &kind, const QString &id, const QVariantMap &changes,
        const std::optional<Record> &existing, bool deleted);

    Database &m_db;
    Identity m_identity;
};

} // namespace pactesur
