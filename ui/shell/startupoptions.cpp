// SPDX-License-Identifier: EUPL-1.2
// What the desktop app was asked to do at start: the command line and the environment.
#include "startupoptions.h"

#include "store/database.h"
#include "uisettings.h"
#include "util/translations.h"

#include <QCommandLineParser>

namespace pactesur {

StartupOptions StartupOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Coordination app for the partner cities of PACTESUR 2"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("db"), tr("Use the database FILE instead of the default one."), tr("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
        tr("Use the interface language CODE (en, fr, nl, …)."), tr("CODE"));
    parser.addOption(database);
    parser.addOption(language);
    parser.addPositionalArgument(tr("package"),
        tr("An exchange package (.pactesur) to preview and import."), tr("[package]"));
    parser.process(app);
    if (parser.positionalArguments().size() > 1)
        parser.showHelp(2);

    StartupOptions options;
    options.databasePath = parser.value(database);
    if (options.databasePath.isEmpty())
        options.databasePath = qEnvironmentVariable("PACTESUR_DB");
    if (options.databasePath.isEmpty())
        options.databasePath = Database::defaultPath();
    options.language = parser.value(language);
    if (options.language.isEmpty())
        options.language = UiSettings::language();
    if (options.language.isEmpty())
        options.language = Translations::systemLanguage();
    options.packagePath = parser.positionalArguments().value(0);
    options.screenshotPath = qEnvironmentVariable("PACTESUR_SCREENSHOT");
    options.section = qEnvironmentVariable("PACTESUR_SCREENSHOT_SECTION");
    return options;
}

} // namespace pactesur
