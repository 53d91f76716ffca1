// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/history/deliveryfilter.h"

#include <QWidget>

class QAction;
class QCompleter;
class QLabel;
class QLineEdit;
class QTableView;

namespace sb::dashboard {

class BulkRetryFlow;
class CallView;
class DeliveryDetailPane;
class DeliveryLogModel;
class EndpointOrderings;
class EngineSession;
class HeldInLog;
class LogEmptyState;
class LogPauseBar;
class TestEventDialog;

// The delivery log: a filter bar with live validation and completion, the table, and a detail
// pane with the message and its attempts. Retry sends the selected delivery again (operators
// and admins); Copy id puts the message id on the clipboard.
class DeliveriesView : public QWidget
{
    Q_OBJECT

public:
    explicit DeliveriesView(EngineSession *session, QWidget *parent = nullptr);

    DeliveryLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QAction *retryAction() const { return m_retry; }
    DeliveryDetailPane *detail() const { return m_detail; }
    LogPauseBar *pauseBar() const { return m_pauseBar; }
    LogEmptyState *emptyState() const { return m_emptyState; }
    // Ctrl+F: the main window owns the key (one shortcut for every area, wherever the focus
    // is, the tab bar included) and sends it here.
    void focusFilter();

    void setRole(const QString &role);
    // Puts `filter` in the filter bar and applies it (from the Overview, alerts, test events).
    void showFilter(const QString &filter);
    // Oldest first (Ctrl+End) jumps to the start of the history without paging through it;
    // newest first (Ctrl+Home) is the live view. Either way the first row is selected.
    void setOldestFirst(bool oldestFirst);

    // Writes the rows of the current filter to `path` (CSV, or JSON for a .json path).
    void exportTo(const QString &path);
    // Puts a cURL command on the clipboard that repeats the selected delivery's latest request.
    void copyAsCurl();
    // Retry all dead deliveries the filter matches, through the engine's bulk retry: counts
    // them locally, asks for confirmation, then follows the engine's task with a progress
    // dialog whose Cancel cancels the task.
    void retryAllMatching();
    QAction *retryAllAction() const { return m_retryAll; }
    // Opens the test event dialog on the selected row's endpoint and event type (Ctrl+T).
    TestEventDialog *sendTestEvent();
    QAction *sendTestAction() const { return m_sendTest; }
    // F: opens the Call view of the selected delivery's call (or says it has none).
    CallView *followCall();
    QAction *followCallAction() const { return m_followCall; }
    // What the log does to its rows, in the order of the main window's Log menu (null: a
    // separator), so that a mouse user finds what the keys do.
    QList<QAction *> menuActions() const;

signals:
    void statusMessage(const QString &text);

private:
    void filterEdited(const QString &text);
    void applyFilter();
    void replaceFilter(const QString &filter);
    void showDetail();
    void selectFirstWhenLoaded();
    void retrySelected();
    void copyId();

    EngineSession *m_session;
    DeliveryLogModel *m_model;
    EndpointOrderings *m_orderings; // for the log and the Call views it opens
    HeldInLog *m_held;
    QLineEdit *m_filter;
    QLabel *m_filterError;
    QTableView *m_table;
    LogPauseBar *m_pauseBar;
    LogEmptyState *m_emptyState;
    DeliveryDetailPane *m_detail;
    QAction *m_retry;
    QAction *m_followCall;
    QAction *m_copyId;
    QAction *m_copyCurl;
    QAction *m_export;
    QAction *m_retryAll;
    QAction *m_sendTest;
    BulkRetryFlow *m_bulkRetry = nullptr;
    QCompleter *m_completer = nullptr;
    DeliveryFilter::CompletionValues m_known;
};

} // namespace sb::dashboard
