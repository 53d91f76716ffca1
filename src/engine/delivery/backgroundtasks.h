// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

namespace sb::engine {

class DeliveryScheduler;
class StoreReader;
class StoreWriter;

// Which dead-lettered deliveries a recovery or bulk retry sends again.
struct RetryFilter
{
    QString appId;
    QString endpointId;
    QStringList eventTypes;
    std::optional<int> statusCodeClass; // of the last failed attempt: 0, 100, …, 500
    QDateTime since;                    // message creation time
    QDateTime until;

    QJsonObject toJson() const;
};

// Long-running retries (Svix "recover", Switchboard's bulk retry) as background tasks: they
// walk the matching failed deliveries page by page, hand each to the scheduler as a manual
// attempt, pause while the scheduler's queue is long (and say so: "waitingFor" and "queued"
// in the task's data), report progress on the event stream (task.progress) and can be
// cancelled. Tasks live in memory: a restart ends them, and the
// deliveries not reached yet stay dead-lettered, ready for another run.
class BackgroundTasks : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;
    static constexpr int PauseAboveQueued = 100;

    BackgroundTasks(StoreReader *reader, StoreWriter *writer, DeliveryScheduler *scheduler,
                    QObject *parent = nullptr);

    QJsonObject start(const QString &kind, const RetryFilter &filter);
    std::optional<QJsonObject> task(const QString &id) const;
    QList<QJsonObject> tasks() const;
    std::optional<QJsonObject> cancel(const QString &id);

private:
    struct Task
    {
        QString id;
        QString kind;
        QString status = QStringLiteral("running"); // running, finished, failed, cancelled
        RetryFilter filter;
        qint64 total = 0;
        qint64 done = 0;
        QString cursorMsg;
        QString cursorEndpoint;
        QDateTime createdAt;
        QDateTime updatedAt;
        qint64 waitingOnQueue = 0; // deliveries queued when the task last paused for them; 0: not paused
    };

    void step(const QString &id);
    void report(const Task &task);
    QJsonObject toJson(const Task &task) const;
    std::pair<QString, QVariantList> whereClause(const RetryFilter &filter) const;

    StoreReader *m_reader;
    StoreWriter *m_writer;
    DeliveryScheduler *m_scheduler;
    QHash<QString, Task> m_tasks;
};

} // namespace sb::engine
