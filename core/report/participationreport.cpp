// SPDX-License-Identifier: EUPL-1.2
#include "participationreport.h"

#include "model/kinds.h"
#include "report/activitydata.h"
#include "report/csvwriter.h"
#include "report/reportfile.h"

namespace pactesur {

ParticipationReport::ParticipationReport(
    Database &db, const ReportPeriod &period, const QString &language)
    : ReportJob(db)
    , m_period(period)
    , m_language(language)
{ }

QStringList ParticipationReport::formats() const
{
    return {QStringLiteral("csv")};
}

Result<QByteArray> ParticipationReport::toCsv()
{
    Result<ActivityData> data = ActivityData::load(
        db(), m_period, [this](int done, int total) { return advance(done, total); });
    if (!data)
        return data.error();
    const KindSpec &participation = Kinds::get(QStringLiteral("participation"));
    const KindSpec &activities = Kinds::get(QStringLiteral("activities"));
    auto label = [this](const KindSpec &kind, const char *field) {
        return m_language.fieldLabel(kind.field(QString::fromLatin1(field))->label);
    };
    CsvWriter csv;
    csv.addRow({label(participation, "activity"), reportTr("Date"), label(activities, "kind"),
        label(participation, "city"), label(participation, "participants"),
        label(participation, "women"), label(participation, "officers")});
    auto plain = [](const std::optional<qint64> &value) {
        return value ? QString::number(*value) : QString();
    };
    for (const ActivityData::Activity &activity : data->activities) {
        for (const ActivityData::Participation &city : activity.participation) {
            // ISO dates and plain numbers: any spreadsheet reads them in any locale.
            csv.addRow({activity.title, activity.start.toString(Qt::ISODate),
                m_language.choiceLabel(activity.kind), city.city,
                QString::number(city.participants), plain(city.women), plain(city.officers)});
        }
    }
    return csv.data();
}

Status ParticipationReport::write(const QString &format, const QString &path)
{
    if (Status known = checkFormat(format); !known)
        return known;
    Result<QByteArray> csv = toCsv();
    if (!csv)
        return csv.error();
    return ReportFile::write(path, csv.value());
}

} // namespace pactesur
