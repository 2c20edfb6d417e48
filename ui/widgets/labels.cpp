// SPDX-License-Identifier: EUPL-1.2
#include "labels.h"

#include <QLabel>

namespace pactesur::labels {

QLabel *warning(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace pactesur::labels
