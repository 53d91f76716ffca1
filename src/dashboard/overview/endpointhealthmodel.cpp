// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointhealthmodel.h"

#include "dashboard/widgets/themecolors.h"

#include <QApplication>
#include <QDateTime>
#include <QHash>

namespace sb::dashboard {

int EndpointHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EndpointHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EndpointHealthModel::stateText(EndpointHealth::State state)
{
    switch (state) {
    case EndpointHealth::State::Healthy: return tr("Healthy");
    case EndpointHealth::State::Degraded: return tr("Degraded");
    case EndpointHealth::State::Failing: return tr("Failing");
    case EndpointHealth::State::Disabled: return tr("Disabled");
    case EndpointHealth::State::Idle: return tr("No recent traffic");
    }
    return {};
}

QVariant EndpointHealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EndpointHealth &e = m_rows.at(index.row());
    const auto time = [](qint64 ms) {
        return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("MM-dd HH:mm")) : QStringLiteral("—");
    };
    if (role == EndpointIdRole)
        return e.endpointId;
    if (role == AppIdRole)
        return e.appId;
    if (role == SparklineRole)
        return QVariant::fromValue(e.sparkline);
    if (role == SortRole) {
        switch (index.column()) {
        case State: {
            // Sorted descending, the worst comes first: failing, degraded, disabled, idle, healthy.
            static const QHash<EndpointHealth::State, int> severity{
                {EndpointHealth::State::Failing, 4}, {EndpointHealth::State::Degraded, 3}, {EndpointHealth::State::Disabled, 2},
                {EndpointHealth::State::Idle, 1}, {EndpointHealth::State::Healthy, 0}};
            return severity.value(e.state);
        }
        case SuccessRate: return e.successRate();
        case P95: return e.p95Ms;
        case Attempts: return e.attempts;
        case LastSuccess: return e.lastSuccessMs;
        case LastFailure: return e.lastFailureMs;
        case Trend: return e.successRate();
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        const ThemeColors c = ThemeColors::of(QApplication::palette());
        switch (e.state) {
        case EndpointHealth::State::Healthy: return c.good;
        case EndpointHealth::State::Degraded: return c.warning;
        case EndpointHealth::State::Failing: return c.bad;
        default: return c.neutral;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Endpoint)
        return e.endpointId;
    // The state is now, the other columns are over the range: say what it comes from.
    if (role == Qt::ToolTipRole && index.column() == State && !e.disabled)
        return e.recentAttempts ? tr("Now: %1 of its last %2 attempts (within %3 minutes) succeeded.")
                                      .arg(e.recentSucceeded)
                                      .arg(e.recentAttempts)
                                      .arg(EndpointHealth::RecentWindowMs / 60'000)
                                : tr("No attempts in the last %1 minutes.").arg(EndpointHealth::RecentWindowMs / 60'000);
    if (role == Qt::TextAlignmentRole && index.column() >= SuccessRate && index.column() <= Attempts)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Endpoint: return e.name;
    case App: return m_appNames.value(e.appId, e.appId);
    case State: return stateText(e.state);
    case SuccessRate: return e.attempts ? QString::number(e.successRate(), 'f', 1) + u" %" : QStringLiteral("—");
    case P95: return e.attempts ? QString::number(e.p95Ms, 'f', 0) + tr(" ms") : QStringLiteral("—");
    case Attempts: return e.attempts;
    case LastSuccess: return time(e.lastSuccessMs);
    case LastFailure: return time(e.lastFailureMs);
    default: return {};
    }
}

QVariant EndpointHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Endpoint: return tr("Endpoint");
    case App: return tr("App");
    case State: return tr("State");
    case SuccessRate: return tr("Success");
    case P95: return tr("p95");
    case Attempts: return tr("Attempts");
    case LastSuccess: return tr("Last success");
    case LastFailure: return tr("Last failure");
    case Trend: return tr("Success over the range");
    default: return {};
    }
}

void EndpointHealthModel::setEndpoints(const QList<EndpointHealth> &endpoints, const QHash<QString, QString> &appNames)
{
    m_appNames = appNames;
    // Same endpoints in the same order (the common live case): change in place.
    bool sameRows = endpoints.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < endpoints.size(); ++i)
        sameRows = endpoints.at(i).endpointId == m_rows.at(i).endpointId;
    if (sameRows) {
        m_rows = endpoints;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = endpoints;
    endResetModel();
}

} // namespace sb::dashboard
