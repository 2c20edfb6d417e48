// SPDX-License-Identifier: EUPL-1.2
#include "translations.h"

#include "localformat.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace pactesur {

namespace {
struct Installed
{
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}
} // namespace

const QList<UiLanguage> &Translations::languages()
{
    static const QList<UiLanguage> list = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("nl"), QStringLiteral("Nederlands")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ca"), QStringLiteral("Català")},
        {QStringLiteral("pt"), QStringLiteral("Português")},
        {QStringLiteral("pl"), QStringLiteral("Polski")},
        {QStringLiteral("el"), QStringLiteral("Ελληνικά")},
        {QStringLiteral("hu"), QStringLiteral("Magyar")},
        {QStringLiteral("sk"), QStringLiteral("Slovenčina")},
        {QStringLiteral("lv"), QStringLiteral("Latviešu")},
        {QStringLiteral("lt"), QStringLiteral("Lietuvių")},
        {QStringLiteral("et"), QStringLiteral("Eesti")},
    };
    return list;
}

QString Translations::systemLanguage()
{
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    for (const UiLanguage &language : languages()) {
        if (language.code == system)
            return system;
    }
    return QStringLiteral("en");
}

bool Translations::install(const QString &code)
{
    bool known = false;
    for (const UiLanguage &language : languages())
        known = known || language.code == code;
    if (!known)
        return false;

    Installed &state = installed();
    if (state.ours)
        QCoreApplication::removeTranslator(state.ours.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());

    state.ours = std::make_unique<QTranslator>();
    if (state.ours->load(QStringLiteral(":/pactesur/i18n/pactesur_%1.qm").arg(code)))
        QCoreApplication::installTranslator(state.ours.get());
    state.qt = std::make_unique<QTranslator>();
    // Not every language has Qt's own catalogue; its dialogs then stay in English.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (state.qt->load(QStringLiteral("qtbase_%1").arg(code), qtDir)
        || (code == QLatin1String("pt") && state.qt->load(QStringLiteral("qtbase_pt_BR"), qtDir)))
        QCoreApplication::installTranslator(state.qt.get());
    state.code = code;
    QLocale::setDefault(LocalFormat::localeFor(code));
    return true;
}

QString Translations::current()
{
    return installed().code;
}

} // namespace pactesur
