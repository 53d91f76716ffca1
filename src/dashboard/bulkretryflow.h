// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>

class QProgressDialog;
class QWidget;

namespace sb::dashboard {

class EngineSession;

// "Retry all matching": the log's filter translated into the engine's bulk retry. Counts the
// matching dead letters in the local history, asks for confirmation with that count, starts
// the engine's background task and follows it with a progress dialog whose Cancel cancels it.
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
    void confirm(qint64 count);
    void startTask(qint64 expected);
    void followTask(const QString &taskId, QProgressDialog *progress);

    EngineSession *m_session;
    QWidget *m_dialogParent;
    quint64 m_countRequest = 0;
    QJsonObject m_engineFilter;
    QString m_filterText;
};

} // namespace sb::dashboard
