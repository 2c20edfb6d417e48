// SPDX-License-Identifier: EUPL-1.2
// The notices of the conflict inbox: writes that the ownership rule refused, on the way in
// (an import) or found in this database (made by an older version), each with the rule
// that refused it. Local only; the user dismisses them.
#pragma once

#include "exchange/authority.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

namespace pactesur {

class Database;

struct Notice
{
    enum class Origin { Import, Local };

    QString id;
    QString at; // UTC ISO-8601
    Origin origin = Origin::Import;
    QString recordKind;
    QString recordId;
    QString title;
    QString field;
    QString writer; // replica id
    Refusal why = Refusal::None;
};

class Notices
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::Notices)
public:
    static Status add(const Database &db, const Notice &notice);
    // Newest first, at most `limit`.
    static QList<Notice> list(const Database &db, int limit = 500);
    static int count(const Database &db);
    static Status dismiss(const Database &db, const QString &id);
    // One sentence in the user's language: which write, whose, and the rule that refused it.
    static QString describe(const Database &db, const Notice &notice);
    // At most this many notices per import: a hostile package must not fill the inbox.
    static constexpr int kMaxPerImport = 100;
};

} // namespace pactesur
