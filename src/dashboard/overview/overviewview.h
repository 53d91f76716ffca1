// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/history/overviewdata.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace sb::dashboard {

class EndpointHealthModel;
class EngineSession;
class KpiTile;
class OverviewCharts;

// The Overview: delivery health for a time range (15 min to 30 days), for everything or one
// application or endpoint. KPI tiles with trends, four charts and the endpoint health table,
// all from the local roll-ups, read on the history reader's thread. Live data refreshes it at
// most twice a second while it is visible.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshMs = 500;

    explicit OverviewView(EngineSession *session, QWidget *parent = nullptr);

    // The ranges offered, in ms.
    static const QList<qint64> &ranges();
    void setRangeIndex(int index);
    void setScope(const QString &appId, const QString &endpointId);
    // Asks for fresh figures now (normally a timer does).
    void refresh();

    const OverviewData &data() const { return m_data; }
    OverviewCharts *charts() const { return m_charts; }
    QTableView *healthTable() const { return m_table; }
    EndpointHealthModel *healthModel() const { return m_health; }
    const QList<KpiTile *> &tiles() const { return m_tiles; }

signals:
    // The data shown changed (tests wait for it).
    void updated();
    // Open the delivery log with this filter.
    void openLog(const QString &filter);
    // The user asked for an endpoint's settings from the health table (Ctrl+Enter or its
    // context menu); Enter and double-click open its failures in the log (openLog).
    void editEndpointRequested(const QString &endpointId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void apply(const OverviewData &data);
    void fillScopeChoices();
    QString scopeFilter() const;
    void showFailures(const QModelIndex &index);
    void editEndpoint(const QModelIndex &index);

    EngineSession *m_session;
    QComboBox *m_range;
    QComboBox *m_app;
    QComboBox *m_endpoint;
    QLabel *m_asOf;
    QList<KpiTile *> m_tiles;
    OverviewCharts *m_charts;
    EndpointHealthModel *m_health;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QTimer m_throttle;
    QTimer m_slide;
    quint64 m_request = 0;
    bool m_pendingAgain = false;
    OverviewData m_data;
    QHash<QString, QString> m_names;
    QList<std::pair<QString, QString>> m_endpointApps; // endpoint id, app id (from unscoped data)
};

} // namespace sb::dashboard
