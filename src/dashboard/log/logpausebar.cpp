// SPDX-License-Identifier: GPL-3.0-or-later
#include "logpausebar.h"

#include "dashboard/log/deliverylogmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QToolButton>

namespace sb::dashboard {

LogPauseBar::LogPauseBar(DeliveryLogModel *model, QTableView *table, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(table)
    , m_pause(new QAction(this))
    , m_pauseButton(new QToolButton(this))
    , m_new(new QPushButton(this))
{
    m_pause->setCheckable(true);
    // Space when the log has focus: R, Enter and Ctrl+… are taken there, and a typed space
    // still goes to the filter bar, which takes text before shortcuts. Pause is the key's name.
    m_pause->setShortcuts({QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Pause)});
    m_pause->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(m_pause);
    connect(m_pause, &QAction::toggled, m_model, &DeliveryLogModel::setPaused);
    m_pauseButton->setDefaultAction(m_pause);
    m_pauseButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pauseButton->setAutoRaise(true);
    m_new->setAccessibleName(tr("New deliveries while paused"));
    m_new->setToolTip(tr("Resume the live log and go to the newest deliveries"));
    m_new->setFocusPolicy(Qt::TabFocus);
    connect(m_new, &QPushButton::clicked, this, &LogPauseBar::showNew);
    connect(m_model, &DeliveryLogModel::pausedChanged, this, [this](bool paused) {
        if (m_pause->isChecked() != paused)
            m_pause->setChecked(paused);
        refreshState();
    });
    connect(m_model, &DeliveryLogModel::newWhilePausedChanged, this, &LogPauseBar::refreshState);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pauseButton);
    layout->addWidget(m_new);
    refreshState();
}

void LogPauseBar::showNew()
{
    m_model->setPaused(false);
    // At the top the log follows the newest rows, which come in with the next page.
    m_table->scrollToTop();
}

void LogPauseBar::refreshState()
{
    const bool paused = m_model->isPaused();
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_pause->setToolTip(paused ? tr("Let new deliveries into the log again (Space in the log)")
                               : tr("Hold the rows in view still; new deliveries are still received, stored and "
                                    "counted (Space in the log)"));
    const qint64 count = m_model->newWhilePaused();
    m_new->setVisible(paused);
    m_new->setText(count > 0 ? tr("%1 new — show them").arg(count) : tr("Paused: no new deliveries yet"));
}

} // namespace sb::dashboard
