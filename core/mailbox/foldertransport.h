// SPDX-License-Identifier: EUPL-1.2
// A mailbox in a folder (file:///…): a folder that Nextcloud, OneDrive or Syncthing keeps in
// step with the others, or a shared drive. A file reaches its final name by a rename that
// never replaces one already there (link(2), then unlink of the temporary name).
#pragma once

#include "mailbox/transport.h"

#include <QCoreApplication>

namespace pactesur {

class FolderTransport : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::FolderTransport)
public:
    explicit FolderTransport(const QString &root);

    QString address() const override;
    Result<QList<RemoteEntry>> list(const QString &folder, bool deep) override;
    Status makeFolder(const QString &folder) override;
    Status upload(const QString &localPath, const QString &remotePath) override;
    Result<Moved> move(const QString &from, const QString &to, bool overwrite) override;
    Status download(const QString &remotePath, const QString &localPath, qint64 maxBytes) override;
    Status remove(const QString &remotePath) override;

private:
    QString absolute(const QString &relative) const;
    Error cannot(const QString &message, const QString &path, int error) const;
    Error missingRoot() const;

    QString m_root;
};

} // namespace pactesur
