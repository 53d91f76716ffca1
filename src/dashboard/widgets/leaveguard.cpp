// SPDX-License-Identifier: GPL-3.0-or-later
#include "leaveguard.h"

#include <QEvent>
#include <QTabWidget>

namespace sb::dashboard {

LeaveGuard::LeaveGuard(QWidget *view, std::function<bool()> mayLeave)
    : QObject(view)
    , m_view(view)
    , m_mayLeave(std::move(mayLeave))
{
    view->installEventFilter(this);
}

void LeaveGuard::watch()
{
    m_watching = true;
    if (m_view->window() != m_view)
        m_view->window()->installEventFilter(this);
    QWidget *p = m_view->parentWidget();
    while (p && !qobject_cast<QTabWidget *>(p))
        p = p->parentWidget();
    if (auto *tabs = qobject_cast<QTabWidget *>(p)) {
        m_wasCurrentTab = tabs->currentWidget() == m_view;
        connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] {
            if (m_wasCurrentTab && tabs->currentWidget() != m_view && !m_mayLeave())
                tabs->setCurrentWidget(m_view);
            m_wasCurrentTab = tabs->currentWidget() == m_view;
        });
    }
}

bool LeaveGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && !m_watching)
        watch();
    if (watched == m_view->window() && event->type() == QEvent::Close && !m_mayLeave()) {
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sb::dashboard
