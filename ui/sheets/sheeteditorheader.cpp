// SPDX-License-Identifier: EUPL-1.2
// The top of the sheet editor: the title and its facts, the status with the workflow
// buttons, and the banners that explain the sheet's state (recovered after a crash,
// read-only and why, what the workflow refused, where the review notes are, translation).
#include "sheeteditorheader.h"

#include "sheettranslationpane.h"
#include "sheetworkflowbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pactesur {

SheetEditorHeader::SheetEditorHeader(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sheetHeader"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sheetTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.55);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("sheetMeta"));
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_workflow = new SheetWorkflowBar(this);
    m_generalNote = new QPushButton(this);
    m_generalNote->setObjectName(QStringLiteral("sheetGeneralNote"));
    m_generalNote->setAutoDefault(false);
    m_generalNote->hide();

    // Each state its own tint: green for good news, grey for a fact, red for a refusal,
    // amber for the coordinator's words (as the notes beside the fields).
    m_banners.insert(Banner::Recovery,
        createBanner(QStringLiteral("sheetRecovery"), "#e7f4ea", "#a9d5b5", "#1d4d2b"));
    m_banners.insert(Banner::ReadOnly,
        createBanner(QStringLiteral("sheetReadOnly"), "#eef1f5", "#c9d1dc", "#33404f"));
    m_banners.insert(Banner::Workflow,
        createBanner(QStringLiteral("sheetWorkflowMessage"), "#fdecea", "#f0b4ad", "#7c1d12"));
    m_banners.insert(Banner::Review,
        createBanner(QStringLiteral("sheetReviewMessage"), "#fff6dc", "#edd08a", "#4a3a0c"));
    m_translationPane = new SheetTranslationPane(this);

    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addWidget(m_title);
    titleColumn->addWidget(m_meta);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addLayout(titleColumn, 1);
    top->addWidget(m_generalNote, 0, Qt::AlignVCenter);
    top->addWidget(m_workflow, 0, Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 10);
    layout->setSpacing(8);
    layout->addLayout(top);
    for (Banner banner : {Banner::Recovery, Banner::ReadOnly, Banner::Workflow, Banner::Review})
        layout->addWidget(m_banners.value(banner));
    layout->addWidget(m_translationPane);
    retranslateUi();
}

QLabel *SheetEditorHeader::createBanner(
    const QString &objectName, const char *background, const char *border, const char *text)
{
    // Plain text in a tinted box: what a banner quotes from data never becomes markup.
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("QLabel#%1 { background: %2; border: 1px solid %3;"
                                        " border-radius: 6px; color: %4; padding: 8px 12px; }")
                             .arg(objectName, QLatin1String(background), QLatin1String(border),
                                 QLatin1String(text)));
    label->hide();
    return label;
}

void SheetEditorHeader::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString SheetEditorHeader::title() const
{
    return m_title->text();
}

void SheetEditorHeader::setMeta(const QString &meta)
{
    m_meta->setText(meta);
}

void SheetEditorHeader::setBanner(Banner banner, const QString &text)
{
    QLabel *label = m_banners.value(banner);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString SheetEditorHeader::bannerText(Banner banner) const
{
    const QLabel *label = m_banners.value(banner);
    return label->isHidden() ? QString() : label->text();
}

void SheetEditorHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SheetEditorHeader::retranslateUi()
{
    m_title->setAccessibleName(tr("Sheet title"));
    m_meta->setAccessibleName(tr("City, language and sensitivity of the sheet"));
    m_banners.value(Banner::Recovery)->setAccessibleName(tr("What was recovered"));
    m_banners.value(Banner::ReadOnly)->setAccessibleName(tr("Why this sheet is read-only"));
    m_banners.value(Banner::Workflow)->setAccessibleName(tr("Review workflow message"));
    m_banners.value(Banner::Review)->setAccessibleName(tr("Review notes"));
    m_generalNote->setText(tr("Note on the Sheet…"));
    m_generalNote->setToolTip(tr("Write the city a review note on the sheet as a whole"));
    m_generalNote->setAccessibleName(m_generalNote->toolTip());
}

} // namespace pactesur
