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
#include "util/translations.h"

#include <QLocale>

#include <algorithm>

namespace pactesur {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString optionalNumber(const std::optional<qint64> &value)
{
    return value ? number(*value) : QString();
}

// A table QTextDocument and browsers both draw: geometry as attributes, look in CSS.
// `widths` in per cent, one per column, keep tables of one kind aligned with each other.
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

QString dates(const ActivityData::Activity &activity)
{
    const QLocale locale;
    if (activity.end == activity.start)
        return ReportLanguage::mediumDate(locale, activity.start);
    return ActivityReport::tr("%1 – %2").arg(ReportLanguage::mediumDate(locale, activity.start),
        ReportLanguage::mediumDate(locale, activity.end));
}

} // namespace

ActivityReport::ActivityReport(Database &db, const ReportPeriod &period)
    : ReportJob(db)
    , m_period(period)
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
    m_summary = ActivitySummary::compute(db(), m_data);
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
    return tr("Activity report");
}

QString ActivityReport::preparedOn() const
{
    return ReportLanguage::longDate(QLocale(), m_today);
}

QString ActivityReport::toHtml() const
{
    return ReportStyle::htmlPage(Translations::current(),
        tr("%1 · %2").arg(title(), m_period.describe(QLocale())), bodyHtml(Target::HtmlPage),
        tr("Pactesur · report prepared on %1").arg(preparedOn()));
}

QString ActivityReport::bodyHtml(Target target) const
{
    QString html;
    if (target == Target::HtmlPage) {
        // The PDF has all this on its cover.
        html
            += QStringLiteral("<p class=\"kicker\">%1</p>\n<h1>%2</h1>\n<p class=\"lead\">%3</p>\n")
                   .arg(
                       escaped(m_project), escaped(title()), escaped(m_period.describe(QLocale())));
    }
    int section = 0;
    auto heading = [&](const QString &text) {
        return QStringLiteral("<h2><a class=\"mark\" name=\"section-%1\">%2</a></h2>\n")
            .arg(++section)
            .arg(escaped(text));
    };
    html += heading(tr("Key figures")) + figuresHtml();
    html += heading(tr("Activity by city")) + citiesHtml();
    html += heading(tr("Activity by theme")) + themesHtml();
    html += heading(tr("Activities by kind")) + kindsHtml();
    html += heading(tr("Activities")) + activitiesHtml();
    return html;
}

QString ActivityReport::figuresHtml() const
{
    const QList<QPair<qint64, QString>> figures = {{m_summary.activities, tr("Activities")},
        {m_summary.citiesInvolved, tr("Cities involved")},
        {m_summary.participants, tr("Participants")}, {m_summary.officers, tr("Police officers")},
        {m_summary.women, tr("Women")}};
    QString html = QStringLiteral(
        "<table class=\"figures\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>");
    for (const auto &[value, label] : figures) {
        html += QStringLiteral("<td><span class=\"figure\">%1</span><br>"
                               "<span class=\"figure-label\">%2</span></td>")
                    .arg(number(value), escaped(label));
    }
    html += QLatin1String("</tr></table>\n");
    html += QStringLiteral("<p class=\"note\">%1</p>\n")
                .arg(escaped(tr("Done: %1 · planned: %2 · cancelled: %3.")
                                 .arg(number(m_summary.done), number(m_summary.planned),
                                     number(m_summary.cancelled))));
    html += QStringLiteral("<p class=\"note\">%1</p>\n")
                .arg(escaped(tr("Participants are the figures the cities gave for each activity; "
                                "where no city gave figures, the total reported for the "
                                "activity counts.")));
    return html;
}

QString ActivityReport::citiesHtml() const
{
    QString html = openTable({tr("City"), tr("Hosted"), tr("Took part in"), tr("Participants"),
                                 tr("Women"), tr("Police officers")},
        1, {26, 12, 15, 17, 12, 18});
    ActivitySummary::City total;
    for (const ActivitySummary::City &city : m_summary.cities) {
        html += row({escaped(city.name), number(city.hosted), number(city.attended),
                        number(city.participants), number(city.women), number(city.officers)},
            1);
        total.hosted += city.hosted;
        total.participants += city.participants;
        total.women += city.women;
        total.officers += city.officers;
    }
    // Hosted activities add up; "took part in" would count an activity once per city.
    html += row({escaped(tr("All cities")), number(total.hosted), QString(),
                    number(total.participants), number(total.women), number(total.officers)},
        1, true);
    return html + QLatin1String("</table>\n");
}

QString ActivityReport::themesHtml() const
{
    // The note comes first: it says how to read the table, and cannot be parted from it.
    QString html = QStringLiteral("<p class=\"note\">%1</p>\n")
                       .arg(escaped(tr("An activity counts under the theme of its working group. "
                                       "Practice sheets are all the sheets on the theme to date, "
                                       "whatever their status; translations are not counted.")));
    html += openTable({tr("Theme"), tr("Activities"), tr("Participants"), tr("Practice sheets"),
                          tr("Validated or published")},
        1, {36, 14, 16, 16, 18});
    for (const ActivitySummary::Theme &theme : m_summary.themes) {
        const QString label = theme.slug.isEmpty()
            ? QStringLiteral("<i>%1</i>").arg(escaped(tr("No theme")))
            : escaped(theme.label);
        html += row({label, number(theme.activities), number(theme.participants),
                        theme.slug.isEmpty() ? QString() : number(theme.sheets),
                        theme.slug.isEmpty() ? QString() : number(theme.sharedSheets)},
            1);
    }
    return html + QLatin1String("</table>\n");
}

QString ActivityReport::kindsHtml() const
{
    QString html = openTable({tr("Kind"), tr("Activities"), tr("Participants")}, 1, {40, 30, 30});
    for (const ActivitySummary::Kind &kind : m_summary.kinds) {
        html += row({escaped(Kinds::choiceLabel(kind.kind)), number(kind.activities),
                        number(kind.participants)},
            1);
    }
    return html + QLatin1String("</table>\n");
}

QString ActivityReport::activitiesHtml() const
{
    if (m_data.activities.isEmpty()) {
        return QStringLiteral("<p>%1</p>\n").arg(escaped(tr("No activity in this period.")));
    }
    // One table per month of start: easier to find one's way in, and many small tables
    // lay out far faster than one of thousands of rows.
    const QLocale locale;
    const QStringList headings
        = {tr("Dates"), tr("Activity"), tr("Status"), tr("Cities"), tr("Participants")};
    QString html;
    QDate month;
    for (const ActivityData::Activity &activity : m_data.activities) {
        const QDate first(activity.start.year(), activity.start.month(), 1);
        if (first != month) {
            if (month.isValid())
                html += QLatin1String("</table>\n");
            month = first;
            html += QStringLiteral("<h3>%1</h3>\n")
                        .arg(escaped(tr("%1 %2", "month and year")
                                         .arg(locale.standaloneMonthName(first.month()),
                                             locale.toString(first, QStringLiteral("yyyy")))));
            html += openTable(headings, 3, {22, 43, 12, 9, 14});
        }
        QStringList details = {Kinds::choiceLabel(activity.kind)};
        if (const QString location = activity.location(); !location.isEmpty())
            details << location;
        if (!activity.group.isEmpty())
            details << activity.group;
        const QString title
            = QStringLiteral("<b>%1</b><br><span class=\"quiet\">%2</span>")
                  .arg(escaped(activity.title), escaped(details.join(QStringLiteral(" · "))));
        html += row({escaped(dates(activity)), title, escaped(Kinds::choiceLabel(activity.status)),
                        optionalNumber(activity.cities()), optionalNumber(activity.participants())},
            3);
    }
    return html + QLatin1String("</table>\n");
}

QByteArray ActivityReport::toCsv() const
{
    const KindSpec &kind = Kinds::get(QStringLiteral("activities"));
    auto label = [&](const char *field) {
        return kind.field(QString::fromLatin1(field))->translatedLabel();
    };
    CsvWriter csv;
    // Dates in ISO 8601 and numbers without group separators: every spreadsheet reads them
    // whatever its locale, where "1.234" or "12/05/24" would be misread.
    csv.addRow({tr("ID"), label("start"), label("end"), label("title"), label("kind"),
        label("status"), label("host_city"), label("place"), label("group"), tr("Theme"),
        tr("Cities"), tr("Participants"), tr("Women"), tr("Police officers"), label("description"),
        label("outcomes")});
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
            activity.end.toString(Qt::ISODate), activity.title, Kinds::choiceLabel(activity.kind),
            Kinds::choiceLabel(activity.status), activity.hostCity, activity.place, activity.group,
            theme != m_summary.themes.cend() && !activity.theme.isEmpty() ? theme->label
                                                                          : QString(),
            plain(activity.cities()), plain(activity.participants()), plain(women), plain(officers),
            activity.description, activity.outcomes});
    }
    return csv.data();
}

Status ActivityReport::writePdf(const QString &path) const
{
    const ReportLanguage language;
    BookletPdfWriter::Decoration decoration;
    decoration.title = tr("%1 · %2").arg(title(), m_period.describe(QLocale()));
    decoration.headerLeft = tr("%1 · %2").arg(m_project, title());
    decoration.footerLeft = tr("Pactesur · report prepared on %1").arg(preparedOn());
    decoration.pageLabel
        = [](int page, int count) { return tr("Page %1 of %2").arg(page).arg(count); };
    const QStringList sections = {tr("Key figures"), tr("Activity by city"),
        tr("Activity by theme"), tr("Activities by kind"), tr("Activities")};
    for (int i = 0; i < sections.size(); ++i)
        decoration.chapters.insert(QStringLiteral("section-%1").arg(i + 1), sections.at(i));
    ReportCover cover = ReportCover::standard(language);
    cover.kicker = m_project;
    cover.title = title();
    cover.subtitle = m_period.describe(QLocale());
    cover.details = {{tr("Period"), m_period.describe(QLocale())},
        {tr("Activities"), number(m_summary.activities)},
        {tr("Cities involved"), number(m_summary.citiesInvolved)},
        {tr("Prepared on"), preparedOn()}};
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
