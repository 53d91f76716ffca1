// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertlogmodel.h"

#include "dashboard/widgets/themecolors.h"

#include <QApplication>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace sb::dashboard {

int AlertLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AlertLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AlertLogModel::activeCount() const
{
    // Active rows come first: count them until the first resolved one.
    int n = 0;
    while (n < m_rows.size() && m_rows.at(n).active())
        ++n;
    return n;
}

Alert::Severity AlertLogModel::worstActive() const
{
    for (const AlertEntry &e : m_rows)
        if (e.active() && e.alert.severity == Alert::Severity::Critical)
            return Alert::Severity::Critical;
    return Alert::Severity::Warning;
}

int AlertLogModel::rowOf(const QString &key, bool activeOnly) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).alert.key == key && (!activeOnly || m_rows.at(r).active()))
            return r;
    return -1;
}

QString AlertLogModel::appName(const Alert &alert) const
{
    if (alert.appId.isEmpty())
        return alert.endpointId.isEmpty() ? tr("All") : QStringLiteral("—");
    return m_names.value(alert.appId, alert.appId);
}

QVariant AlertLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AlertEntry &e = m_rows.at(index.row());
    if (role == FilterRole)
        return e.alert.logFilter;
    if (role == KeyRole)
        return e.alert.key;
    if (role == Qt::ForegroundRole && index.column() == State) {
        const ThemeColors c = ThemeColors::of(QApplication::palette());
        return !e.active() ? c.good : e.alert.severity == Alert::Severity::Critical ? c.bad : c.warning;
    }
    if (role == Qt::ForegroundRole && !e.active())
        return QApplication::palette().color(QPalette::PlaceholderText); // history, greyed
    if (role == Qt::ToolTipRole) {
        QString tip = e.alert.text;
        if (!e.alert.logFilter.isEmpty())
            tip += u'\n' + tr("Enter or double-click: open the log filtered to %1").arg(e.alert.logFilter);
        return tip;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const auto time = [](const QDateTime &t) { return t.toString(QStringLiteral("MM-dd HH:mm:ss")); };
    switch (index.column()) {
    case State:
        if (!e.active())
            return tr("Resolved %1").arg(e.resolvedAt.toString(QStringLiteral("HH:mm:ss")));
        return e.alert.severity == Alert::Severity::Critical ? tr("Critical") : tr("Warning");
    case Since: return time(e.since);
    case App: return appName(e.alert);
    case Endpoint:
        return e.alert.endpointId.isEmpty() ? (e.alert.appId.isEmpty() ? tr("All") : QStringLiteral("—"))
                                            : e.alert.endpointName.isEmpty() ? e.alert.endpointId : e.alert.endpointName;
    case What: return QString(e.alert.title + u" — " + e.alert.text);
    default: return {};
    }
}

QVariant AlertLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State: return tr("State");
    case Since: return tr("Since");
    case App: return tr("Application");
    case Endpoint: return tr("Endpoint");
    case What: return tr("Alert");
    default: return {};
    }
}

void AlertLogModel::raise(const Alert &alert, const QDateTime &now)
{
    if (const int row = rowOf(alert.key); row >= 0) {
        // News about an alert already listed (more dead letters): same row, new text.
        m_rows[row].alert = alert;
        ++m_rows[row].raised;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Newest active first: a new alert goes on top.
    beginInsertRows({}, 0, 0);
    m_rows.prepend({alert, now, {}, 1});
    endInsertRows();
    emit activeCountChanged(activeCount());
}

void AlertLogModel::resolve(const QString &key, const QDateTime &now)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    // It joins the resolved ones, at their top: the last active position, once it moved there.
    const int last = activeCount() - 1;
    m_rows[row].resolvedAt = now;
    if (last != row) {
        beginMoveRows({}, row, row, {}, last + 1);
        m_rows.move(row, last);
        endMoveRows();
    }
    emit dataChanged(index(last, 0), index(last, ColumnCount - 1));
    emit activeCountChanged(activeCount());
}

void AlertLogModel::expire(const QDateTime &now)
{
    // Resolved rows are newest first: the old ones are a run at the end.
    int first = static_cast<int>(m_rows.size());
    while (first > 0 && !m_rows.at(first - 1).active() && m_rows.at(first - 1).resolvedAt.msecsTo(now) > KeepResolvedMs)
        --first;
    if (first == m_rows.size())
        return;
    beginRemoveRows({}, first, static_cast<int>(m_rows.size()) - 1);
    m_rows.remove(first, m_rows.size() - first);
    endRemoveRows();
}

void AlertLogModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit activeCountChanged(0);
}

QJsonArray AlertLogModel::toJson() const
{
    QJsonArray out;
    for (const AlertEntry &e : m_rows) {
        const Alert &a = e.alert;
        out.append(QJsonObject{{QStringLiteral("key"), a.key},
                               {QStringLiteral("critical"), a.severity == Alert::Severity::Critical},
                               {QStringLiteral("title"), a.title},
                               {QStringLiteral("text"), a.text},
                               {QStringLiteral("logFilter"), a.logFilter},
                               {QStringLiteral("appId"), a.appId},
                               {QStringLiteral("endpointId"), a.endpointId},
                               {QStringLiteral("endpointName"), a.endpointName},
                               {QStringLiteral("since"), e.since.toMSecsSinceEpoch()},
                               {QStringLiteral("resolvedAt"), e.active() ? QJsonValue() : QJsonValue(e.resolvedAt.toMSecsSinceEpoch())},
                               {QStringLiteral("raised"), e.raised}});
    }
    return out;
}

QStringList AlertLogModel::restore(const QJsonArray &saved)
{
    QStringList unknown;
    QList<AlertEntry> rows = m_rows;
    for (const QJsonValue &v : saved) {
        const QJsonObject o = v.toObject();
        AlertEntry e;
        e.alert.key = o.value(QLatin1StringView("key")).toString();
        e.alert.severity = o.value(QLatin1StringView("critical")).toBool() ? Alert::Severity::Critical : Alert::Severity::Warning;
        e.alert.title = o.value(QLatin1StringView("title")).toString();
        e.alert.text = o.value(QLatin1StringView("text")).toString();
        e.alert.logFilter = o.value(QLatin1StringView("logFilter")).toString();
        e.alert.appId = o.value(QLatin1StringView("appId")).toString();
        e.alert.endpointId = o.value(QLatin1StringView("endpointId")).toString();
        e.alert.endpointName = o.value(QLatin1StringView("endpointName")).toString();
        e.since = QDateTime::fromMSecsSinceEpoch(o.value(QLatin1StringView("since")).toInteger(), QTimeZone::utc());
        if (!o.value(QLatin1StringView("resolvedAt")).isNull())
            e.resolvedAt = QDateTime::fromMSecsSinceEpoch(o.value(QLatin1StringView("resolvedAt")).toInteger(), QTimeZone::utc());
        e.raised = std::max(1, o.value(QLatin1StringView("raised")).toInt());
        if (e.alert.key.isEmpty() || !e.since.isValid())
            continue;
        const auto same = std::find_if(rows.begin(), rows.end(), [&e](const AlertEntry &r) {
            return r.alert.key == e.alert.key && (r.active() || r.since == e.since);
        });
        if (same != rows.end()) {
            if (same->active() && e.active())
                same->since = std::min(same->since, e.since); // raised again since the restart: it began then
            continue;
        }
        if (e.active())
            unknown.append(e.alert.key);
        rows.append(e);
    }
    // Active first, newest first; then the resolved ones, most recently resolved first.
    std::stable_sort(rows.begin(), rows.end(), [](const AlertEntry &a, const AlertEntry &b) {
        if (a.active() != b.active())
            return a.active();
        return a.active() ? a.since > b.since : a.resolvedAt > b.resolvedAt;
    });
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit activeCountChanged(activeCount());
    return unknown;
}

void AlertLogModel::setNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, App), index(static_cast<int>(m_rows.size()) - 1, App));
}

} // namespace sb::dashboard
