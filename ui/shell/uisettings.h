// SPDX-License-Identifier: EUPL-1.2
// The desktop app's own settings, each declared once with its key, type and default.
#pragma once

#include <QByteArray>
#include <QString>

namespace pactesur {

class UiSettings
{
public:
    // The interface language code; empty when the user never chose one.
    static QString language();
    static void setLanguage(const QString &code);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);

    // The section shown last ("dashboard", "cities", ...); "dashboard" by default.
    static QString section();
    static void setSection(const QString &key);

    // View > High Contrast; off by default.
    static bool highContrast();
    static void setHighContrast(bool on);
};

} // namespace pactesur
