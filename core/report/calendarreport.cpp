// SPDX-License-Identifier: EUPL-1.2
#include "calendarreport.h"

#include "model/kinds.h"
#include "report/activitydata.h"
#include "report/icalendarwriter.h"
#include "report/reportfile.h"

namespace pactesur {

CalendarReport::CalendarReport(Database &db, const ReportPeriod &period, const QString &language)
    : ReportJob(db)
    , m_period(period)
    , m_language(language)
{ }

QStringList CalendarReport::formats() const
{
    return {QStringLiteral("ics")};
}

Result<QByteArray> CalendarReport::toICalendar()
{
    Result<ActivityData> data = ActivityData::load(
        db(), m_period, [this](int done, int total) { return advance(done, total); });
    if (!data)
        return data.error();
    ICalendarWriter calendar(reportTr("%1 activities").arg(ReportPeriod::projectName(db())));
    for (const ActivityData::Activity &activity : data->activities) {
        ICalendarWriter::Event event;
        // The record's id never changes, so a calendar that imports the file again
        // updates its events instead of doubling them.
        event.uid = activity.id + QStringLiteral("@pactesur");
        event.start = activity.start;
        event.end = activity.end;
        event.summary = activity.title;
        event.location = activity.place.trimmed().isEmpty() || activity.hostCity.isEmpty()
                || activity.place.contains(activity.hostCity)
            ? activity.location()
            : reportTr("%1, %2").arg(activity.place, activity.hostCity);
        event.description = activity.description;
        event.categories = {m_language.choiceLabel(activity.kind)};
        event.cancelled = activity.status == QLatin1String("cancelled");
        event.modified = activity.updatedAt;
        calendar.addEvent(event);
    }
    return calendar.finish();
}

Status CalendarReport::write(const QString &format, const QString &path)
{
    if (Status known = checkFormat(format); !known)
        return known;
    Result<QByteArray> ics = toICalendar();
    if (!ics)
        return ics.error();
    return ReportFile::write(path, ics.value());
}

} // namespace pactesur
