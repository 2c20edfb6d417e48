// SPDX-License-Identifier: EUPL-1.2
// Work that must not compete with a window's first paint (a read on another thread takes
// one of the two cores a start has): run once `widget` has painted for the first time.
#pragma once

#include <functional>

class QWidget;

namespace pactesur {

// Calls `work` from the event loop just after `widget`'s first paint; never if the widget
// goes before it paints.
void afterFirstPaint(QWidget *widget, std::function<void()> work);

} // namespace pactesur
