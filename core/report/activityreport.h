// SPDX-License-Identifier: EUPL-1.2
// The activity report of a period (issue 7): key figures, activity per city, per theme and
// per kind, then every activity. As PDF (a cover, then A4 pages) or a standalone HTML page
// for reading, or as CSV: one flat row per activity for a spreadsheet. Texts follow the
// interface language.
#pragma once

#include "report/activitydata.h"
#include "report/activitysummary.h"
#include "report/reportjob.h"
#include "report/reportperiod.h"

#include <QDate>

namespace pactesur {

class ActivityReport : public ReportJob
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::ActivityReport)
public:
    ActivityReport(Database &db, const ReportPeriod &period);

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
    ActivityData m_data;
    ActivitySummary m_summary;
    QString m_project;
    QDate m_today;
};

} // namespace pactesur
