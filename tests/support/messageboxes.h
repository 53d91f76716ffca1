// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QTest>
#include <QWidget>

namespace sb::testing {

// The visible message box of this kind under `parent` (a confirmation, a refusal), once it is
// shown; null if none comes within ten seconds.
inline QMessageBox *waitForMessageBox(QWidget *parent, QMessageBox::Icon icon)
{
    QMessageBox *box = nullptr;
    const auto shown = [&] {
        for (QMessageBox *b : parent->findChildren<QMessageBox *>()) {
            if (b->isVisible() && b->icon() == icon)
                box = b;
        }
        return box != nullptr;
    };
    return QTest::qWaitFor(shown, 10'000) ? box : nullptr;
}

} // namespace sb::testing
