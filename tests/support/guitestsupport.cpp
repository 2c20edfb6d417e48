// SPDX-License-Identifier: EUPL-1.2
#include "guitestsupport.h"

#include "store/database.h"
#include "store/replica.h"
#include "util/translations.h"
#include "widgets/messages.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace pactesur::test {

void prepareGuiTests()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Pactesur"));
    QCoreApplication::setApplicationName(QStringLiteral("Pactesur"));
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

} // namespace pactesur::test
