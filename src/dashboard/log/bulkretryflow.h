// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/history/historyreader.h"

#include <QJsonObject>
#include <QObject>

class QWidget;

namespace sb::dashboard {

class EngineSession;

// "Retry all matching": the log's filter translated into the engine's bulk retry. Finds the
// matching dead letters in the local history per application, asks for confirmation with
// their count and the applications' names (Enter sends), starts one engine task per
// application the filter named, by id, since the engine knows apps by id or uid only, and
// hands the tasks to a BulkRetryProgress. A refusal, by the console or the engine, is shown
// in a message box that stays until read.
class BulkRetryFlow : public QObject
{
    Q_OBJECT

public:
    BulkRetryFlow(EngineSession *session, QWidget *dialogParent);

    // Starts the flow for the filter text as typed in the log's filter bar.
    void start(const QString &filterText);

signals:
    void statusMessage(const QString &text);

private:
    // One engine task to start: its request body, whom it is for, how many the console expects.
    struct Target
    {
        QJsonObject body;
        QString label;
        qint64 count = 0;
    };

    void plan(const QList<HistoryReader::DeadLetterGroup> &groups);
    void confirm();
    void startTasks();
    void warn(const QString &title, const QString &text);

    EngineSession *m_session;
    QWidget *m_dialogParent;
    quint64 m_request = 0;
    QJsonObject m_engineFilter;
    QString m_filterText;
    QList<Target> m_targets;
};

} // namespace sb::dashboard
