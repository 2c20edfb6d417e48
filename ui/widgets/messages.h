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
    // A Yes/No question whose "yes" is `acceptText` (a verb: "Erase"); No is the default.
    // In test mode the next answer set by setNextAnswer() is given (false when none).
    static bool confirm(QWidget *parent, const QString &text, const QString &acceptText);

    static void setTestMode(bool enabled);
    static QStringList takeRecorded();
    static void setNextAnswer(bool accept);
};

} // namespace pactesur
