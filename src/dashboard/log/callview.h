// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/log/callstorymodel.h"
#include "dashboard/log/endpointorderings.h"

#include <QDialog>
#include <QTimer>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace sb::dashboard {

class CallRetryFlow;
class EngineSession;

// Follow a call (F in the log), after Wireshark's "Follow stream": the call's whole story from
// the local history in one window: every event of the call in time order, to every endpoint,
// each delivery's state, attempts, last result and next retry. Above the table the gaps are
// spelled out (which event did not reach which endpoint, and why), and one action retries
// everything that failed for the call. An endpoint that delivers each call in order holds the
// call's later events while an earlier one is not through: those rows say what they wait for,
// from the endpoint's settings asked of the engine. Reads run on the history reader's thread; the view
// reads again (at most four times a second) whenever the history changes, so it is live.
class CallView : public QDialog
{
    Q_OBJECT

public:
    CallView(EngineSession *session, EndpointOrderings *orderings, QString appId, QString callId,
             QWidget *parent = nullptr);
    // The Call view of `row`'s call, shown with `row` selected: the one already open under
    // `parent` for that call (brought back), or a new one. `row` must have a call id.
    static CallView *follow(EngineSession *session, EndpointOrderings *orderings, const DeliveryRow &row, QWidget *parent);

    const QString &appId() const { return m_appId; }
    const QString &callId() const { return m_callId; }
    CallStoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *gapsLabel() const { return m_gaps; }
    QLabel *statusLabel() const { return m_status; }
    QAction *retryFailedAction() const { return m_retryFailed; }
    QPushButton *retryFailedButton() const { return m_retryButton; }

    // Selects this delivery once the story has loaded (the row F was pressed on).
    void select(const QString &msgId, const QString &endpointId);
    // Reads the call from the history again (F5; also on every change of the history).
    void refresh();
    // Ctrl+R: asks, then sends every dead or failing delivery of the call again.
    void retryFailed();

signals:
    // A fresh answer from the history is shown.
    void loaded();
    void showInLogRequested(const QString &filter);

private:
    void showStory(quint64 request, const QList<sb::dashboard::DeliveryRow> &rows);
    void updateTexts();
    void updateRetry();
    // How each endpoint of the call orders it (EndpointOrderings; asked again on F5).
    void askOrdering(qint64 maxAgeMs = EndpointOrderings::AskAgainAfterMs);

    EngineSession *m_session;
    EndpointOrderings *m_orderings;
    QString m_appId;
    QString m_callId;
    QString m_appName;
    CallStoryModel *m_model;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_gaps;
    QLabel *m_status;
    QTableView *m_table;
    QAction *m_retryFailed;
    QPushButton *m_retryButton;
    CallRetryFlow *m_retryFlow;
    QTimer m_refresh;
    quint64 m_request = 0;
    bool m_loadedOnce = false;
    QString m_wantedMsg, m_wantedEndpoint;
};

} // namespace sb::dashboard
