// SPDX-License-Identifier: EUPL-1.2
// The calendar of activities (issue 7) as an iCalendar file that any calendar app
// imports: one all-day event per activity of the period, cancelled ones marked so.
#pragma once

#include "report/reportjob.h"
#include "report/reportperiod.h"

#include <QCoreApplication>

namespace pactesur {

class CalendarReport : public ReportJob
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::CalendarReport)
public:
    CalendarReport(Database &db, const ReportPeriod &period);

    QStringList formats() const override;
    Status write(const QString &format, const QString &path) override;
    // The file's bytes (what write() puts in the file).
    Result<QByteArray> toICalendar();

private:
    ReportPeriod m_period;
};

} // namespace pactesur
