// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/history/overviewdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace sb::dashboard {

// Something an operator should hear about, with where to look in the log.
struct Alert
{
    enum class Severity { Warning, Critical };
    QString key;        // stable while the condition lasts: "failing:ep_…", "disabled:ep_…", "dead-letters", "stream"
    Severity severity = Severity::Warning;
    QString title;
    QString text;
    QString logFilter;  // empty: just show the window
    // What it concerns, for the alert centre to name: empty for the engine as a whole.
    QString appId;
    QString endpointId;
    QString endpointName;

    bool operator==(const Alert &) const = default;
};

// The console's overall health, as the tray icon's colour shows it.
enum class Health { Unknown, Good, Warning, Critical };

// Decides which alerts are active from a snapshot of the last five minutes (an Overview of
// that range) and the stream's state, and which of them are news: raised now, grown, or gone.
//  - an endpoint whose failures reach the threshold share of at least `minimumAttempts`
//    attempts (critical); it clears when the share falls below the threshold, or as soon as
//    its latest attempts are healthy again (a fixed endpoint is not failing for five minutes);
//  - an endpoint disabled (warning), while it stays disabled;
//  - dead letters stored since the last look (warning, raised again whenever they grow);
//  - the event stream lost after it was live (critical), until it is live again.
class AlertRules
{
    // Qualified, so the context matches the one lupdate records for this namespace.
    Q_DECLARE_TR_FUNCTIONS(sb::dashboard::AlertRules)

public:
    struct Thresholds
    {
        double failurePercent = 20;
        int minimumAttempts = 5;
    };
    struct Changes
    {
        QList<Alert> raised;
        QList<QString> cleared;
    };

    void setThresholds(const Thresholds &t) { m_thresholds = t; }
    const Thresholds &thresholds() const { return m_thresholds; }

    Changes update(const OverviewData &lastFiveMinutes, bool streamLost);
    // The log filter that shows an endpoint's failures (with its app, so Retry all can run).
    static QString failuresFilter(const QString &appId, const QString &endpointId);
    Changes updateStream(bool streamLost);

    const QHash<QString, Alert> &active() const { return m_active; }
    Health health() const;

private:
    Changes apply(const QHash<QString, Alert> &now);

    Thresholds m_thresholds;
    QHash<QString, Alert> m_active;
    qint64 m_deadLettersSeen = -1; // -1: no look yet (the first look sets the baseline)
    bool m_haveData = false;
};

} // namespace sb::dashboard
