// SPDX-License-Identifier: EUPL-1.2
// The participation table of a period (issue 7) as CSV: one row per activity and city with
// the counts the city gave. Only counts: no contact, name or e-mail address is read, so
// the file can travel to anyone who compiles the project's figures.
#pragma once

#include "report/reportjob.h"
#include "report/reportperiod.h"

#include <QCoreApplication>

namespace pactesur {

class ParticipationReport : public ReportJob
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::ParticipationReport)
public:
    ParticipationReport(Database &db, const ReportPeriod &period);

    QStringList formats() const override;
    Status write(const QString &format, const QString &path) override;
    // The CSV bytes (what write() puts in the file).
    Result<QByteArray> toCsv();

private:
    ReportPeriod m_period;
};

} // namespace pactesur
