// SPDX-License-Identifier: EUPL-1.2
// The exchange screens' own settings, each declared once with its key, type and default.
#pragma once

#include <QString>

namespace pactesur {

class ExchangeSettings
{
public:
    // Where the last package was saved; the Documents folder at first.
    static QString exportFolder();
    static void setExportFolder(const QString &folder);
};

} // namespace pactesur
