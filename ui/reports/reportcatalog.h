// SPDX-License-Identifier: EUPL-1.2
// The reports of issue 7 as the Reports dialog offers them: a name and one line on each,
// what they ask for (a period, a language) and how to make the job that writes them.
#pragma once

#include "report/reportjob.h"
#include "report/reportperiod.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace pactesur {

// What the coordinator chose in the dialog, copied to the worker thread.
struct ReportRequest
{
    QString kind; // "activity", "participation", "calendar", "publication", "sheets"
    QString format; // "pdf", "html", "csv", "ics"
    ReportPeriod period;
    QString language;
};

class ReportCatalog
{
    Q_DECLARE_TR_FUNCTIONS(pactesur::ReportCatalog)
public:
    struct Entry
    {
        QString kind;
        bool takesPeriod;
        bool takesLanguage;
    };

    static const QList<Entry> &entries();
    static const Entry *find(const QString &kind);
    static QString name(const QString &kind);
    static QString description(const QString &kind);
    // "PDF document", and the save dialog's filter for that format.
    static QString formatName(const QString &format);
    static QString formatFilter(const QString &format);

    // The job that writes `request` from `db`. Constructing it reads nothing, so the
    // dialog may ask a job made on the session's connection for its formats().
    static std::unique_ptr<ReportJob> makeJob(Database &db, const ReportRequest &request);
};

} // namespace pactesur
