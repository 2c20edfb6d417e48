// SPDX-License-Identifier: EUPL-1.2
// How the desktop app reports an error it cannot show inline, with a hook for tests.
#pragma once

#include <QStringList>

class QWidget;

namespace pactesur {

class Messages
{
public:
    // A modal error box; in test mode the text is recorded instead, so no test blocks.
    static void critical(QWidget *parent, const QString &text);

    static void setTestMode(bool enabled);
    static QStringList takeRecorded();
};

} // namespace pactesur
