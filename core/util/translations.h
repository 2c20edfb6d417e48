// SPDX-License-Identifier: EUPL-1.2
// The 14 interface languages and the translators that speak them, Qt's own included.
#pragma once

#include <QList>
#include <QString>

class QTranslator;

namespace pactesur {

struct UiLanguage
{
    QString code; // "fr"
    QString nativeName; // "Français": shown as is, whatever the current language
};

class Translations
{
public:
    static const QList<UiLanguage> &languages();
    // The language to use when none was chosen: the system's if we have it, else English.
    static QString systemLanguage();
    // Replaces the installed translators (ours and Qt's) by those of `code`. Widgets then
    // receive QEvent::LanguageChange. Returns false for an unknown code.
    static bool install(const QString &code);
    static QString current();
};

} // namespace pactesur
