// SPDX-License-Identifier: EUPL-1.2
#include "guitestsupport.h"

#include "store/database.h"
#include "store/replica.h"
#include "util/translations.h"
#include "widgets/messages.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace pactesur::test {

void prepareGuiTests()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Pactesur"));
    QCoreApplication::setApplicationName(QStringLiteral("Pactesur"));
    // Each test process has a settings file of its own, in a folder removed when it ends:
    // GUI tests run side by side (ctest -j2) and must not read each other's settings.
    static QTemporaryDir settingsFolder;
    if (!settingsFolder.isValid())
        qFatal("cannot make a folder for the test's settings");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    QSettings().clear();
    Messages::setTestMode(true);
    Translations::install(QStringLiteral("en"));
}

TestSession::TestSession()
{
    m_session = openSession(path());
    if (!Replica::initialise(m_session->database(), QStringLiteral("coordinator"), {}))
        qFatal("setting the role failed");
}

std::unique_ptr<Session> openSession(const QString &path)
{
    Result<std::unique_ptr<Database>> opened = Session::openSeeded(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    return std::make_unique<Session>(std::move(opened).value());
}

QStringList rowTexts(const QTreeWidget *list, int row)
{
    QStringList texts;
    for (int column = 0; column < list->columnCount(); ++column)
        texts << list->topLevelItem(row)->text(column);
    return texts;
}

void saveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("PACTESUR_TEST_SHOTS");
    if (folder.isEmpty())
        return;
    QTest::qWait(50); // the layout catches up with the last change
    widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace pactesur::test
