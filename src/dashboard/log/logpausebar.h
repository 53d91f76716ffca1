// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QPushButton;
class QTableView;
class QToolButton;

namespace sb::dashboard {

class DeliveryLogModel;

// Pause for the live log, beside the filter bar: a toggle (Space in the log) that holds the
// rows in view still while deliveries keep arriving and being stored, and a "N new" button
// that says how many matching ones arrived meanwhile; clicking it resumes and goes to the
// newest.
class LogPauseBar : public QWidget
{
    Q_OBJECT

public:
    LogPauseBar(DeliveryLogModel *model, QTableView *table, QWidget *parent = nullptr);

    QAction *pauseAction() const { return m_pause; }
    QPushButton *newButton() const { return m_new; }
    // Resumes and shows the newest rows; the selection stays on its delivery.
    void showNew();

private:
    void refreshState();

    DeliveryLogModel *m_model;
    QTableView *m_table;
    QAction *m_pause;
    QToolButton *m_pauseButton;
    QPushButton *m_new;
};

} // namespace sb::dashboard
