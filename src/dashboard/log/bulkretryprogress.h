// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QProgressDialog;
class QWidget;

namespace sb::dashboard {

class EngineSession;

// Follows the engine's bulk-retry tasks (GET /api/v1/background-task/{id}) in a progress
// dialog that says what the engine reports: the task's status and how many of how many it has
// sent. The engine holds a bulk retry back while its delivery queue is busy and says so in
// the task ("waitingFor": "deliveryQueue", "queued"); the dialog repeats it, and says the
// task is waiting for the engine whenever the count stops moving for another reason (or no
// answer comes), so a bar at 0 % is never left unexplained. Cancel cancels the tasks. The end is reported on the
// status bar when every task finished, in a message box when one failed or was lost.
// Deletes itself when done.
class BulkRetryProgress : public QObject
{
    Q_OBJECT

public:
    struct Task
    {
        QString id;
        QString label; // whom it retries: an application's name, or "every application"
    };

    BulkRetryProgress(EngineSession *session, QString what, QList<Task> tasks, QWidget *dialogParent);
    ~BulkRetryProgress() override;

    void start();
    QProgressDialog *dialog() const;
    // After how long without a new delivery sent the dialog says the task is waiting.
    void setStallAfterMs(int ms) { m_stallAfterMs = ms; }

signals:
    void statusMessage(const QString &text);

private:
    struct State
    {
        Task task;
        QString status = QStringLiteral("running"); // the engine's: running, finished, failed, cancelled; or "lost"
        qint64 total = 0;
        qint64 done = 0;
        qint64 queued = 0; // when the engine says the task waits for its delivery queue: its length
        qint64 skipped = 0;  // dead letters left alone because their endpoint is disabled
        QStringList skippedNames;
    };

    void poll();
    void show();
    void finish();
    void cancel();
    QString statusText(const QString &status) const;

    EngineSession *m_session;
    QString m_what;
    QList<State> m_tasks;
    QPointer<QProgressDialog> m_dialog;
    QElapsedTimer m_sinceProgress;
    QElapsedTimer m_sinceAnswer; // a stopped engine leaves a round unanswered for up to 30 s
    QTimer m_refresh;       // the text ages even while an answer is awaited
    QString m_unreachable;  // why the last round got no answer, if it did not
    qint64 m_lastDone = -1;
    int m_stallAfterMs = 5000;
    bool m_cancelled = false;
};

} // namespace sb::dashboard
