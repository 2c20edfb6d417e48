// SPDX-License-Identifier: EUPL-1.2
// The drop-down filters of a list that users expect for its kind (city, language, theme,
// period, review due), turned into SQL conditions for RecordTableModel.
#include "recordfilterbar.h"

#include "store/database.h"
#include "store/recordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSqlQuery>

namespace pactesur {

namespace {

struct FilterDef
{
    const char *kind;
    const char *field;
    int type; // RecordFilterBar::Type
    const char *allText;
};

// The status or role filter of each list is RecordListView's own choice filter; these
// come next to it. Types: 0 choice, 1 city, 2 distinct values, 3 theme, 4 period, 5 due.
const FilterDef kFilters[] = {
    {"activities", "kind", 0, QT_TRANSLATE_NOOP("pactesur::RecordFilterBar", "All kinds")},
    {"activities", "host_city", 1, QT_TRANSLATE_NOOP("pactesur::RecordFilterBar", "All cities")},
    {"activities", "start", 4, QT_TRANSLATE_NOOP("pactesur::RecordFilterBar", "Any time")},
    {"sheets", "city", 1, QT_TRANSLATE_NOOP("pactesur::RecordFilterBar", "All cities")},
    {"sheets", "language", 2, QT_TRANSLATE_NOOP("pactesur::RecordFilterBar", "All languages")},
    {"sheets", "themes", 3, QT_TRANSLATE_NOOP("pactesur::RecordFilterBar", "All themes")},
    {"resources", "language", 2, QT_TRANSLATE_NOOP("pactesur::RecordFilterBar", "All languages")},
    {"resources", "themes", 3, QT_TRANSLATE_NOOP("pactesur::RecordFilterBar", "All themes")},
    {"contacts", "city", 1, QT_TRANSLATE_NOOP("pactesur::RecordFilterBar", "All cities")},
    {"contacts", "review_by", 5, QT_TRANSLATE_NOOP("pactesur::RecordFilterBar", "Review due")},
    {"groups", "lead_city", 1, QT_TRANSLATE_NOOP("pactesur::RecordFilterBar", "All lead cities")},
    {"organisations", "country", 2,
        QT_TRANSLATE_NOOP("pactesur::RecordFilterBar", "All countries")},
};

constexpr int kMaxDistinct = 300;

QString period(const QDate &from, const QDate &to)
{
    return from.toString(Qt::ISODate) + QLatin1Char('/') + to.toString(Qt::ISODate);
}

} // namespace

RecordFilterBar::RecordFilterBar(const KindSpec &kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("filterBar_%1").arg(kind.name));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const FilterDef &def : kFilters) {
        if (kind.name != QLatin1String(def.kind) || !kind.field(QString::fromLatin1(def.field)))
            continue;
        Filter filter {QString::fromLatin1(def.field), Type(def.type), def.allText};
        const QString name = QStringLiteral("filter_%1_%2").arg(kind.name, filter.field);
        if (filter.type == Type::ReviewDue) {
            filter.check = new QCheckBox(this);
            filter.check->setObjectName(name);
            connect(filter.check, &QCheckBox::toggled, this, &RecordFilterBar::conditionsChanged);
            layout->addWidget(filter.check);
        } else {
            filter.combo = new QComboBox(this);
            filter.combo->setObjectName(name);
            filter.combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            // A long choice ("Recruitment, retention and inclusion in the police", longer in
            // Greek) elides in the closed box instead of widening the window; the open list
            // is as wide as its longest entry.
            filter.combo->setMaximumWidth(filter.combo->fontMetrics().averageCharWidth() * 30);
            filter.combo->addItem(QString(), QString());
            connect(filter.combo, &QComboBox::currentIndexChanged, this,
                &RecordFilterBar::conditionsChanged);
            layout->addWidget(filter.combo);
        }
        m_filters << filter;
    }
    retranslateUi();
}

void RecordFilterBar::setDatabase(Database *database)
{
    m_database = database;
    for (Filter &filter : m_filters) {
        if (!filter.combo)
            continue;
        const QSignalBlocker blocker(filter.combo);
        const QString current = filter.combo->currentData().toString();
        while (filter.combo->count() > 1)
            filter.combo->removeItem(1);
        if (m_database)
            fill(filter);
        filter.combo->setCurrentIndex(qMax(0, filter.combo->findData(current)));
    }
    emit conditionsChanged();
}

void RecordFilterBar::fill(Filter &filter)
{
    QComboBox *combo = filter.combo;
    QSqlQuery query(m_database->sql());
    const QString column = RecordQuery::quoted(filter.field);
    const QString table = RecordQuery::quoted(m_kind.table);
    switch (filter.type) {
    case Type::Choice:
        for (const QString &choice : m_kind.field(filter.field)->choices)
            combo->addItem(Kinds::choiceLabel(choice), choice);
        break;
    case Type::City:
        query.exec(QStringLiteral("SELECT id, name FROM city WHERE deleted = 0 ORDER BY name"));
        while (query.next())
            combo->addItem(query.value(1).toString(), query.value(0).toString());
        break;
    case Type::Distinct:
        query.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE deleted = 0 AND %1 IS NOT "
                                  "NULL AND %1 <> '' ORDER BY 1 LIMIT %3")
                       .arg(column, table)
                       .arg(kMaxDistinct));
        while (query.next())
            combo->addItem(query.value(0).toString(), query.value(0).toString());
        break;
    case Type::Theme: {
        const RecordStore store(*m_database);
        query.exec(QStringLiteral("SELECT slug FROM theme WHERE deleted = 0 ORDER BY name"));
        while (query.next())
            combo->addItem(store.themeLabel(query.value(0).toString()), query.value(0));
        break;
    }
    case Type::Period:
        fillPeriods(combo);
        break;
    case Type::ReviewDue:
        break;
    }
}

void RecordFilterBar::fillPeriods(QComboBox *combo)
{
    // A year, then its quarters: the periods activity reports are made for.
    // Year by year down the index on `start` (one short walk each), not a DISTINCT over
    // every row: the list's filters are filled before it first paints.
    QSqlQuery query(m_database->sql());
    query.prepare(
        QStringLiteral("SELECT substr(%1, 1, 4) FROM %2 WHERE %1 < ? AND +deleted = 0 "
                       "ORDER BY %1 DESC LIMIT 1")
            .arg(RecordQuery::quoted(QStringLiteral("start")), RecordQuery::quoted(m_kind.table)));
    QString below = QStringLiteral("a"); // after every digit
    for (int years = 0; years < 50; ++years) {
        query.addBindValue(below);
        if (!query.exec() || !query.next())
            break;
        below = query.value(0).toString();
        const int year = below.toInt();
        if (year <= 0)
            continue;
        combo->addItem(QString::number(year), period(QDate(year, 1, 1), QDate(year, 12, 31)));
        for (int quarter = 1; quarter <= 4; ++quarter) {
            const QDate from(year, quarter * 3 - 2, 1);
            combo->addItem(QString(), period(from, from.addMonths(3).addDays(-1)));
            combo->setItemData(combo->count() - 1, quarter, Qt::UserRole + 1);
        }
    }
    retranslateUi();
}

QList<RecordQuery::Condition> RecordFilterBar::conditions() const
{
    using Match = RecordQuery::Condition::Match;
    QList<RecordQuery::Condition> conditions;
    for (const Filter &filter : m_filters) {
        if (filter.check) {
            if (filter.check->isChecked()) {
                conditions.append({filter.field, Match::Before,
                    (m_database ? m_database->clock().now().date() : QDate::currentDate())
                        .toString(Qt::ISODate)});
            }
            continue;
        }
        const QString value = filter.combo->currentData().toString();
        if (value.isEmpty())
            continue;
        const Match match = filter.type == Type::Theme ? Match::HasTheme
            : filter.type == Type::Period              ? Match::Overlaps
                                                       : Match::Equals;
        conditions.append({filter.field, match, value});
    }
    return conditions;
}

void RecordFilterBar::clear()
{
    for (Filter &filter : m_filters) {
        const QSignalBlocker blocker(filter.combo ? static_cast<QWidget *>(filter.combo)
                                                  : static_cast<QWidget *>(filter.check));
        if (filter.combo)
            filter.combo->setCurrentIndex(0);
        else
            filter.check->setChecked(false);
    }
    emit conditionsChanged();
}

bool RecordFilterBar::setCity(const QString &cityId)
{
    for (Filter &filter : m_filters) {
        if (filter.type == Type::City) {
            const int index = filter.combo->findData(cityId);
            filter.combo->setCurrentIndex(qMax(0, index));
            return index >= 0;
        }
    }
    return false;
}

void RecordFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecordFilterBar::retranslateUi()
{
    const RecordStore *store = nullptr;
    std::optional<RecordStore> themes;
    if (m_database) {
        themes.emplace(*m_database);
        store = &*themes;
    }
    for (Filter &filter : m_filters) {
        const QString label = m_kind.field(filter.field)->translatedLabel();
        if (filter.check) {
            filter.check->setText(tr(filter.allText));
            filter.check->setAccessibleName(tr(filter.allText));
            filter.check->setToolTip(tr("Contacts whose review date has passed"));
            continue;
        }
        filter.combo->setItemText(0, tr(filter.allText));
        filter.combo->setAccessibleName(tr("Filter by %1").arg(label));
        for (int i = 1; i < filter.combo->count(); ++i) {
            const QString value = filter.combo->itemData(i).toString();
            if (filter.type == Type::Choice)
                filter.combo->setItemText(i, Kinds::choiceLabel(value));
            else if (filter.type == Type::Theme && store)
                filter.combo->setItemText(i, store->themeLabel(value));
            else if (filter.type == Type::Period
                && filter.combo->itemData(i, Qt::UserRole + 1).isValid())
                filter.combo->setItemText(i,
                    tr("Q%1 %2")
                        .arg(filter.combo->itemData(i, Qt::UserRole + 1).toInt())
                        .arg(value.left(4)));
        }
    }
}

} // namespace pactesur
