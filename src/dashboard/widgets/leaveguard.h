// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace sb::dashboard {

// Asks before a view with unsaved work is left: when its window is closed, and when its tab
// in a QTabWidget is switched away from (QTabWidget only says so afterwards, so a "stay" switches
// back). `mayLeave` answers whether leaving is fine (nothing unsaved, or the user let it go).
// Starts watching once the view is first shown, when its window and tab widget are known.
class LeaveGuard : public QObject
{
    Q_OBJECT

public:
    LeaveGuard(QWidget *view, std::function<bool()> mayLeave);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch();

    QWidget *m_view;
    std::function<bool()> m_mayLeave;
    bool m_watching = false;
    bool m_wasCurrentTab = false;
};

} // namespace sb::dashboard
