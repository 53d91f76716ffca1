// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/alerts/alertrules.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace sb::dashboard {

// One alert as the alert centre lists it: what it is, since when, and when it ended.
struct AlertEntry
{
    Alert alert;
    QDateTime since;
    QDateTime resolvedAt; // null while active
    int raised = 1;       // times it was raised (dead letters grow, for instance)

    bool active() const { return resolvedAt.isNull(); }
};

// The alert centre's list: active alerts first (newest first), then the resolved ones, which
// stay for KeepResolvedMs so that an alert that came and went at 3 a.m. is still there to
// read. Alerts name their application and endpoint; application names come from setNames.
// Times are passed in (a testable clock), not read here.
class AlertLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr qint64 KeepResolvedMs = 60 * 60'000;
    enum Column { State, Since, App, Endpoint, What, ColumnCount };
    enum Role { FilterRole = Qt::UserRole + 1, KeyRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new alert, or news about an active one (its text is updated, its since kept).
    void raise(const sb::dashboard::Alert &alert, const QDateTime &now);
    void resolve(const QString &key, const QDateTime &now);
    // Drops resolved alerts older than KeepResolvedMs.
    void expire(const QDateTime &now);
    void clear();
    void setNames(const QHash<QString, QString> &names);

    // The list as JSON, to keep across restarts, and back: saved alerts join those already
    // listed (an alert raised again keeps its row). Returns the keys of the saved alerts that
    // were active and are not listed as active now: whether they still are is not known yet.
    QJsonArray toJson() const;
    QStringList restore(const QJsonArray &saved);

    int activeCount() const;
    Alert::Severity worstActive() const;
    const AlertEntry &entryAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &key, bool activeOnly = true) const;

signals:
    void activeCountChanged(int count);

private:
    QString appName(const Alert &alert) const;

    QList<AlertEntry> m_rows;
    QHash<QString, QString> m_names;
};

} // namespace sb::dashboard
