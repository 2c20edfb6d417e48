// SPDX-License-Identifier: EUPL-1.2
#include "activityreport.h"

#include "model/kinds.h"
#include "report/bookletpdfwriter.h"
#include "report/csvwriter.h"
#include "report/reportfile.h"
#include "report/reportlanguage.h"
#include "report/reportstyle.h"
#include "report/safetextdocument.h"
#include "store/database.h"

#include <QLocale>

#include <algorithm>

namespace pactesur {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString optionalNumber(const ReportLanguage &language, const std::optional<qint64> &value)
{
    return value ? language.number(*value) : QString();
}

// A table QTextDocument and browsers both draw: geometry as attributes, look in CSS.
// `widths` in per cent, one per column, keep tables of one kind aligned with each other.
// Each column is as wide as the longest word it holds in any of the 14 languages at 8.5 pt
// (Greek "Προγραμματισμένη", Estonian "Praktikakirjeldused"): a narrower one breaks the
// word in the middle.
QString openTable(const QStringList &headings, int firstNumeric, const QList<int> &widths = {})
{
    QString html = QStringLiteral(
        "<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n"
        "<thead><tr>");
    for (int i = 0; i < headings.size(); ++i) {
        QString attributes = i >= firstNumeric ? QStringLiteral(" class=\"number\" align=\"right\"")
                                               : QStringLiteral(" align=\"left\"");
        if (i < widths.size())
            attributes += QStringLiteral(" width=\"%1%\"").arg(widths.at(i));
        html += QStringLiteral("<th%1>%2</th>").arg(attributes, escaped(headings.at(i)));
    }
    // A header row repeats on every page the table runs onto.
    return html + QLatin1String("</tr></thead>\n");
}

QString row(const QStringList &cells, int firstNumeric, bool total = false)
{
    QString html = total ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i) {
        html += i >= firstNumeric
            ? QStringLiteral("<td class=\"number\" align=\"right\">%1</td>").arg(cells.at(i))
            : QStringLiteral("<td>%1</td>").arg(cells.at(i));
    }
    return html + QLatin1String("</tr>\n");
}

QString dates(const ReportLanguage &language, const ActivityData::Activity &activity)
{
    if (activity.end == activity.start)
        return language.mediumDate(activity.start);
    return language.translate("pactesur::ActivityReport", "%1 – %2")
        .arg(language.mediumDate(activity.start), language.mediumDate(activity.end));
}

} // namespace

ActivityReport::ActivityReport(Database &db, const ReportPeriod &period, const QString &language)
    : ReportJob(db)
    , m_period(period)
    , m_language(language)
{ }

QStringList ActivityReport::formats() const
{
    return {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("csv")};
}

Status ActivityReport::load()
{
    Result<ActivityData> data = ActivityData::load(
        db(), m_period, [this](int done, int total) { return advance(done, total * 2); });
    if (!data)
        return data.error();
    m_data = std::move(data).value();
    m_summary = ActivitySummary::compute(db(), m_data, m_language);
    m_project = ReportPeriod::projectName(db());
    m_today = db().clock().now().toLocalTime().date();
    return {};
}

Status ActivityReport::write(const QString &format, const QString &path)
{
    if (Status known = checkFormat(format); !known)
        return known;
    if (Status loaded = load(); !loaded)
        return loaded;
    const int total = qMax(1, int(m_data.activities.size())) * 2;
    if (!advance(total / 2, total))
        return cancelledError();
    Status written;
    if (format == QLatin1String("csv"))
        written = ReportFile::write(path, toCsv());
    else if (format == QLatin1String("html"))
        written = ReportFile::write(path, toHtml().toUtf8());
    else
        written = writePdf(path);
    if (!written && isCancelled())
        return cancelledError();
    if (written)
        advance(total, total);
    return written;
}

QString ActivityReport::title() const
{
    return reportTr("Activity report");
}

QString ActivityReport::preparedOn() const
{
    return m_language.longDate(m_today);
}

QString ActivityReport::toHtml() const
{
    return ReportStyle::htmlPage(m_language.code(),
        reportTr("%1 · %2").arg(title(), m_period.describe(m_language)), bodyHtml(Target::HtmlPage),
        reportTr("Pactesur · report prepared on %1").arg(preparedOn()));
}

QString ActivityReport::bodyHtml(Target target) const
{
    QString html;
    if (target == Target::HtmlPage) {
        // The PDF has all this on its cover.
        html
            += QStringLiteral("<p class=\"kicker\">%1</p>\n<h1>%2</h1>\n<p class=\"lead\">%3</p>\n")
                   .arg(escaped(m_project), escaped(title()),
                       escaped(m_period.describe(m_language)));
    }
    int section = 0;
    auto heading = [&](const QString &text) {
        return QStringLiteral("<h2><a class=\"mark\" name=\"section-%1\">%2</a></h2>\n")
            .arg(++section)
            .arg(escaped(text));
    };
    html += heading(reportTr("Key figures")) + figuresHtml();
    html += heading(reportTr("Activity by city")) + citiesHtml();
    html += heading(reportTr("Activity by theme")) + themesHtml();
    html += heading(reportTr("Activities by kind")) + kindsHtml();
    html += heading(reportTr("Activities")) + activitiesHtml();
    return html;
}

QString ActivityReport::figuresHtml() const
{
    const QList<QPair<qint64, QString>> figures = {{m_summary.activities, reportTr("Activities")},
        {m_summary.citiesInvolved, reportTr("Cities involved")},
        {m_summary.participants, reportTr("Participants")},
        {m_summary.officers, reportTr("Police officers")}, {m_summary.women, reportTr("Women")}};
    QString html = QStringLiteral(
        "<table class=\"figures\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>");
    for (const auto &[value, label] : figures) {
        html += QStringLiteral("<td><span class=\"figure\">%1</span><br>"
                               "<span class=\"figure-label\">%2</span></td>")
                    .arg(m_language.number(value), escaped(label));
    }
    html += QLatin1String("</tr></table>\n");
    html += QStringLiteral("<p class=\"note\">%1</p>\n")
                .arg(escaped(reportTr("Done: %1 · planned: %2 · cancelled: %3.")
                                 .arg(m_language.number(m_summary.done),
                                     m_language.number(m_summary.planned),
                                     m_language.number(m_summary.cancelled))));
    html += QStringLiteral("<p class=\"note\">%1</p>\n")
                .arg(escaped(
                    reportTr("Participants are the figures the cities gave for each activity; "
                             "where no city gave figures, the total reported for the "
                             "activity counts.")));
    return html;
}

QString ActivityReport::citiesHtml() const
{
    QString html
        = openTable({reportTr("City"), reportTr("Hosted"), reportTr("Took part in"),
                        reportTr("Participants"), reportTr("Women"), reportTr("Police officers")},
            1, {22, 16, 15, 16, 12, 19});
    ActivitySummary::City total;
    for (const ActivitySummary::City &city : m_summary.cities) {
        html += row({escaped(city.name), m_language.number(city.hosted),
                        m_language.number(city.attended), m_language.number(city.participants),
                        m_language.number(city.women), m_language.number(city.officers)},
            1);
        total.hosted += city.hosted;
        total.participants += city.participants;
        total.women += city.women;
        total.officers += city.officers;
    }
    // Hosted activities add up; "took part in" would count an activity once per city.
    html += row({escaped(reportTr("All cities")), m_language.number(total.hosted), QString(),
                    m_language.number(total.participants), m_language.number(total.women),
                    m_language.number(total.officers)},
        1, true);
    return html + QLatin1String("</table>\n");
}

QString ActivityReport::themesHtml() const
{
    // The note comes first: it says how to read the table, and cannot be parted from it.
    QString html
        = QStringLiteral("<p class=\"note\">%1</p>\n")
              .arg(escaped(reportTr("An activity counts under the theme of its working group. "
                                    "Practice sheets are all the sheets on the theme to date, "
                                    "whatever their status; translations are not counted.")));
    html += openTable({reportTr("Theme"), reportTr("Activities"), reportTr("Participants"),
                          reportTr("Practice sheets"), reportTr("Validated or published")},
        1, {29, 18, 16, 21, 16});
    for (const ActivitySummary::Theme &theme : m_summary.themes) {
        const QString label = theme.slug.isEmpty()
            ? QStringLiteral("<i>%1</i>").arg(escaped(reportTr("No theme")))
            : escaped(theme.label);
        html += row(
            {label, m_language.number(theme.activities), m_language.number(theme.participants),
                theme.slug.isEmpty() ? QString() : m_language.number(theme.sheets),
                theme.slug.isEmpty() ? QString() : m_language.number(theme.sharedSheets)},
            1);
    }
    return html + QLatin1String("</table>\n");
}

QString ActivityReport::kindsHtml() const
{
    QString html = openTable(
        {reportTr("Kind"), reportTr("Activities"), reportTr("Participants")}, 1, {40, 30, 30});
    for (const ActivitySummary::Kind &kind : m_summary.kinds) {
        html += row({escaped(m_language.choiceLabel(kind.kind)), m_language.number(kind.activities),
                        m_language.number(kind.participants)},
            1);
    }
    return html + QLatin1String("</table>\n");
}

QString ActivityReport::activitiesHtml() const
{
    if (m_data.activities.isEmpty()) {
        return QStringLiteral("<p>%1</p>\n").arg(escaped(reportTr("No activity in this period.")));
    }
    // One table per month of start: easier to find one's way in, and many small tables
    // lay out far faster than one of thousands of rows.
    const QLocale &locale = m_language.locale();
    const QStringList headings = {reportTr("Dates"), reportTr("Activity"), reportTr("Status"),
        reportTr("Cities"), reportTr("Participants")};
    QString html;
    QDate month;
    for (const ActivityData::Activity &activity : m_data.activities) {
        const QDate first(activity.start.year(), activity.start.month(), 1);
        if (first != month) {
            if (month.isValid())
                html += QLatin1String("</table>\n");
            month = first;
            html += QStringLiteral("<h3>%1</h3>\n")
                        .arg(escaped(reportTr("%1 %2", "month and year")
                                         .arg(locale.standaloneMonthName(first.month()),
                                             locale.toString(first, QStringLiteral("yyyy")))));
            html += openTable(headings, 3, {20, 34, 19, 11, 16});
        }
        QStringList details = {m_language.choiceLabel(activity.kind)};
        if (const QString location = activity.location(); !location.isEmpty())
            details << location;
        if (!activity.group.isEmpty())
            details << activity.group;
        const QString title
            = QStringLiteral("<b>%1</b><br><span class=\"quiet\">%2</span>")
                  .arg(escaped(activity.title), escaped(details.join(QStringLiteral(" · "))));
        html += row({escaped(dates(m_language, activity)), title,
                        escaped(m_language.choiceLabel(activity.status)),
                        optionalNumber(m_language, activity.cities()),
                        optionalNumber(m_language, activity.participants())},
            3);
    }
    return html + QLatin1String("</table>\n");
}

QByteArray ActivityReport::toCsv() const
{
    const KindSpec &kind = Kinds::get(QStringLiteral("activities"));
    auto label = [&](const char *field) {
        return m_language.fieldLabel(kind.field(QString::fromLatin1(field))->label);
    };
    CsvWriter csv;
    // Dates in ISO 8601 and numbers without group separators: every spreadsheet reads them
    // whatever its locale, where "1.234" or "12/05/24" would be misread.
    csv.addRow({reportTr("ID"), label("start"), label("end"), label("title"), label("kind"),
        label("status"), label("host_city"), label("place"), label("group"), reportTr("Theme"),
        reportTr("Cities"), reportTr("Participants"), reportTr("Women"),
        reportTr("Police officers"), label("description"), label("outcomes")});
    auto plain = [](const std::optional<qint64> &value) {
        return value ? QString::number(*value) : QString();
    };
    for (const ActivityData::Activity &activity : m_data.activities) {
        std::optional<qint64> women;
        std::optional<qint64> officers;
        for (const ActivityData::Participation &city : activity.participation) {
            if (city.women)
                women = women.value_or(0) + *city.women;
            if (city.officers)
                officers = officers.value_or(0) + *city.officers;
        }
        const auto theme = std::find_if(m_summary.themes.cbegin(), m_summary.themes.cend(),
            [&](const ActivitySummary::Theme &row) { return row.slug == activity.theme; });
        csv.addRow({activity.id, activity.start.toString(Qt::ISODate),
            activity.end.toString(Qt::ISODate), activity.title,
            m_language.choiceLabel(activity.kind), m_language.choiceLabel(activity.status),
            activity.hostCity, activity.place, activity.group,
            theme != m_summary.themes.cend() && !activity.theme.isEmpty() ? theme->label
                                                                          : QString(),
            plain(activity.cities()), plain(activity.participants()), plain(women), plain(officers),
            activity.description, activity.outcomes});
    }
    return csv.data();
}

Status ActivityReport::writePdf(const QString &path) const
{
    BookletPdfWriter::Decoration decoration;
    decoration.title = reportTr("%1 · %2").arg(title(), m_period.describe(m_language));
    decoration.headerLeft = reportTr("%1 · %2").arg(m_project, title());
    decoration.footerLeft = reportTr("Pactesur · report prepared on %1").arg(preparedOn());
    decoration.pageLabel = [this](int page, int count) {
        return reportTr("Page %1 of %2").arg(m_language.number(page), m_language.number(count));
    };
    const QStringList sections = {reportTr("Key figures"), reportTr("Activity by city"),
        reportTr("Activity by theme"), reportTr("Activities by kind"), reportTr("Activities")};
    for (int i = 0; i < sections.size(); ++i)
        decoration.chapters.insert(QStringLiteral("section-%1").arg(i + 1), sections.at(i));
    ReportCover cover = ReportCover::standard(m_language);
    cover.kicker = m_project;
    cover.title = title();
    cover.subtitle = m_period.describe(m_language);
    cover.details = {{reportTr("Period"), m_period.describe(m_language)},
        {reportTr("Activities"), m_language.number(m_summary.activities)},
        {reportTr("Cities involved"), m_language.number(m_summary.citiesInvolved)},
        {reportTr("Prepared on"), preparedOn()}};
    decoration.cover = cover;
    // Drawing the pages takes most of the time: it is the second half of the progress.
    const int half = qMax(1, int(m_data.activities.size()));
    decoration.pageDrawn = [&](int page, int count) {
        return advance(half + half * page / qMax(1, count), 2 * half);
    };
    const QString body = bodyHtml(Target::PdfDocument);
    return BookletPdfWriter::write(
        path, decoration, [&](SafeTextDocument &document, const BookletPdfWriter::AnchorPages &) {
            document.setDefaultFont(ReportStyle::documentFont());
            document.setDefaultStyleSheet(ReportStyle::pdfCss());
            document.setHtml(body);
        });
}

} // namespace pactesur
