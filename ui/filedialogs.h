// SPDX-License-Identifier: EUPL-1.2
// The file dialogs of the desktop app, with a hook so tests can answer them.
#pragma once

#include <QString>

class QWidget;

namespace pactesur {

class FileDialogs
{
public:
    // The next dialog returns this name at once instead of asking (tests only). An empty
    // string answers "cancelled".
    static void setNextFileName(const QString &fileName);

    static QString openDatabase(QWidget *parent);
    static QString newDatabase(QWidget *parent);
};

} // namespace pactesur
