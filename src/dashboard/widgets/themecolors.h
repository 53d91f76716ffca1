// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace sb::dashboard {

// Status colours that stay readable on the light and the dark palette the system gives us
// (Qt follows the desktop's palette; these follow the palette's window lightness).
struct ThemeColors
{
    bool dark = false;
    QColor good, warning, bad, neutral, errorBackground;

    static ThemeColors of(const QPalette &palette)
    {
        ThemeColors c;
        c.dark = palette.color(QPalette::Window).lightness() < 128;
        c.good = c.dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x7b, 0x34);
        c.warning = c.dark ? QColor(0xf2, 0xb8, 0x4b) : QColor(0xb3, 0x6b, 0x00);
        c.bad = c.dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xc0, 0x1c, 0x28);
        c.neutral = palette.color(QPalette::PlaceholderText);
        c.errorBackground = c.dark ? QColor(0x5c, 0x1d, 0x1d) : QColor(0xfd, 0xe2, 0xe1);
        return c;
    }
};

} // namespace sb::dashboard
