// SPDX-License-Identifier: GPL-3.0-or-later
#include "logemptystate.h"

#include "dashboard/log/deliverylogmodel.h"

#include <QEvent>
#include <QTableView>

namespace sb::dashboard {

LogEmptyState::LogEmptyState(DeliveryLogModel *model, QTableView *table)
    : QLabel(table->viewport())
    , m_model(model)
    , m_table(table)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // the filter is the operator's text, not markup
    setMargin(24);
    setForegroundRole(QPalette::PlaceholderText);
    // Clicks and the wheel go to the table beneath.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    table->viewport()->installEventFilter(this);
    connect(model, &DeliveryLogModel::pageLoaded, this, &LogEmptyState::refreshState);
    connect(model, &QAbstractItemModel::modelReset, this, &LogEmptyState::refreshState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &LogEmptyState::refreshState);
    connect(model, &DeliveryLogModel::newWhilePausedChanged, this, &LogEmptyState::refreshState);
    refreshState();
}

void LogEmptyState::setFilterText(const QString &text)
{
    m_filterText = text.trimmed();
    refreshState();
}

bool LogEmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_table->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

void LogEmptyState::refreshState()
{
    // Paused with matching rows waiting, the list is empty but the filter is not: the
    // "N new" button speaks for them.
    const bool empty = m_model->showsEmptyResult() && m_model->newWhilePaused() == 0;
    if (empty) {
        setText(m_filterText.isEmpty()
                    ? tr("No deliveries yet: they appear here as the engine sends them.")
                    : tr("No deliveries match %1 — clear the filter (Esc)").arg(m_filterText));
        setGeometry(m_table->viewport()->rect());
    }
    setVisible(empty);
}

} // namespace sb::dashboard
