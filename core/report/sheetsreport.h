// SPDX-License-Identifier: EUPL-1.2
// The list of practice sheets (issue 7) as CSV, for following the collection in a
// spreadsheet: one row per sheet and translation with its city, language, status,
// sensitivity, themes, groups, period and summary. Every sheet this database holds is
// listed, each with its sensitivity: the file is a working list for the partnership, not
// a publication (that is PublicationReport, which keeps to public sheets).
#pragma once

#include "report/reportjob.h"
#include "report/reportlanguage.h"

#include <QCoreApplication>

namespace pactesur {

class SheetsReport : public ReportJob
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::SheetsReport)
public:
    // `language`: one of the 14 interface languages; empty for the interface's own.
    explicit SheetsReport(Database &db, const QString &language = QString());

    QStringList formats() const override;
    Status write(const QString &format, const QString &path) override;
    // The CSV bytes (what write() puts in the file).
    Result<QByteArray> toCsv();

private:
    // tr() in the report's language; lupdate reads it as tr() (report/reportlanguage.h).
    QString reportTr(const char *source, const char *disambiguation = nullptr, int n = -1) const
    {
        return m_language.translate("pactesur::SheetsReport", source, disambiguation, n);
    }
    ReportLanguage m_language;
};

} // namespace pactesur
