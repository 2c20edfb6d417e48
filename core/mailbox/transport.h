// SPDX-License-Identifier: EUPL-1.2
// Where a mailbox lives (issue 15): a WebDAV collection or a folder. The sync round asks a
// transport for a handful of plain file operations, synchronously, on the thread it runs
// on; paths are relative to the mailbox's root ("outbox/<replica>/3-ab12….pactesur").
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <memory>

namespace pactesur {

struct RemoteEntry
{
    QString path; // relative to the mailbox root, folders ending with '/'
    qint64 size = -1;
    QString etag; // changes when the file does (a WebDAV ETag, a folder's size and time)
    bool isFolder = false;
};

class Transport
{
public:
    virtual ~Transport() = default;

    // The mailbox's address as the user typed it, for messages.
    virtual QString address() const = 0;
    // The entries under `folder` (relative, ending with '/'); every level below it when
    // `deep`. A folder that does not exist lists as empty: a missing listing never means
    // anything was deleted.
    virtual Result<QList<RemoteEntry>> list(const QString &folder, bool deep) = 0;
    // Creates the folder and its parents; an existing one is fine.
    virtual Status makeFolder(const QString &folder) = 0;
    // Writes the local file at `remotePath`, replacing what is there (only ever a name in
    // tmp/: a file reaches its final name by move()).
    virtual Status upload(const QString &localPath, const QString &remotePath) = 0;
    enum class Moved { Done, TargetExists };
    // Renames within the mailbox. Without `overwrite`, an existing target is left alone and
    // reported (WebDAV's Overwrite: F, answered 412).
    virtual Result<Moved> move(const QString &from, const QString &to, bool overwrite) = 0;
    // Reads a file into `localPath`, at most `maxBytes`; a short or cut read is an error.
    virtual Status download(const QString &remotePath, const QString &localPath, qint64 maxBytes)
        = 0;
    // Removes a file; one already gone is fine.
    virtual Status remove(const QString &remotePath) = 0;

    // Checked between requests and while one waits: a cancelled round stops soon.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

protected:
    bool cancelled() const { return m_cancel && m_cancel->load(); }

private:
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace pactesur
