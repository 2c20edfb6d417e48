// SPDX-License-Identifier: EUPL-1.2
// The translation strip of the sheet editor. On a translation: which sheet it translates,
// which source fields changed since it was brought up to date, and "Mark as up to date".
// On a source: the translations it has, each one click away.
#include "sheettranslationpane.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace pactesur {

SheetTranslationPane::SheetTranslationPane(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sheetTranslationPane"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("sheetTranslationText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_openSource = new QPushButton(this);
    m_openSource->setObjectName(QStringLiteral("sheetOpenSource"));
    m_openSource->setAutoDefault(false);
    connect(m_openSource, &QPushButton::clicked, this, [this] { emit openSheet(m_sourceId); });
    m_markUpToDate = new QPushButton(this);
    m_markUpToDate->setObjectName(QStringLiteral("sheetMarkUpToDate"));
    m_markUpToDate->setAutoDefault(false);
    connect(
        m_markUpToDate, &QPushButton::clicked, this, &SheetTranslationPane::markUpToDateRequested);
    m_links = new QHBoxLayout;
    m_links->setSpacing(4);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_links);
    layout->addWidget(m_markUpToDate);
    layout->addWidget(m_openSource);
    hide();
    retranslateUi();
}

void SheetTranslationPane::showSource(const QString &sourceId, const QString &sourceTitle,
    const QString &languageName, const QStringList &outdatedLabels, bool canMarkUpToDate)
{
    clearLinks();
    m_isTranslation = true;
    m_sourceId = sourceId;
    m_sourceTitle = sourceTitle;
    m_languageName = languageName;
    m_outdated = outdatedLabels;
    m_openSource->setVisible(!sourceId.isEmpty());
    m_markUpToDate->setVisible(canMarkUpToDate && !outdatedLabels.isEmpty());
    const bool outdated = !outdatedLabels.isEmpty();
    setStyleSheet(QStringLiteral("QFrame#sheetTranslationPane { background: %1;"
                                 " border: 1px solid %2; border-radius: 6px; }"
                                 "QFrame#sheetTranslationPane QLabel { color: %3; }")
                      .arg(outdated ? QStringLiteral("#fff1d6") : QStringLiteral("#e9f1fb"),
                          outdated ? QStringLiteral("#e7c27a") : QStringLiteral("#b9cfe9"),
                          outdated ? QStringLiteral("#5c3d00") : QStringLiteral("#1d3b5e")));
    show();
    retranslateUi();
}

void SheetTranslationPane::showTranslations(const QList<Translation> &translations)
{
    clearLinks();
    m_isTranslation = false;
    m_translations = translations;
    m_openSource->hide();
    m_markUpToDate->hide();
    setStyleSheet(QStringLiteral("QFrame#sheetTranslationPane { background: #e9f1fb;"
                                 " border: 1px solid #b9cfe9; border-radius: 6px; }"
                                 "QFrame#sheetTranslationPane QLabel { color: #1d3b5e; }"));
    for (const Translation &translation : translations) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("sheetOpenTranslation_%1").arg(translation.id));
        button->setAutoDefault(false);
        button->setFlat(true);
        const QString id = translation.id;
        connect(button, &QPushButton::clicked, this, [this, id] { emit openSheet(id); });
        m_links->addWidget(button);
        m_linkButtons << button;
    }
    setVisible(!translations.isEmpty());
    retranslateUi();
}

QString SheetTranslationPane::text() const
{
    return m_text->text();
}

void SheetTranslationPane::clearLinks()
{
    qDeleteAll(m_linkButtons);
    m_linkButtons.clear();
}

void SheetTranslationPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void SheetTranslationPane::retranslateUi()
{
    m_openSource->setText(tr("Open Source"));
    m_openSource->setAccessibleName(tr("Open the source sheet"));
    m_markUpToDate->setText(tr("Mark as Up to Date"));
    m_markUpToDate->setToolTip(tr("Say that this translation now follows the source as it is"));
    m_markUpToDate->setAccessibleName(m_markUpToDate->text());
    if (m_isTranslation) {
        const QString made = m_sourceTitle.isEmpty()
            ? tr("The source of this translation is no longer available.")
            : tr("Translation of “%1” (%2). The source is shown beside each field.")
                  .arg(m_sourceTitle, m_languageName);
        m_text->setText(m_outdated.isEmpty()
                ? made
                : tr("%1 The source has changed since: %2 (highlighted below).")
                      .arg(made, QLocale().createSeparatedList(m_outdated)));
    } else {
        m_text->setText(tr("Translations of this sheet:"));
        for (int i = 0; i < m_linkButtons.size(); ++i) {
            const Translation &translation = m_translations.at(i);
            m_linkButtons.at(i)->setText(translation.outdated
                    ? tr("%1 (outdated)").arg(translation.languageName)
                    : translation.languageName);
            m_linkButtons.at(i)->setAccessibleName(
                tr("Open the %1 translation").arg(translation.languageName));
        }
    }
}

} // namespace pactesur
