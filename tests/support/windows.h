// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTest>
#include <QWidget>

namespace sb::testing {

// Shows `window` and makes it the active one, as an operator's click would: key presses then
// reach its focus widget. False if the platform did not expose or activate it.
inline bool showActive(QWidget &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

} // namespace sb::testing
