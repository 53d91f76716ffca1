// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfollower.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace sb::dashboard {

LogFollower::LogFollower(QTableView *table)
    : QObject(table)
    , m_table(table)
{
    QAbstractItemModel *model = table->model();
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            aboutToInsert(first, last);
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &LogFollower::inserted);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_pendingRows = 0; });
    // The view lays its rows out later than the insert: the scroll bar's range grows only
    // then, and only then can its value move past the new rows.
    connect(table->verticalScrollBar(), &QScrollBar::rangeChanged, this, &LogFollower::inserted);
}

bool LogFollower::following() const
{
    return m_table->verticalScrollBar()->value() == m_table->verticalScrollBar()->minimum();
}

void LogFollower::aboutToInsert(int first, int last)
{
    // Rows below the first one in view (paging further down) move nothing on screen.
    const int topRow = m_table->rowAt(0);
    if (following() || topRow < 0 || first > topRow)
        return;
    if (m_pendingRows == 0)
        m_valueBefore = m_table->verticalScrollBar()->value();
    m_pendingRows += last - first + 1;
}

void LogFollower::inserted()
{
    if (m_pendingRows == 0)
        return;
    QScrollBar *bar = m_table->verticalScrollBar();
    const int step = m_table->verticalScrollMode() == QAbstractItemView::ScrollPerItem
        ? 1
        : m_table->verticalHeader()->defaultSectionSize();
    const int target = m_valueBefore + m_pendingRows * step;
    if (target > bar->maximum())
        return; // not laid out yet: the range grows first (rangeChanged calls again)
    m_pendingRows = 0;
    bar->setValue(target);
}

} // namespace sb::dashboard
