// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/delivery/keylanes.h"

#include "databaseconnection.h"

#include "core/application.h"
#include "core/attempt.h"
#include "core/delivery.h"
#include "core/endpoint.h"
#include "core/message.h"

#include <QHash>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace sb::engine {

// Finishes a query when the scope ends.
struct FinishOnExit
{
    QSqlQuery &query;
    ~FinishOnExit() { query.finish(); }
};

// One page of a list, in the Svix shape: `iterator` continues after the last item,
// `prevIterator` goes back before the first.
template <typename T>
struct Page
{
    QList<T> data;
    QString iterator;
    QString prevIterator;
    bool done = true;
};

// A delivery the scheduler must hold: pending, due at `nextAttemptMs`.
struct DueDelivery
{
    QString msgId;
    QString endpointId;
    QString appId;
    int attemptCount = 0;
    qint64 nextAttemptMs = 0;
    QString correlationKey = {}; // its message's: per-key ordered endpoints keep lanes by it
    qint64 laneSeq = 0;          // its message's place in the lane (0: none, before any that has one)
};

// Reads on a connection of the calling thread's own. WAL lets these run beside the writer.
class StoreReader
{
public:
    // `cacheApplications`: serve application() from memory after the first read. Only for a
    // reader that is told of changes (forgetApplication); pool readers read every time.
    StoreReader(const DatabaseLocation &location, const QString &connectionName, bool cacheApplications = true);
    ~StoreReader();

    bool isOpen() const;
    QString errorString() const;

    // Served from memory after the first read: every ingest looks its application up.
    std::optional<Application> application(const QString &idOrUid) const;
    // Drops a cached application after it changed or went away.
    void forgetApplication(const QString &id);
    Page<Application> applications(const QString &iterator, int limit) const;

    std::optional<Endpoint> endpoint(const QString &appId, const QString &idOrUid) const;
    Page<Endpoint> endpoints(const QString &appId, const QString &iterator, int limit) const;
    QList<Endpoint> allEndpoints() const;

    std::optional<Message> message(const QString &appId, const QString &idOrEventId) const;
    QByteArray payload(const QString &msgId) const;

    QList<Delivery> deliveriesOfMessage(const QString &msgId) const;
    Page<Attempt> attemptsOfMessage(const QString &msgId, const QString &iterator, int limit) const;
    QList<DueDelivery> pendingDeliveries() const;
    // Keys of per-key ordered endpoints held by a dead letter (a small table: one row per key).
    QList<KeyLanes::Block> orderingBlocks(const QString &endpointId = {}) const;
    qint64 lastSeq() const;
    // The store's identity, made when its database was created.
    QString instanceId() const;
    // The oldest seq still in the change log (0 when it is empty).
    qint64 oldestSeq() const;
    // The last seq written before `atMs` (0 when none): where a console that wants only the
    // recent past subscribes. A binary search over the primary key, since times grow with seq.
    qint64 lastSeqBefore(qint64 atMs) const;

    struct ChangeRow
    {
        qint64 seq = 0;
        qint64 atMs = 0;
        QByteArray type;
        QByteArray data; // JSON text
    };
    QList<ChangeRow> changesAfter(qint64 seq, int limit) const;

    // Runs a read on this connection with a statement prepared once. The caller reads the
    // rows and finishes the query (FinishOnExit) so no old snapshot stays pinned.
    QSqlQuery &run(const QString &sql, const QVariantList &values) const;

private:

    std::unique_ptr<DatabaseConnection> m_connection;
    mutable QHash<QString, QSqlQuery> m_prepared; // destroyed before the connection
    mutable QHash<QString, Application> m_applications; // by id and by uid
    bool m_cacheApplications = true;

};

} // namespace sb::engine
