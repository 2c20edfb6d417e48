// SPDX-License-Identifier: EUPL-1.2
#include "reportcatalog.h"

#include "report/activityreport.h"
#include "report/calendarreport.h"
#include "report/participationreport.h"
#include "report/publicationreport.h"
#include "report/sheetsreport.h"

namespace pactesur {

const QList<ReportCatalog::Entry> &ReportCatalog::entries()
{
    // kind, takesPeriod, takesLanguage; the order of the dialog's list.
    static const QList<Entry> entries = {
        {QStringLiteral("activity"), true, true},
        {QStringLiteral("participation"), true, true},
        {QStringLiteral("calendar"), true, true},
        {QStringLiteral("publication"), false, true},
        {QStringLiteral("sheets"), false, true},
    };
    return entries;
}

const ReportCatalog::Entry *ReportCatalog::find(const QString &kind)
{
    for (const Entry &entry : entries()) {
        if (entry.kind == kind)
            return &entry;
    }
    return nullptr;
}

QString ReportCatalog::name(const QString &kind)
{
    if (kind == QLatin1String("activity"))
        return tr("Activity report");
    if (kind == QLatin1String("participation"))
        return tr("Participation table");
    if (kind == QLatin1String("calendar"))
        return tr("Calendar of activities");
    if (kind == QLatin1String("publication"))
        return tr("Booklet of practices");
    if (kind == QLatin1String("sheets"))
        return tr("List of practice sheets");
    return kind;
}

QString ReportCatalog::description(const QString &kind)
{
    if (kind == QLatin1String("activity"))
        return tr("Key figures and the activities of a period, per city and per theme.");
    if (kind == QLatin1String("participation"))
        return tr("Participants per activity and city, without any personal data.");
    if (kind == QLatin1String("calendar"))
        return tr("The activities of a period as events for any calendar app.");
    if (kind == QLatin1String("publication"))
        return tr("The validated public practice sheets by theme, in one language.");
    if (kind == QLatin1String("sheets"))
        return tr("Every practice sheet with its city, language, status and themes.");
    return QString();
}

QString ReportCatalog::formatName(const QString &format)
{
    if (format == QLatin1String("pdf"))
        return tr("PDF document");
    if (format == QLatin1String("html"))
        return tr("Web page (HTML)");
    if (format == QLatin1String("csv"))
        return tr("Spreadsheet (CSV)");
    if (format == QLatin1String("ics"))
        return tr("Calendar file (iCalendar)");
    return format;
}

QString ReportCatalog::formatFilter(const QString &format)
{
    if (format == QLatin1String("pdf"))
        return tr("PDF documents (*.pdf)");
    if (format == QLatin1String("html"))
        return tr("Web pages (*.html)");
    if (format == QLatin1String("csv"))
        return tr("CSV files (*.csv)");
    if (format == QLatin1String("ics"))
        return tr("iCalendar files (*.ics)");
    return QString();
}

std::unique_ptr<ReportJob> ReportCatalog::makeJob(Database &db, const ReportRequest &request)
{
    if (request.kind == QLatin1String("activity"))
        return std::make_unique<ActivityReport>(db, request.period, request.language);
    if (request.kind == QLatin1String("participation"))
        return std::make_unique<ParticipationReport>(db, request.period, request.language);
    if (request.kind == QLatin1String("calendar"))
        return std::make_unique<CalendarReport>(db, request.period, request.language);
    if (request.kind == QLatin1String("publication"))
        return std::make_unique<PublicationReport>(db, request.language);
    if (request.kind == QLatin1String("sheets"))
        return std::make_unique<SheetsReport>(db, request.language);
    return nullptr;
}

} // namespace pactesur
