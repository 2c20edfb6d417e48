// SPDX-License-Identifier: EUPL-1.2
// The list of practice sheets (issue 7) as CSV, for following the collection in a
// spreadsheet: one row per sheet and translation with its city, language, status,
// sensitivity, themes, groups, period and summary. Every sheet this database holds is
// listed, each with its sensitivity: the file is a working list for the partnership, not
// a publication (that is PublicationReport, which keeps to public sheets).
#pragma once

#include "report/reportjob.h"

#include <QCoreApplication>

namespace pactesur {

class SheetsReport : public ReportJob
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::SheetsReport)
public:
    explicit SheetsReport(Database &db);

    QStringList formats() const override;
    Status write(const QString &format, const QString &path) override;
    // The CSV bytes (what write() puts in the file).
    Result<QByteArray> toCsv();
};

} // namespace pactesur
