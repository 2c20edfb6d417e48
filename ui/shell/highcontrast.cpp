// SPDX-License-Identifier: EUPL-1.2
// View > High Contrast: a palette of light text on black with a yellow highlight, for the
// whole application; every view paints from palette roles, so the charts follow it too.
#include "highcontrast.h"

#include "uisettings.h"

#include <QApplication>

namespace pactesur {

namespace {

// The palette the style gave before high contrast replaced it: what turning it off restores.
QPalette &originalPalette()
{
    static QPalette original = QApplication::palette();
    return original;
}

bool g_highContrastOn = false;

} // namespace

QPalette HighContrast::palette()
{
    // Text on black is 21:1; the muted roles (placeholder, mid) stay above 7:1 on black,
    // WCAG's AAA level, and the highlight is yellow, which no chart series uses.
    const QColor black(0, 0, 0);
    const QColor white(255, 255, 255);
    const QColor yellow(0xff, 0xe6, 0x00);
    QPalette p(white, black);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, black);
        p.setColor(group, QPalette::WindowText, white);
        p.setColor(group, QPalette::Base, black);
        p.setColor(group, QPalette::AlternateBase, QColor(0x1c, 0x1c, 0x1c));
        p.setColor(group, QPalette::Text, white);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xd8, 0xd8, 0xd8));
        p.setColor(group, QPalette::Button, black);
        p.setColor(group, QPalette::ButtonText, white);
        p.setColor(group, QPalette::BrightText, yellow);
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, QColor(0xc8, 0xc8, 0xc8));
        p.setColor(group, QPalette::Mid, QColor(0xb0, 0xb0, 0xb0));
        p.setColor(group, QPalette::Dark, QColor(0x90, 0x90, 0x90));
        p.setColor(group, QPalette::Shadow, white);
        p.setColor(group, QPalette::Highlight, yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::Link, QColor(0x5c, 0xe1, 0xff));
        p.setColor(group, QPalette::LinkVisited, QColor(0xff, 0x9c, 0xff));
        p.setColor(group, QPalette::ToolTipBase, black);
        p.setColor(group, QPalette::ToolTipText, white);
    }
    // Disabled is still readable (7:1), but plainly not the same as enabled.
    const QColor disabled(0xa0, 0xa0, 0xa0);
    for (const QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Window, black);
    p.setColor(QPalette::Disabled, QPalette::Base, black);
    p.setColor(QPalette::Disabled, QPalette::Button, black);
    p.setColor(QPalette::Disabled, QPalette::Highlight, disabled);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, black);
    return p;
}

void HighContrast::apply(bool on)
{
    originalPalette(); // taken before the first change
    QApplication::setPalette(on ? palette() : originalPalette());
    g_highContrastOn = on;
    UiSettings::setHighContrast(on);
}

bool HighContrast::isOn()
{
    return g_highContrastOn;
}

} // namespace pactesur
