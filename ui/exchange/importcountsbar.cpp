// SPDX-License-Identifier: EUPL-1.2
#include "importcountsbar.h"

#include "exchange/importer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace pactesur {

namespace {
const char *const kObjectNames[]
    = {"countNew", "countUpdated", "countUnchanged", "countConflicts", "countRejected"};
} // namespace

ImportCountsBar::ImportCountsBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < CountCount; ++i) {
        auto *tile = new QFrame(this);
        tile->setFrameShape(QFrame::StyledPanel);
        auto *column = new QVBoxLayout(tile);
        m_numbers[i] = new QLabel(QStringLiteral("–"), tile);
        m_numbers[i]->setObjectName(QLatin1String(kObjectNames[i]));
        m_numbers[i]->setAlignment(Qt::AlignCenter);
        QFont font = m_numbers[i]->font();
        font.setPointSizeF(font.pointSizeF() * 1.8);
        font.setBold(true);
        m_numbers[i]->setFont(font);
        m_captions[i] = new QLabel(tile);
        m_captions[i]->setAlignment(Qt::AlignCenter);
        column->addWidget(m_numbers[i]);
        column->addWidget(m_captions[i]);
        layout->addWidget(tile);
    }
    retranslateUi();
}

void ImportCountsBar::setReport(const ImportReport &report)
{
    const int values[CountCount] = {report.created, report.updated, report.unchanged,
        report.conflicts, int(report.rejected.size())};
    for (int i = 0; i < CountCount; ++i) {
        m_values[i] = values[i];
        m_numbers[i]->setText(QLocale().toString(values[i]));
        m_numbers[i]->setAccessibleName(
            QStringLiteral("%1 %2").arg(m_numbers[i]->text(), m_captions[i]->text()));
        // Only what needs a person's attention is coloured, and only when there is some.
        QString colour;
        if (i == Conflicts && values[i] > 0)
            colour = QStringLiteral("#b35c00");
        else if (i == Rejected && values[i] > 0)
            colour = QStringLiteral("#b01e1e");
        m_numbers[i]->setStyleSheet(
            colour.isEmpty() ? QString() : QStringLiteral("color: %1").arg(colour));
    }
}

int ImportCountsBar::shown(Count count) const
{
    return m_values[count];
}

void ImportCountsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ImportCountsBar::retranslateUi()
{
    m_captions[New]->setText(tr("New"));
    m_captions[Updated]->setText(tr("Updated"));
    m_captions[Unchanged]->setText(tr("Unchanged"));
    m_captions[Conflicts]->setText(tr("Conflicts"));
    m_captions[Rejected]->setText(tr("Refused"));
    m_captions[New]->setToolTip(tr("Records you do not have yet."));
    m_captions[Updated]->setToolTip(tr("Records you have that the package changes."));
    m_captions[Unchanged]->setToolTip(tr("Records you already have as they are."));
    m_captions[Conflicts]->setToolTip(tr("Records edited on both sides: both values are kept "
                                         "until someone chooses, in the Conflicts inbox."));
    m_captions[Rejected]->setToolTip(
        tr("Changes the sender may not make; they are left out, the rest is imported."));
}

} // namespace pactesur
