// SPDX-License-Identifier: EUPL-1.2
// The participation table of a period (issue 7) as CSV: one row per activity and city with
// the counts the city gave. Only counts: no contact, name or e-mail address is read, so
// the file can travel to anyone who compiles the project's figures.
#pragma once

#include "report/reportjob.h"
#include "report/reportlanguage.h"
#include "report/reportperiod.h"

#include <QCoreApplication>

namespace pactesur {

class ParticipationReport : public ReportJob
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::ParticipationReport)
public:
    // `language`: one of the 14 interface languages; empty for the interface's own.
    ParticipationReport(
        Database &db, const ReportPeriod &period, const QString &language = QString());

    QStringList formats() const override;
    Status write(const QString &format, const QString &path) override;
    // The CSV bytes (what write() puts in the file).
    Result<QByteArray> toCsv();

private:
    // tr() in the report's language; lupdate reads it as tr() (report/reportlanguage.h).
    QString reportTr(const char *source, const char *disambiguation = nullptr, int n = -1) const
    {
        return m_language.translate("pactesur::ParticipationReport", source, disambiguation, n);
    }

    ReportPeriod m_period;
    ReportLanguage m_language;
};

} // namespace pactesur
