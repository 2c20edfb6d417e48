// SPDX-License-Identifier: EUPL-1.2
#include "fingerprintlabel.h"

#include <QFontDatabase>

namespace pactesur {

FingerprintLabel::FingerprintLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::StrongFocus); // a keyboard user selects and copies it too
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(QFontInfo(this->font()).pointSizeF() * 1.6);
    font.setBold(true);
    // The space between groups is where a reader pauses: make it clearly wider.
    font.setWordSpacing(QFontMetricsF(font).horizontalAdvance(QLatin1Char('0')) * 0.8);
    setFont(font);
    // Never squeezed by a crowded layout: a fingerprint with a line missing misleads.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void FingerprintLabel::setFingerprint(const QString &fingerprint)
{
    m_fingerprint = fingerprint;
    setText(grouped(fingerprint));
    // Read aloud by a screen reader, it is the digits, group by group.
    setAccessibleDescription(fingerprint);
}

QString FingerprintLabel::grouped(const QString &fingerprint, int perLine)
{
    const QStringList groups = fingerprint.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += perLine)
        lines << groups.mid(i, perLine).join(QLatin1Char(' '));
    return lines.join(QLatin1Char('\n'));
}

} // namespace pactesur
