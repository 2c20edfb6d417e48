// SPDX-License-Identifier: EUPL-1.2
// The desktop app's own settings, each declared once with its key, type and default.
#include "uisettings.h"

#include <QSettings>

namespace pactesur {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("mainwindow/geometry");
const QString kState = QStringLiteral("mainwindow/state");
const QString kSection = QStringLiteral("mainwindow/section");
const QString kHighContrast = QStringLiteral("ui/highContrast");
} // namespace

QString UiSettings::language()
{
    return QSettings().value(kLanguage).toString();
}

void UiSettings::setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

QByteArray UiSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray UiSettings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void UiSettings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(kState, state);
}

QString UiSettings::section()
{
    return QSettings().value(kSection, QStringLiteral("dashboard")).toString();
}

void UiSettings::setSection(const QString &key)
{
    // Called at every change of section, the start's too: the file is written only when
    // the section is another.
    if (section() != key)
        QSettings().setValue(kSection, key);
}

bool UiSettings::highContrast()
{
    return QSettings().value(kHighContrast, false).toBool();
}

void UiSettings::setHighContrast(bool on)
{
    QSettings().setValue(kHighContrast, on);
}

} // namespace pactesur
