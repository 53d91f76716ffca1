// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/history/overviewdata.h"

#include <QAbstractTableModel>

namespace sb::dashboard {

// Per-endpoint health for the Overview's table: success rate, p95, last success and failure,
// state (by text, icon-free colour and a sort key) and a sparkline of the success rate.
// Rows are replaced in place by endpoint id so a sorted, selected table keeps its selection.
class EndpointHealthModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Endpoint, App, State, SuccessRate, P95, Attempts, LastSuccess, LastFailure, Trend, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SparklineRole, EndpointIdRole, AppIdRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEndpoints(const QList<EndpointHealth> &endpoints, const QHash<QString, QString> &appNames);
    const EndpointHealth &endpointAt(int row) const { return m_rows.at(row); }
    static QString stateText(EndpointHealth::State state);

private:
    QList<EndpointHealth> m_rows;
    QHash<QString, QString> m_appNames;
};

} // namespace sb::dashboard
