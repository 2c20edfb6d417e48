// SPDX-License-Identifier: EUPL-1.2
#include "exchangesettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace pactesur {

namespace {
const QString kExportFolder = QStringLiteral("exchange/exportFolder");

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

QString ExchangeSettings::exportFolder()
{
    return QSettings().value(kExportFolder, documents()).toString();
}

void ExchangeSettings::setExportFolder(const QString &folder)
{
    QSettings().setValue(kExportFolder, folder);
}

} // namespace pactesur
