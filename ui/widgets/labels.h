// SPDX-License-Identifier: EUPL-1.2
// The few kinds of label the panels share, made one way everywhere.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace pactesur::labels {

// A hidden, word-wrapped, plain-text label in the warning colour: errors and due dates.
QLabel *warning(const QString &objectName, QWidget *parent);

} // namespace pactesur::labels
