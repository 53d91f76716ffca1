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
    // Endpoints that were disabled when the task began: their dead letters are left alone
    // (a send to a disabled endpoint would only wait in its queue) and counted as skipped.
    QStringList skippedEndpoints;
    // Svix's bulk replay: deliveries in any status (or only in `status`, a MessageStatus
    // number), not only failed ones, and of messages on `channel` / with `tag`.
    bool anyStatus = false;
    std::optional<int> status = {};
    QString channel = {};
    QString tag = {};

    QJsonObject toJson() const;
    static RetryFilter fromJson(const QJsonObject &json);
};

// Long-running retries (Svix "recover", Switchboard's bulk retry) as background tasks: they
// walk the matching failed deliveries page by page, hand each to the scheduler as a manual
// attempt, pause while due sends wait for a connection (and say so: "waitingFor" and "queued"
// in the task's data), report progress on the event stream (task.progress) and can be
// cancelled. Every change of a task is stored with where it stopped (table background_tasks),
// so after a restart running tasks go on from there; on PostgreSQL a task whose node is gone
// is taken over by the first node that claims it.
class BackgroundTasks : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100;
    static constexpr int PauseAboveQueued = 100;
    static constexpr int ClaimRetryMs = 2000;
    static constexpr QLatin1StringView ReplayKind{"endpoint.replay"};
    static constexpr QLatin1StringView BulkReplayKind{"endpoint.bulk-replay"};
    static constexpr QLatin1StringView PurgeKind{"application.purge_content"};

    BackgroundTasks(StoreReader *reader, StoreWriter *writer, DeliveryScheduler *scheduler,
                    QString nodeId = {}, QObject *parent = nullptr);

    // Loads the stored tasks (the latest few hundred) and resumes those that were running.
    void restore();

    QJsonObject start(const QString &kind, const RetryFilter &filter);
    std::optional<QJsonObject> task(const QString &id) const;
    QList<QJsonObject> tasks() const;
    std::optional<QJsonObject> cancel(const QString &id);

signals:
    // A task ran to its end ("finished") or gave up ("failed"); not for a cancelled one.
    void taskEnded(const QJsonObject &task);

private:
    struct Task
    {
        QString id;
        QString kind;
        QString status = QStringLiteral("running"); // running, finished, failed, cancelled
        RetryFilter filter;
        qint64 total = 0;
        qint64 done = 0;
        qint64 skipped = 0; // dead letters of the filter's disabled endpoints, left alone
        QStringList skippedNames; // what a person calls those endpoints: description, uid or URL
        QString cursorMsg;
        QString cursorEndpoint;
        QDateTime createdAt;
        QDateTime updatedAt;
        qint64 waitingOnQueue = 0; // deliveries queued when the task last paused for them; 0: not paused
        bool ours = true;   // false: another live node runs it (PostgreSQL)
    };

    void claim(const QString &id);
    void resume(const QString &id);

    void step(const QString &id);
    // Svix's replay-missing (kind "endpoint.replay"): messages since a time that never went to
    // the endpoint get a delivery now. In backgroundreplay.cpp.
    void stepReplay(const QString &id);
    // Svix's expunge-all-contents (kind "application.purge_content"): every payload of the
    // filter's application goes, a page a transaction. In backgroundpurge.cpp.
    void stepPurge(const QString &id);
    // A replay's or purge's page is written: `handled` more done; the next page, or the end.
    void pageWritten(const QString &id, bool last, int handled);
    void report(const Task &task);
    QJsonObject toJson(const Task &task) const;
    std::pair<QString, QVariantList> whereClause(const RetryFilter &filter) const;
    qint64 count(const QString &where, const QVariantList &values) const;

    StoreReader *m_reader;
    StoreWriter *m_writer;
    DeliveryScheduler *m_scheduler;
    QString m_nodeId;
    QHash<QString, Task> m_tasks;
};

} // namespace sb::engine
