// SPDX-License-Identifier: EUPL-1.2
// The left column of the sheet editor: the sections (ticked once their required fields are
// filled, with their word counts), the checklist of what submitting needs, and the status
// history of the sheet.
#include "sheetnavigator.h"

#include "util/localformat.h"

#include "model/kinds.h"
#include "sheetfieldinput.h"
#include "sheetfieldrow.h"
#include "sheetform.h"
#include "sheetformspec.h"
#include "sheetreviewnotes.h"
#include "sheets/sheetworkflow.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace pactesur {

namespace {

constexpr int kSecondaryRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;

// A name, and under it a smaller grey line (word count, date and author).
class TwoLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QString primary = item.text;
        const QString secondary = index.data(kSecondaryRole).toString();
        // The style draws the background, selection and icon; the two lines are ours.
        item.text.clear();
        const QWidget *widget = option.widget;
        widget->style()->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
        const QRect text
            = widget->style()->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setFont(item.font);
        painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                                 : item.palette.color(QPalette::Text));
        if (index.data(Qt::ForegroundRole).isValid() && !selected)
            painter->setPen(index.data(Qt::ForegroundRole).value<QBrush>().color());
        const int line = QFontMetrics(item.font).lineSpacing();
        QRect first = text;
        if (!secondary.isEmpty())
            first.setHeight(text.height() / 2 + 1);
        painter->drawText(first.adjusted(2, 0, -2, 0),
            (secondary.isEmpty() ? Qt::AlignVCenter : Qt::AlignBottom) | Qt::AlignLeft,
            QFontMetrics(item.font).elidedText(primary, Qt::ElideRight, first.width() - 4));
        if (!secondary.isEmpty()) {
            QFont small = item.font;
            small.setPointSizeF(small.pointSizeF() * 0.88);
            painter->setFont(small);
            if (!selected)
                painter->setPen(option.palette.color(QPalette::PlaceholderText));
            const QRect second(text.left() + 2, first.bottom() + 1, text.width() - 4, line);
            painter->drawText(second, Qt::AlignLeft | Qt::AlignTop,
                QFontMetrics(small).elidedText(secondary, Qt::ElideRight, second.width()));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int line = option.fontMetrics.lineSpacing();
        size.setHeight(index.data(kSecondaryRole).toString().isEmpty() ? line + 10 : line * 2 + 10);
        return size;
    }
};

} // namespace

SheetNavigator::SheetNavigator(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sheetNavigator"));
    m_sectionsHeading = heading(QStringLiteral("navigatorSectionsHeading"));
    m_sections = list(QStringLiteral("navigatorSections"));
    for (const SheetSection &section : SheetFormSpec::sections()) {
        auto *item = new QListWidgetItem(m_sections);
        item->setData(kKeyRole, section.key);
    }
    m_checklistHeading = heading(QStringLiteral("navigatorChecklistHeading"));
    m_checklist = list(QStringLiteral("navigatorChecklist"));
    for (const QString &field : SheetWorkflow::fieldsRequiredToSubmit()) {
        auto *item = new QListWidgetItem(m_checklist);
        item->setData(kKeyRole, field);
    }
    m_historyHeading = heading(QStringLiteral("navigatorHistoryHeading"));
    m_history = list(QStringLiteral("navigatorHistory"));
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFocusPolicy(Qt::NoFocus);

    connect(m_sections, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { emit sectionActivated(item->data(kKeyRole).toString()); });
    connect(m_sections, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { emit sectionActivated(item->data(kKeyRole).toString()); });
    connect(m_checklist, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { emit fieldActivated(item->data(kKeyRole).toString()); });
    connect(m_checklist, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { emit fieldActivated(item->data(kKeyRole).toString()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 14, 8, 12);
    layout->setSpacing(4);
    layout->addWidget(m_sectionsHeading);
    layout->addWidget(m_sections);
    layout->addSpacing(14);
    layout->addWidget(m_checklistHeading);
    layout->addWidget(m_checklist);
    layout->addSpacing(14);
    layout->addWidget(m_historyHeading);
    layout->addWidget(m_history);
    layout->addStretch(1);
    setMissing(SheetWorkflow::fieldsRequiredToSubmit());
    retranslateUi();
}

QLabel *SheetNavigator::heading(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 104);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    // "REQUIRED TO SUBMIT: 11 / 11" is wider than the column in Greek: on two lines, else
    // the column's content widens past its edge and every entry below is cut, not elided.
    label->setWordWrap(true);
    return label;
}

QListWidget *SheetNavigator::list(const QString &objectName)
{
    auto *list = new QListWidget(this);
    list->setObjectName(objectName);
    list->setFrameShape(QFrame::NoFrame);
    list->setItemDelegate(new TwoLineDelegate(list));
    list->setIconSize(QSize(16, 16));
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // Blends with the column: these lists are a page's margin, not tables.
    QPalette palette = list->palette();
    palette.setColor(QPalette::Base, Qt::transparent);
    list->setPalette(palette);
    return list;
}

QIcon SheetNavigator::stateIcon(bool done)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (done) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x2e, 0x8b, 0x57));
        painter.drawEllipse(QRectF(2, 2, 28, 28));
        QPen pen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        QPainterPath tick;
        tick.moveTo(9, 16.5);
        tick.lineTo(14, 21.5);
        tick.lineTo(23, 11);
        painter.drawPath(tick);
    } else {
        painter.setPen(QPen(QColor(0xa0, 0xa6, 0xb0), 2.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(3.5, 3.5, 25, 25));
    }
    return QIcon(pixmap);
}

void SheetNavigator::setSectionState(const QString &key, const SectionState &state)
{
    m_states.insert(key, state);
    for (int row = 0; row < m_sections->count(); ++row) {
        QListWidgetItem *item = m_sections->item(row);
        if (item->data(kKeyRole).toString() != key)
            continue;
        item->setIcon(stateIcon(state.complete));
        item->setData(kSecondaryRole, sectionDetails(state));
    }
    fitHeight(m_sections);
}

void SheetNavigator::summarize(const SheetForm &form)
{
    QVariantMap values;
    for (const SheetFieldRow *row : form.rows())
        values.insert(row->field(), row->input()->isEmpty() ? QString() : row->input()->value());
    const QStringList missing = SheetWorkflow::missingForSubmission(values);
    setMissing(missing);
    const QStringList required = SheetWorkflow::fieldsRequiredToSubmit();
    for (const SheetSection &section : SheetFormSpec::sections()) {
        bool needsSomething = false;
        bool complete = true;
        bool written = false;
        int notes = 0;
        for (const QString &field : section.fields) {
            const SheetFieldRow *row = form.row(field);
            notes += row->noteBox()->note().isEmpty() ? 0 : 1;
            needsSomething = needsSomething || required.contains(field);
            complete = complete && !missing.contains(field);
            written = written || !row->input()->isEmpty();
        }
        // A section without required fields is ticked once something is written in it.
        setSectionState(
            section.key, {needsSomething ? complete : written, form.wordCount(section.key), notes});
    }
}

void SheetNavigator::setCurrentSection(const QString &key)
{
    for (int row = 0; row < m_sections->count(); ++row) {
        if (m_sections->item(row)->data(kKeyRole).toString() == key) {
            const QSignalBlocker blocker(m_sections);
            m_sections->setCurrentRow(row);
        }
    }
}

void SheetNavigator::setMissing(const QStringList &missing)
{
    m_missing = missing;
    for (int row = 0; row < m_checklist->count(); ++row) {
        QListWidgetItem *item = m_checklist->item(row);
        const bool done = !missing.contains(item->data(kKeyRole).toString());
        item->setIcon(stateIcon(done));
        item->setForeground(done ? palette().placeholderText() : palette().windowText());
    }
    retranslateUi();
}

void SheetNavigator::setHistory(
    const QList<SheetStatusChange> &history, const QMap<QString, QString> &cityNames)
{
    m_changes = history;
    m_cityNames = cityNames;
    retranslateUi();
}

QString SheetNavigator::sectionDetails(const SectionState &state) const
{
    QStringList details;
    if (state.words > 0)
        details << tr("%n word(s)", nullptr, state.words);
    if (state.notes > 0)
        details << tr("%n note(s)", nullptr, state.notes);
    //: Separates the word count and the number of review notes of a section.
    return details.join(tr(" · "));
}

void SheetNavigator::fitHeight(QListWidget *list)
{
    int height = 2 * list->frameWidth();
    for (int row = 0; row < list->count(); ++row)
        height += list->sizeHintForRow(row);
    list->setFixedHeight(height);
}

void SheetNavigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SheetNavigator::retranslateUi()
{
    m_sectionsHeading->setText(tr("Sections"));
    m_sections->setAccessibleName(tr("Sections of the sheet"));
    for (int row = 0; row < m_sections->count(); ++row) {
        QListWidgetItem *item = m_sections->item(row);
        const SheetSection &section = SheetFormSpec::sections().at(row);
        item->setText(SheetFormSpec::title(section));
        const SectionState state = m_states.value(section.key);
        item->setData(kSecondaryRole, sectionDetails(state));
        item->setToolTip(
            state.complete ? tr("Required fields filled") : tr("Required fields still empty"));
    }
    const int required = int(m_checklist->count());
    m_checklistHeading->setText(
        tr("Required to submit: %1 of %2").arg(required - m_missing.size()).arg(required));
    m_checklist->setAccessibleName(tr("Fields required to submit"));
    for (int row = 0; row < m_checklist->count(); ++row) {
        QListWidgetItem *item = m_checklist->item(row);
        item->setText(SheetFormSpec::label(item->data(kKeyRole).toString()));
    }

    m_historyHeading->setText(tr("Status history"));
    m_history->setAccessibleName(tr("Status history of the sheet"));
    m_history->clear();
    for (const SheetStatusChange &change : std::as_const(m_changes)) {
        auto *item = new QListWidgetItem(m_history);
        item->setText(Kinds::choiceLabel(change.toStatus));
        const QDateTime at = QDateTime::fromString(change.at, Qt::ISODate).toLocalTime();
        const QString by = change.by == QLatin1String("coordinator")
            ? tr("Coordinator")
            : m_cityNames.value(change.by, change.by);
        //: A status change: when, then who (a city's name or "Coordinator").
        item->setData(kSecondaryRole, tr("%1 · %2").arg(LocalFormat::dateTime(at), by));
    }
    if (m_changes.isEmpty())
        new QListWidgetItem(tr("Not submitted yet"), m_history);
    fitHeight(m_sections);
    fitHeight(m_checklist);
    fitHeight(m_history);
}

} // namespace pactesur
