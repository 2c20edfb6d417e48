// SPDX-License-Identifier: EUPL-1.2
// The right-hand panel of a list: every field of the selected record, read-only.
#include "recorddetailpanel.h"

#include "model/kinds.h"
#include "store/database.h"
#include "store/recordstore.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace pactesur {

namespace {

// Values come from data other cities wrote: plain text only, never rich text (section 7).
QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

RecordDetailPanel::RecordDetailPanel(const KindSpec &kind, QWidget *parent)
    : QScrollArea(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("detailPanel_%1").arg(kind.name));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(260);
    retranslateUi();
    showHint();
}

void RecordDetailPanel::setDatabase(Database *database)
{
    m_database = database;
    showRecord({});
}

void RecordDetailPanel::showRecord(const QString &id)
{
    m_recordId = id;
    rebuild();
}

QString RecordDetailPanel::heading() const
{
    return m_heading ? m_heading->text() : QString();
}

void RecordDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QScrollArea::changeEvent(event);
}

void RecordDetailPanel::retranslateUi()
{
    setAccessibleName(tr("Details of the selected record"));
    rebuild();
}

void RecordDetailPanel::rebuild()
{
    if (m_recordId.isEmpty() || !m_database) {
        showHint();
        return;
    }
    const RecordStore store(*m_database);
    const std::optional<Record> record = store.get(m_kind, m_recordId);
    if (!record) {
        showHint();
        return;
    }

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 8, 12, 12);
    layout->setSpacing(10);

    m_heading = valueLabel(record->value(m_kind.titleField).toString(), content);
    m_heading->setObjectName(QStringLiteral("detailHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(6);
    for (const FieldSpec &field : m_kind.fields) {
        if (field.type == FieldType::Blob)
            continue;
        const QString text = store.displayText(field, record->value(field.name));
        // An em dash keeps empty fields visible without a sentence to translate.
        QLabel *value = valueLabel(text.isEmpty() ? QStringLiteral("—") : text, content);
        value->setObjectName(QStringLiteral("detail_%1").arg(field.name));
        value->setAccessibleName(field.translatedLabel());
        if (text.isEmpty())
            value->setForegroundRole(QPalette::PlaceholderText);
        auto *label = new QLabel(field.translatedLabel(), content);
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setBuddy(value);
        form->addRow(label, value);
    }
    layout->addLayout(form);

    const QDateTime changed = QDateTime::fromString(record->updatedAt, Qt::ISODate);
    if (changed.isValid()) {
        auto *stamp
            = new QLabel(tr("Last changed %1")
                             .arg(QLocale().toString(changed.toLocalTime(), QLocale::ShortFormat)),
                content);
        stamp->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(stamp);
    }
    layout->addStretch(1);
    setWidget(content); // deletes the previous content
}

void RecordDetailPanel::showHint()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *hint = new QLabel(tr("Select a record to see all its details."), content);
    hint->setObjectName(QStringLiteral("detailHint"));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    m_heading = nullptr;
    setWidget(content);
}

} // namespace pactesur
