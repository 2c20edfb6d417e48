// SPDX-License-Identifier: EUPL-1.2
#include "conflictpanel.h"

#include "util/localformat.h"

#include "exchange/peerdirectory.h"
#include "model/kinds.h"
#include "records/fieldeditor.h"
#include "session/session.h"
#include "store/database.h"
#include "widgets/valueformatter.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pactesur {

namespace {

QVariant storedValue(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble())
        return value.toDouble() == qint64(value.toDouble()) ? QVariant(qint64(value.toDouble()))
                                                            : QVariant(value.toDouble());
    return value.toString();
}

} // namespace

ConflictPanel::ConflictPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("conflictHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_heading->setFont(font);
    m_showRecord = new QPushButton(this);
    m_showRecord->setObjectName(QStringLiteral("conflictShowRecord"));
    connect(m_showRecord, &QPushButton::clicked, this,
        [this] { emit showRecordRequested(m_conflict.kind, m_conflict.recordId); });
    top->addWidget(m_heading, 1);
    top->addWidget(m_showRecord, 0, Qt::AlignTop);
    m_explanation = new QLabel(this);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    m_cards = new QHBoxLayout;
    m_mergedBox = new QWidget(this);
    auto *merged = new QVBoxLayout(m_mergedBox);
    merged->setContentsMargins(0, 0, 0, 0);
    m_mergedLabel = new QLabel(m_mergedBox);
    m_mergedLabel->setWordWrap(true);
    merged->addWidget(m_mergedLabel);
    m_saveMerged = new QPushButton(m_mergedBox);
    merged->addWidget(m_saveMerged, 0, Qt::AlignRight);
    m_saveMerged->setObjectName(QStringLiteral("conflictSaveMerged"));
    connect(m_saveMerged, &QPushButton::clicked, this, [this] {
        if (m_merged)
            emit mergedValueRequested(m_conflict.id, m_merged->text());
    });
    layout->addLayout(top);
    layout->addWidget(m_explanation);
    layout->addLayout(m_cards);
    layout->addWidget(m_mergedBox);
    layout->addStretch(1);
    clear();
}

QString ConflictPanel::valueId(const FieldWrite &write)
{
    return write.replica + QLatin1Char(':') + QString::number(write.counter);
}

void ConflictPanel::showConflict(const OpenConflict &conflict)
{
    m_conflict = conflict;
    m_hasConflict = true;
    rebuild();
}

void ConflictPanel::clear()
{
    m_hasConflict = false;
    rebuild();
}

void ConflictPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ConflictPanel::rebuild()
{
    // Later, not now: this may run while a button of the old cards is still emitting.
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    if (m_merged) {
        m_merged->hide();
        m_merged->deleteLater();
        m_merged = nullptr;
    }
    m_showRecord->setText(tr("Show the Record"));
    m_saveMerged->setText(tr("Keep What I Wrote"));
    m_showRecord->setVisible(m_hasConflict);
    m_mergedBox->setVisible(false);
    if (!m_hasConflict) {
        m_heading->setText(tr("No conflict selected"));
        m_explanation->setText(tr("Choose a conflict in the list to see its values side by side."));
        return;
    }
    const KindSpec *kind = Kinds::find(m_conflict.kind);
    const FieldSpec *field = kind ? kind->field(m_conflict.field) : nullptr;
    const QString kindLabel = kind ? kind->translatedLabel() : m_conflict.kind;
    if (m_conflict.field == QLatin1String("deleted")) {
        m_heading->setText(tr("%1 “%2”: deleted on one side, edited on the other")
                               .arg(kindLabel, m_conflict.recordTitle));
        m_explanation->setText(tr("The record is kept until you choose. Keep it, or delete it "
                                  "as one side asked."));
    } else {
        m_heading->setText(tr("%1 “%2”: %3")
                               .arg(kindLabel, m_conflict.recordTitle,
                                   field ? field->translatedLabel() : m_conflict.field));
        m_explanation->setText(tr("This field was changed in two places before they exchanged "
                                  "packages. Both values are kept until you choose one, or write "
                                  "one that combines them."));
    }
    for (int i = 0; i < m_conflict.values.size(); ++i)
        m_cards->addWidget(valueCard(m_conflict.values.at(i), i), 1);

    if (field && field->type != FieldType::Blob && FieldEditor::isEditable(*field)) {
        m_merged = new FieldEditor(*field, m_session.database(), m_mergedBox);
        m_merged->setObjectName(QStringLiteral("conflictMergedValue"));
        m_merged->setAccessibleName(tr("Value to keep"));
        for (const FieldWrite &write : std::as_const(m_conflict.values)) {
            if (valueId(write) == m_conflict.shownValueId)
                m_merged->setText(RecordStore::inputText(*field, storedValue(write.value)));
        }
        auto *layout = static_cast<QVBoxLayout *>(m_mergedBox->layout());
        layout->insertWidget(1, m_merged);
        m_mergedLabel->setText(tr("Or write the value to keep, for example one that combines "
                                  "both:"));
        m_mergedLabel->setBuddy(m_merged->input());
        m_mergedBox->setVisible(true);
    }
}

QWidget *ConflictPanel::valueCard(const FieldWrite &write, int index)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("conflictValue%1").arg(index));
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    const bool shown = valueId(write) == m_conflict.shownValueId;
    const QChar letter(QLatin1Char('A').unicode() + index);
    auto *title = new QLabel(
        shown ? tr("Value %1 (shown now)").arg(letter) : tr("Value %1").arg(letter), card);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *value = new QLabel(displayValue(write), card);
    value->setObjectName(QStringLiteral("conflictValueText"));
    value->setTextFormat(Qt::PlainText); // data, never markup
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setMinimumHeight(value->fontMetrics().height() * 2);
    value->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    value->setStyleSheet(QStringLiteral("padding: 6px; background: palette(base);"));
    const PeerDirectory peers(m_session.database());
    const QDateTime at = QDateTime::fromString(write.at, Qt::ISODate).toLocalTime();
    const QLocale locale;
    auto *who = new QLabel(
        tr("Written by %1 on %2 at %3")
            .arg(peers.describe(write.replica), LocalFormat::longDate(at.date(), locale),
                LocalFormat::time(at.time(), locale)),
        card);
    who->setObjectName(QStringLiteral("conflictValueWho"));
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    auto *keep = new QPushButton(m_conflict.field == QLatin1String("deleted")
            ? (write.value.toInt() ? tr("Delete the Record") : tr("Keep the Record"))
            : tr("Keep This Value"),
        card);
    keep->setObjectName(QStringLiteral("conflictKeep%1").arg(index));
    connect(keep, &QPushButton::clicked, this,
        [this, id = valueId(write)] { emit keepRequested(m_conflict.id, id); });
    layout->addWidget(title);
    layout->addWidget(value, 1);
    layout->addWidget(who);
    layout->addWidget(keep);
    return card;
}

QString ConflictPanel::displayValue(const FieldWrite &write) const
{
    if (m_conflict.field == QLatin1String("deleted"))
        return write.value.toInt() ? tr("Deleted") : tr("Kept, with the other side's edits");
    const KindSpec *kind = Kinds::find(m_conflict.kind);
    const FieldSpec *field = kind ? kind->field(m_conflict.field) : nullptr;
    const QVariant stored = storedValue(write.value);
    if (!field)
        return stored.toString();
    ValueFormatter formatter;
    formatter.load(m_session.database(), {field});
    const QString text = formatter.displayText(*field, stored);
    return text.isEmpty() ? tr("(empty)") : text;
}

} // namespace pactesur
