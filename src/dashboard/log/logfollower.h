// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTableView;

namespace sb::dashboard {

// Keeps the live log still under the operator's eyes, as Wireshark's packet list does: rows
// that arrive above the first one in view push nothing down unless the view is at the top
// (following the newest). The selection stays on its delivery either way; Qt's persistent
// indexes carry it across inserted rows, and this keeps it from scrolling away.
class LogFollower : public QObject
{
    Q_OBJECT

public:
    explicit LogFollower(QTableView *table);

    // Whether the view shows the first row, so that rows inserted above appear (following).
    bool following() const;

private:
    void aboutToInsert(int first, int last);
    void inserted();

    QTableView *m_table;
    int m_pendingRows = 0; // inserted above the view, still to scroll past
    int m_valueBefore = 0;
};

} // namespace sb::dashboard
