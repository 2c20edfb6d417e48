// SPDX-License-Identifier: EUPL-1.2
// View > High Contrast: a palette of light text on black with a yellow highlight, for the
// whole application; every view paints from palette roles, so the charts follow it too.
#pragma once

#include <QPalette>

namespace pactesur {

class HighContrast
{
public:
    static QPalette palette();
    // Sets the application's palette (the high-contrast one, or the one it had before)
    // and remembers the choice for the next start.
    static void apply(bool on);
    static bool isOn();
};

} // namespace pactesur
