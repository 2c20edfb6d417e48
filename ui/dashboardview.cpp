// SPDX-License-Identifier: EUPL-1.2
// The first screen: the project's period and progress, the partnership and its activities
// at a glance, read from the database each time it is shown.
#include "dashboardview.h"

#include "model/kinds.h"
#include "recordquery.h"
#include "recordtablemodel.h"
#include "session.h"
#include "store/database.h"

#include <QDate>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

namespace pactesur {

namespace {

QFont scaledFont(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// The locale's long date without the weekday, which only adds noise to a project period.
QString longDate(const QLocale &locale, const QDate &date)
{
    static const QRegularExpression weekday(QStringLiteral("^dddd[\\s,]*|[\\s,]*dddd$"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(date, format);
}

QLabel *numberLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFont(scaledFont(label->font(), 1.4, true));
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    return label;
}

} // namespace

DashboardView::DashboardView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("dashboard"));

    m_projectName = new QLabel(this);
    m_projectName->setObjectName(QStringLiteral("projectName"));
    m_projectName->setTextFormat(Qt::PlainText);
    m_projectName->setFont(scaledFont(m_projectName->font(), 1.8, true));
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("projectPeriod"));
    m_period->setFont(scaledFont(m_period->font(), 1.1, false));

    m_projectBox = new QGroupBox(this);
    m_projectBox->setObjectName(QStringLiteral("projectCard"));
    m_progress = new QProgressBar(m_projectBox);
    m_progress->setObjectName(QStringLiteral("projectProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_progressText = new QLabel(m_projectBox);
    m_progressText->setObjectName(QStringLiteral("projectProgressText"));
    m_description = new QLabel(m_projectBox);
    m_description->setObjectName(QStringLiteral("projectDescription"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *projectLayout = new QVBoxLayout(m_projectBox);
    projectLayout->addWidget(m_progressText);
    projectLayout->addWidget(m_progress);
    projectLayout->addWidget(m_description, 1);

    m_cards << makeCard(QStringLiteral("cities"), QStringLiteral("role"))
            << makeCard(QStringLiteral("activities"), QStringLiteral("status"))
            << makeCard(QStringLiteral("sheets"), QStringLiteral("status"));

    m_activities = new RecordTableModel(Kinds::get(QStringLiteral("activities")),
        {QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("title"),
            QStringLiteral("host_city"), QStringLiteral("place")},
        this);
    m_calendarBox = new QGroupBox(this);
    m_calendarBox->setObjectName(QStringLiteral("calendarCard"));
    m_calendar = new QTableView(m_calendarBox);
    m_calendar->setObjectName(QStringLiteral("dashboardCalendar"));
    m_calendar->setModel(m_activities);
    m_calendar->setSortingEnabled(true);
    m_calendar->sortByColumn(0, Qt::AscendingOrder);
    m_calendar->setAlternatingRowColors(true);
    m_calendar->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calendar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calendar->setShowGrid(false);
    m_calendar->setWordWrap(false);
    m_calendar->verticalHeader()->hide();
    m_calendar->horizontalHeader()->setStretchLastSection(true);
    m_calendar->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *calendarLayout = new QVBoxLayout(m_calendarBox);
    calendarLayout->addWidget(m_calendar);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    cards->addWidget(m_projectBox, 3);
    for (const Card &card : std::as_const(m_cards))
        cards->addWidget(card.box, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_projectName);
    layout->addWidget(m_period);
    layout->addSpacing(4);
    layout->addLayout(cards);
    layout->addWidget(m_calendarBox, 1);

    connect(&m_session, &Session::databaseAboutToBeReplaced, this,
        [this] { m_activities->setDatabase(nullptr); });
    connect(&m_session, &Session::databaseReplaced, this, &DashboardView::refresh);
    retranslateUi();
    refresh();
}

DashboardView::Card DashboardView::makeCard(const QString &kind, const QString &field)
{
    const KindSpec &spec = Kinds::get(kind);
    Card card;
    card.kind = kind;
    card.table = spec.table;
    card.field = field;
    card.box = new QGroupBox(this);
    card.box->setObjectName(QStringLiteral("%1Card").arg(kind));
    auto *grid = new QGridLayout(card.box);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const QString &choice : spec.field(field)->choices) {
        CountRow count {choice, numberLabel(card.box), new QLabel(card.box)};
        count.value->setObjectName(QStringLiteral("%1Count_%2").arg(kind, choice));
        grid->addWidget(count.value, row, 0);
        grid->addWidget(count.label, row, 1);
        card.rows << count;
        ++row;
    }
    card.totalValue = numberLabel(card.box);
    card.totalValue->setObjectName(QStringLiteral("%1Count_total").arg(kind));
    card.totalLabel = new QLabel(card.box);
    card.totalLabel->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(card.totalValue, row, 0);
    grid->addWidget(card.totalLabel, row, 1);
    grid->setRowStretch(row + 1, 1); // cards share the row's height; their numbers stay on top
    return card;
}

void DashboardView::refresh()
{
    refreshProject();
    for (Card &card : m_cards)
        refreshCard(card);
    m_activities->setDatabase(&m_session.database());
    m_calendar->resizeColumnsToContents();
    // Sizing to contents undoes the stretch of the last column; setting it again restores it.
    m_calendar->horizontalHeader()->setStretchLastSection(false);
    m_calendar->horizontalHeader()->setStretchLastSection(true);
}

int DashboardView::shownCount(const QString &kind, const QString &choice) const
{
    for (const Card &card : m_cards) {
        if (card.kind != kind)
            continue;
        if (choice.isEmpty())
            return QLocale().toInt(card.totalValue->text());
        for (const CountRow &row : card.rows) {
            if (row.choice == choice)
                return QLocale().toInt(row.value->text());
        }
    }
    return -1;
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardView::showEvent(QShowEvent *event)
{
    // Other screens (and later imports) change the data: the dashboard is never stale.
    refresh();
    QWidget::showEvent(event);
}

void DashboardView::retranslateUi()
{
    m_projectBox->setTitle(Kinds::get(QStringLiteral("projects")).translatedLabel());
    m_calendarBox->setTitle(tr("Activities in date order"));
    m_description->setAccessibleName(tr("Project description"));
    m_calendar->setAccessibleName(tr("Activities in date order"));
    for (Card &card : m_cards) {
        card.box->setTitle(Kinds::get(card.kind).translatedPluralLabel());
        for (CountRow &row : card.rows)
            row.label->setText(Kinds::choiceLabel(row.choice));
        card.totalLabel->setText(tr("Total"));
    }
    m_activities->retranslate();
    refreshProject(); // dates follow the new locale
}

void DashboardView::refreshProject()
{
    QSqlQuery query(m_session.database().sql());
    const bool hasProject
        = query.exec(QStringLiteral("SELECT name, \"start\", \"end\", description FROM project "
                                    "WHERE deleted = 0 ORDER BY created_at, id LIMIT 1"))
        && query.next();
    if (!hasProject) {
        m_projectName->setText(tr("No project recorded yet"));
        m_period->clear();
        m_progressText->clear();
        m_progress->setValue(0);
        m_description->clear();
        return;
    }
    m_projectName->setText(query.value(0).toString());
    m_description->setText(query.value(3).toString());
    const QDate start = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    const QDate end = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    if (!start.isValid() || !end.isValid() || end < start) {
        m_period->clear();
        m_progressText->clear();
        m_progress->setValue(0);
        return;
    }

    const QLocale locale;
    m_period->setText(tr("%1 – %2").arg(longDate(locale, start), longDate(locale, end)));
    // The database's clock, not the wall clock, so tests can fix "today".
    const QDate today = m_session.database().clock().now().toLocalTime().date();
    const int days = int(start.daysTo(end)) + 1;
    m_progress->setRange(0, days);
    if (today < start) {
        m_progress->setValue(0);
        m_progressText->setText(tr("Starts in %n day(s)", nullptr, int(today.daysTo(start))));
    } else if (today > end) {
        m_progress->setValue(days);
        m_progressText->setText(tr("Ended on %1").arg(longDate(locale, end)));
    } else {
        const int day = int(start.daysTo(today)) + 1;
        m_progress->setValue(day);
        m_progressText->setText(tr("Day %1 of %2 (%3 %)")
                                    .arg(locale.toString(day), locale.toString(days),
                                        locale.toString(100 * day / days)));
    }
    m_progress->setAccessibleName(m_progressText->text());
}

void DashboardView::refreshCard(Card &card)
{
    QHash<QString, int> counts;
    QSqlQuery query(m_session.database().sql());
    const QString field = RecordQuery::quoted(card.field);
    if (query.exec(QStringLiteral("SELECT %1, COUNT(*) FROM %2 WHERE deleted = 0 GROUP BY %1")
                       .arg(field, RecordQuery::quoted(card.table)))) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    int total = 0;
    for (const int count : std::as_const(counts))
        total += count;
    for (CountRow &row : card.rows)
        row.value->setText(QLocale().toString(counts.value(row.choice)));
    card.totalValue->setText(QLocale().toString(total));
}

} // namespace pactesur
