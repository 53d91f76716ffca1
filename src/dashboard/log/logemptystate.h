// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QTableView;

namespace sb::dashboard {

class DeliveryLogModel;

// What an empty log means, written over the table: nothing matches the filter (and how to
// clear it), or nothing is stored yet. Shown only once the model has finished loading, so a
// slow first page never reads as "no match".
class LogEmptyState : public QLabel
{
    Q_OBJECT

public:
    LogEmptyState(DeliveryLogModel *model, QTableView *table);

    // The filter text as applied, for the message.
    void setFilterText(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshState();

    DeliveryLogModel *m_model;
    QTableView *m_table;
    QString m_filterText;
};

} // namespace sb::dashboard
