// SPDX-License-Identifier: EUPL-1.2
// The activity report of a period (issue 7): key figures, activity per city, per theme and
// per kind, then every activity. As PDF (a cover, then A4 pages) or a standalone HTML page
// for reading, or as CSV: one flat row per activity for a spreadsheet. Every text, name,
// date and number is in the report's language, whatever the interface's.
#pragma once

#include "report/activitydata.h"
#include "report/activitysummary.h"
#include "report/reportjob.h"
#include "report/reportlanguage.h"
#include "report/reportperiod.h"

#include <QDate>

namespace pactesur {

class ActivityReport : public ReportJob
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::ActivityReport)
public:
    // `language`: one of the 14 interface languages; empty for the interface's own.
    ActivityReport(Database &db, const ReportPeriod &period, const QString &language = QString());

    QStringList formats() const override;
    Status write(const QString &format, const QString &path) override;

    // The parts, for a caller that shows them itself (after load()).
    Status load();
    const ActivityData &data() const { return m_data; }
    const ActivitySummary &summary() const { return m_summary; }
    QString toHtml() const;
    QByteArray toCsv() const;

private:
    enum class Target { HtmlPage, PdfDocument };
    // tr() in the report's language; lupdate reads it as tr() (report/reportlanguage.h).
    QString reportTr(const char *source, const char *disambiguation = nullptr, int n = -1) const
    {
        return m_language.translate("pactesur::ActivityReport", source, disambiguation, n);
    }
    QString title() const;
    QString bodyHtml(Target target) const;
    QString figuresHtml() const;
    QString kindsHtml() const;
    QString citiesHtml() const;
    QString themesHtml() const;
    QString activitiesHtml() const;
    QString preparedOn() const;
    Status writePdf(const QString &path) const;

    ReportPeriod m_period;
    ReportLanguage m_language;
    ActivityData m_data;
    ActivitySummary m_summary;
    QString m_project;
    QDate m_today;
};

} // namespace pactesur
