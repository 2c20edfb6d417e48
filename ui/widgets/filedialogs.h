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
    // Any file to read (an attachment) or to write (an export, a saved copy); `filter` as
    // QFileDialog takes it, already translated. A relative `suggestedName` starts in the
    // Documents folder.
    static QString getOpenFileName(
        QWidget *parent, const QString &caption, const QString &filter = {});
    static QString getSaveFileName(QWidget *parent, const QString &caption,
        const QString &suggestedName, const QString &filter = {});
};

} // namespace pactesur
