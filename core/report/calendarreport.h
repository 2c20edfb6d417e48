// SPDX-License-Identifier: EUPL-1.2
// The calendar of activities (issue 7) as an iCalendar file that any calendar app
// imports: one all-day event per activity of the period, cancelled ones marked so.
#pragma once

#include "report/reportjob.h"
#include "report/reportlanguage.h"
#include "report/reportperiod.h"

#include <QCoreApplication>

namespace pactesur {

class CalendarReport : public ReportJob
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::CalendarReport)
public:
    // `language`: one of the 14 interface languages; empty for the interface's own.
    CalendarReport(Database &db, const ReportPeriod &period, const QString &language = QString());

    QStringList formats() const override;
    Status write(const QString &format, const QString &path) override;
    // The file's bytes (what write() puts in the file).
    Result<QByteArray> toICalendar();

private:
    // tr() in the report's language; lupdate reads it as tr() (report/reportlanguage.h).
    QString reportTr(const char *source, const char *disambiguation = nullptr, int n = -1) const
    {
        return m_language.translate("pactesur::CalendarReport", source, disambiguation, n);
    }

    ReportPeriod m_period;
    ReportLanguage m_language;
};

} // namespace pactesur
