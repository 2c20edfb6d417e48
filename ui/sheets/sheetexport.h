// SPDX-License-Identifier: EUPL-1.2
// File > Export and Print of one practice sheet, through the report renderer of core: the
// same document the CLI's "report sheet" writes, chosen a file name for, or printed through
// the system's print dialog.
#pragma once

#include <QCoreApplication>

class QWidget;

namespace pactesur {

class Session;

class SheetExport
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::SheetExport)
public:
    // Each asks for a file name (FileDialogs, so tests can answer), writes the file
    // atomically and says what went wrong if it could not; false when cancelled or failed.
    static bool exportPdf(Session &session, const QString &sheetId, QWidget *parent);
    static bool exportHtml(Session &session, const QString &sheetId, QWidget *parent);
    static bool print(Session &session, const QString &sheetId, QWidget *parent);
    // A file name from the sheet's title, safe on every system: "Night-time mediation.pdf".
    static QString suggestedFileName(const QString &title, const QString &extension);
};

} // namespace pactesur
