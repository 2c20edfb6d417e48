// SPDX-License-Identifier: EUPL-1.2
// The dashboard's project page: the period with today and the milestones, the key figures,
// and charts of activities per quarter, participants by kind and practice sheets.
#include "dashboardprojectpage.h"

#include "charttimeline.h"
#include "dashboardformat.h"
#include "dashboardtile.h"
#include "dashboardtilegrid.h"
#include "model/kinds.h"
#include "widgets/chartbars.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pactesur {

namespace fmt = dashboardformat;

namespace {

const QColor kRecorded(0x22, 0x5e, 0xa8);
const QColor kReported(0x7f, 0xb2, 0xdc);

QColor statusColour(const QString &status)
{
    if (status == QLatin1String("submitted"))
        return QColor(0x4e, 0x8f, 0xd1);
    if (status == QLatin1String("changes_requested"))
        return QColor(0xd9, 0x7a, 0x1e);
    if (status == QLatin1String("validated"))
        return QColor(0x4c, 0xaf, 0x50);
    if (status == QLatin1String("published"))
        return QColor(0x1b, 0x6e, 0x34);
    return QColor(0x9e, 0x9e, 0x9e); // draft
}

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

QString pairs(const QList<std::pair<QString, qint64>> &items)
{
    QStringList parts;
    for (const auto &[label, value] : items)
        parts << DashboardProjectPage::tr("%1: %2", "label, number").arg(label, fmt::number(value));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

DashboardProjectPage::DashboardProjectPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardProject"));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("projectName"));
    m_name->setTextFormat(Qt::PlainText);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("projectPeriod"));
    m_period->setTextFormat(Qt::PlainText);
    m_timeline = new ChartTimeline(this);
    m_timeline->setObjectName(QStringLiteral("projectTimeline"));
    connect(m_timeline, &ChartTimeline::markActivated, this, [this](int index) {
        emit recordActivated(
            QStringLiteral("activities"), m_stats.project.milestones.at(index).activityId);
    });
    m_timelineNote = noteLabel(this);

    auto *tiles = new DashboardTileGrid(this);
    const char *names[] = {"tileCities", "tileActivities", "tileParticipants", "tileWomen",
        "tileOfficers", "tileSheets"};
    for (int tile = 0; tile < TileCount; ++tile)
        tiles->addTile(addTile(Tile(tile), QString::fromLatin1(names[tile])));

    m_quarters = new ChartBars(ChartBars::Orientation::Columns, this);
    m_quarters->setObjectName(QStringLiteral("chartQuarters"));
    connect(m_quarters, &ChartBars::barActivated, this, [this](int bar, int) {
        const ProjectFigures &project = m_stats.project;
        const int earlier = project.earlier.value > 0 ? 1 : 0;
        if (bar < earlier) {
            emit figureActivated(project.earlier,
                tr("Activities that started before %1")
                    .arg(fmt::longDate(project.quarters.first().from)));
        } else if (bar - earlier < project.quarters.size()) {
            const PeriodFigure &quarter = project.quarters.at(bar - earlier);
            emit figureActivated(quarter.activities,
                tr("Activities that started in %1").arg(fmt::quarter(quarter.from)));
        } else {
            emit figureActivated(project.later,
                tr("Activities that started after %1")
                    .arg(fmt::longDate(project.quarters.last().until)));
        }
    });
    m_kinds = new ChartBars(ChartBars::Orientation::Rows, this);
    m_kinds->setObjectName(QStringLiteral("chartParticipantsByKind"));
    connect(m_kinds, &ChartBars::barActivated, this, &DashboardProjectPage::activateKind);
    m_statuses = new ChartBars(ChartBars::Orientation::Rows, this);
    m_statuses->setObjectName(QStringLiteral("chartSheetsByStatus"));
    connect(m_statuses, &ChartBars::barActivated, this, [this](int bar, int) {
        const ChoiceFigure &status = m_stats.project.sheetStatuses.at(bar);
        emit figureActivated(status.sheets,
            tr("Practice sheets with the status “%1”").arg(Kinds::choiceLabel(status.value)));
    });
    m_themes = new ChartBars(ChartBars::Orientation::Rows, this);
    m_themes->setObjectName(QStringLiteral("chartSheetsByTheme"));
    connect(m_themes, &ChartBars::barActivated, this, [this](int bar, int) {
        const ChoiceFigure &theme = m_stats.project.themes.at(bar);
        emit figureActivated(theme.sheets,
            tr("Practice sheets on the theme “%1”")
                .arg(m_themeNames.value(theme.value, theme.value)));
    });
    m_kindNote = noteLabel(this);
    m_quarterBox = addChart(m_quarters, QStringLiteral("boxQuarters"));
    m_kindBox = addChart(m_kinds, QStringLiteral("boxParticipantsByKind"), m_kindNote);
    m_statusBox = addChart(m_statuses, QStringLiteral("boxSheetsByStatus"));
    m_themeBox = addChart(m_themes, QStringLiteral("boxSheetsByTheme"));
    auto *charts = new QGridLayout;
    charts->setSpacing(10);
    charts->addWidget(m_quarterBox, 0, 0);
    charts->addWidget(m_kindBox, 0, 1);
    charts->addWidget(m_statusBox, 1, 0);
    charts->addWidget(m_themeBox, 1, 1);

    // A small window scrolls rather than squeeze the charts' rows together.
    auto *content = new QWidget(this);
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardProjectScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    layout->addWidget(m_name);
    layout->addWidget(m_period);
    layout->addWidget(m_timeline);
    layout->addWidget(m_timelineNote);
    layout->addSpacing(4);
    layout->addWidget(tiles);
    layout->addSpacing(4);
    layout->addLayout(charts, 1);
    scroll->setWidget(content);
}

DashboardTile *DashboardProjectPage::addTile(Tile tile, const QString &objectName)
{
    auto *button = new DashboardTile(this);
    button->setObjectName(objectName);
    connect(button, &DashboardTile::clicked, this, [this, tile] { activateTile(tile); });
    m_tiles << button;
    return button;
}

QGroupBox *DashboardProjectPage::addChart(QWidget *chart, const QString &objectName, QLabel *note)
{
    auto *box = new QGroupBox(this);
    box->setObjectName(objectName);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(chart, 1);
    if (note)
        layout->addWidget(note);
    return box;
}

void DashboardProjectPage::setStats(
    const DashboardStats &stats, const QHash<QString, QString> &themeNames)
{
    m_stats = stats;
    retranslate(themeNames);
}

void DashboardProjectPage::retranslate(const QHash<QString, QString> &themeNames)
{
    m_themeNames = themeNames;
    m_quarterBox->setTitle(tr("Activities per quarter"));
    m_kindBox->setTitle(tr("Participants by kind of activity"));
    m_statusBox->setTitle(tr("Practice sheets by status"));
    m_themeBox->setTitle(tr("Practice sheets by theme"));
    m_timeline->setAccessibleName(tr("Project period, today and milestones"));
    m_quarters->setAccessibleName(m_quarterBox->title());
    m_kinds->setAccessibleName(m_kindBox->title());
    m_statuses->setAccessibleName(m_statusBox->title());
    m_themes->setAccessibleName(m_themeBox->title());
    updateHeader();
    updateKinds(); // before the tiles: the participants' tile explains with its note
    updateTiles();
    updateQuarters();
    updateSheets();
}

void DashboardProjectPage::updateHeader()
{
    const ProjectFigures &project = m_stats.project;
    const QDate &today = m_stats.today;
    m_name->setText(project.name.isEmpty() ? tr("No project recorded yet") : project.name);
    // The scrolling page takes the focus (Page Down scrolls it): the project names it.
    m_scroll->setAccessibleName(m_name->text());
    const bool hasPeriod
        = project.start.isValid() && project.end.isValid() && project.start <= project.end;
    if (!hasPeriod) {
        m_period->clear();
    } else {
        const QString period
            = tr("%1 – %2").arg(fmt::longDate(project.start), fmt::longDate(project.end));
        const int days = int(project.start.daysTo(project.end)) + 1;
        QString progress;
        if (today < project.start) {
            progress = tr("Starts in %n day(s)", nullptr, int(today.daysTo(project.start)));
        } else if (today > project.end) {
            progress = tr("Ended on %1").arg(fmt::longDate(project.end));
        } else {
            const int day = int(project.start.daysTo(today)) + 1;
            progress = tr("Day %1 of %2 (%3)")
                           .arg(fmt::number(day), fmt::number(days), fmt::percent(day, days));
        }
        m_period->setText(QStringLiteral("%1   ·   %2").arg(period, progress));
    }
    m_timeline->setPeriod(project.start, project.end, today);
    QList<TimelineMark> marks;
    for (const Milestone &milestone : project.milestones) {
        marks.append({milestone.date, milestone.title,
            tr("%1\n%2, %3\nClick to open this activity.")
                .arg(milestone.title, fmt::longDate(milestone.date),
                    Kinds::choiceLabel(milestone.kind))});
    }
    m_timeline->setMarks(marks);
    m_timelineNote->setText(marks.isEmpty()
            ? tr("Milestones appear on this line: the activities whose participants or cities "
                 "are reported for the whole partnership.")
            : tr("◆ Milestones: the activities whose participants or cities are reported for "
                 "the whole partnership. Click one to open it."));
}

void DashboardProjectPage::updateTiles()
{
    const ProjectFigures &project = m_stats.project;
    QList<std::pair<QString, qint64>> roles;
    for (const QString &role :
        Kinds::get(QStringLiteral("cities")).field(QStringLiteral("role"))->choices) {
        qint64 count = 0;
        for (const CityFigures &city : std::as_const(m_stats.cities))
            count += city.role == role ? 1 : 0;
        roles.append({Kinds::choiceLabel(role), count});
    }
    DashboardTile *tile = m_tiles.at(Cities);
    tile->setValue(fmt::number(project.cities.value));
    tile->setCaption(tr("Partner cities"));
    tile->setNote(pairs(roles));

    tile = m_tiles.at(Activities);
    tile->setValue(fmt::number(project.activities.value));
    tile->setCaption(Kinds::get(QStringLiteral("activities")).translatedPluralLabel());
    tile->setNote(tr("Planned or done; cancelled ones are not counted."));

    tile = m_tiles.at(Participants);
    tile->setValue(fmt::number(project.participants.value));
    tile->setCaption(tr("Participants"));
    tile->setNote(pairs({{tr("Recorded by the cities"), project.participantsRecorded.value},
        {tr("From public reports"), project.participantsReported.value}}));
    tile->setToolTip(m_kindNote->text());

    tile = m_tiles.at(Women);
    const qint64 known = project.participantsWithWomenRecorded.value;
    tile->setValue(known > 0 ? fmt::percent(project.women.value, known) : QStringLiteral("—"));
    tile->setCaption(tr("Women among participants"));
    tile->setNote(known > 0 ? tr("Of the %1 participants whose number of women is recorded.")
                                  .arg(fmt::number(known))
                            : tr("No participation record gives the number of women yet."));

    tile = m_tiles.at(Officers);
    tile->setValue(fmt::number(project.officersExchanged.value));
    tile->setCaption(tr("Officers exchanged"));
    tile->setNote(tr("Sent by their city to police staff exchanges hosted by another city."));

    tile = m_tiles.at(Sheets);
    tile->setValue(fmt::number(project.sheets.value));
    tile->setCaption(Kinds::get(QStringLiteral("sheets")).translatedPluralLabel());
    QList<std::pair<QString, qint64>> statuses;
    for (const ChoiceFigure &status : project.sheetStatuses) {
        if (status.value == QLatin1String("validated")
            || status.value == QLatin1String("published"))
            statuses.append({Kinds::choiceLabel(status.value), status.sheets.value});
    }
    tile->setNote(pairs(statuses));
}

void DashboardProjectPage::activateTile(Tile tile)
{
    const ProjectFigures &project = m_stats.project;
    switch (tile) {
    case Cities:
        emit figureActivated(project.cities, tr("Partner cities"));
        break;
    case Activities:
        emit figureActivated(project.activities, tr("Activities, planned or done"));
        break;
    case Participants:
        emit figureActivated(project.participants, tr("Activities with participants"));
        break;
    case Women:
        emit figureActivated(
            project.women, tr("Participation records that give the number of women"));
        break;
    case Officers:
        emit figureActivated(project.officersExchanged,
            tr("Officers sent to police staff exchanges hosted by another city"));
        break;
    case Sheets:
    case TileCount:
        emit figureActivated(
            project.sheets, Kinds::get(QStringLiteral("sheets")).translatedPluralLabel());
        break;
    }
}

void DashboardProjectPage::updateQuarters()
{
    const ProjectFigures &project = m_stats.project;
    QList<ChartBar> bars;
    auto bar = [](const QString &label, qint64 value) {
        return ChartBar {label, {value}, tr("%1: %n activity(ies)", nullptr, int(value)).arg(label),
            {}, tr("%n activity(ies)", nullptr, int(value))};
    };
    if (project.earlier.value > 0)
        bars << bar(tr("Earlier"), project.earlier.value);
    for (const PeriodFigure &quarter : project.quarters)
        bars << bar(fmt::quarter(quarter.from), quarter.activities.value);
    if (project.later.value > 0)
        bars << bar(tr("Later"), project.later.value);
    m_quarters->setEmptyText(tr("No activities yet."));
    m_quarters->setBars(bars);
}

void DashboardProjectPage::updateKinds()
{
    const ProjectFigures &project = m_stats.project;
    m_kindRows.clear();
    QList<ChartBar> bars;
    for (int i = 0; i < project.kinds.size(); ++i) {
        const KindFigures &kind = project.kinds.at(i);
        const qint64 recorded = kind.participantsRecorded.value;
        const qint64 reported = kind.participantsReported.value;
        if (recorded + reported == 0)
            continue;
        m_kindRows << i;
        bars.append({Kinds::choiceLabel(kind.kind), {recorded, reported},
            tr("%1: %2 participants (%3 recorded by the cities, %4 from public reports)")
                .arg(Kinds::choiceLabel(kind.kind), fmt::number(recorded + reported),
                    fmt::number(recorded), fmt::number(reported)),
            {}, tr("%n participant(s)", nullptr, int(recorded + reported))});
    }
    m_kinds->setSeries(
        {tr("Recorded by the cities"), tr("From public reports")}, {kRecorded, kReported});
    m_kinds->setEmptyText(tr("No participants recorded or reported yet."));
    m_kinds->setBars(bars);
    m_kindNote->setText(tr("Public reports give some totals without saying how many people came "
                           "from each city. Such a total counts here for its activity when no "
                           "city has recorded its participation, and never in a city's figures."));
}

void DashboardProjectPage::activateKind(int bar, int segment)
{
    const KindFigures &kind = m_stats.project.kinds.at(m_kindRows.at(bar));
    const QString label = Kinds::choiceLabel(kind.kind);
    if (segment < 0)
        segment = kind.participantsRecorded.value > 0 ? 0 : 1;
    if (segment == 0) {
        emit figureActivated(kind.participantsRecorded,
            tr("Participants recorded by the cities in activities of the kind “%1”").arg(label));
    } else {
        emit figureActivated(kind.participantsReported,
            tr("Participants from public reports in activities of the kind “%1”").arg(label));
    }
}

void DashboardProjectPage::updateSheets()
{
    const ProjectFigures &project = m_stats.project;
    const QString none
        = tr("No practice sheets yet. They are counted here once the cities write them.");
    QList<ChartBar> statuses;
    QList<ChartBar> themes;
    if (project.sheets.value > 0) {
        for (const ChoiceFigure &status : project.sheetStatuses) {
            const QString label = Kinds::choiceLabel(status.value);
            statuses.append({label, {status.sheets.value},
                tr("%1: %n practice sheet(s)", nullptr, int(status.sheets.value)).arg(label),
                statusColour(status.value),
                tr("%n practice sheet(s)", nullptr, int(status.sheets.value))});
        }
        for (const ChoiceFigure &theme : project.themes) {
            const QString label = m_themeNames.value(theme.value, theme.value);
            themes.append({label, {theme.sheets.value},
                tr("%1: %n practice sheet(s)", nullptr, int(theme.sheets.value)).arg(label), {},
                tr("%n practice sheet(s)", nullptr, int(theme.sheets.value))});
        }
    }
    m_statuses->setEmptyText(none);
    m_statuses->setBars(statuses);
    m_themes->setEmptyText(none);
    m_themes->setBars(themes);
}

} // namespace pactesur
