// SPDX-License-Identifier: EUPL-1.2
// The starting files of the exchange operations under injected faults: a coordinator and
// the Vilnius liaison that trust each other, a package between them, and the liaison after
// importing it with the backup taken before.
#pragma once

#include <QString>
#include <QStringList>

namespace pactesur::test {

struct ExchangeFixture
{
    QString receiver; // vilnius.db(.keys), before any import
    QString import; // the receiver and package.pactesur from the coordinator
    QString exporter; // coordinator.db(.keys), and out.pactesur: an earlier file
    QString imported; // the receiver after the import, its backup in backups/
    QString backupName; // that backup's file name
    QString beforeImport; // state digests
    QString afterImport;

    static const QByteArray &earlierPackage();

    // Builds every folder under `root`; the problem, or an empty string.
    QString build(const QString &root);
    // The receiver's state digest once it imported the package at `path`, on a copy; or
    // what went wrong.
    QString receiverDigestAfterImporting(const QString &path) const;
};

} // namespace pactesur::test
