// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <stdexcept>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sb::engine {

// Thrown by a write job to undo its own changes; the rest of the batch commits.
class StoreError : public std::runtime_error
{
public:
    // Transient: the database undid the statement to break a deadlock or a serialization
    // conflict with another node's transaction; the same job may well succeed again.
    enum class Kind { Failed, NotFound, Conflict, Transient };
    StoreError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// What a write job sees: the writer's connection inside the open batch transaction, with
// prepared statements cached across batches, and the change log.
//
// On SQLite, statements that return no rows go straight to the sqlite3 handle Qt's driver
// owns, with cached sqlite3_stmt objects: binding through QSqlQuery cost more than SQLite's
// own work on the writer thread, the engine's bottleneck (docs/performance.md).
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Runs a statement that returns no rows with positional `values`; throws StoreError.
    void exec(const QString &sql, const QVariantList &values = {});
    // Transaction control (SAVEPOINT …), which PostgreSQL cannot prepare; throws StoreError.
    void control(const QString &sql);
    // Runs a SELECT; the caller reads it and calls finish() before the job returns.
    QSqlQuery &query(const QString &sql, const QVariantList &values = {});
    // Number of rows the last exec() changed.
    int rowsAffected() const { return m_rowsAffected; }

    // Appends a row to the change log in this transaction; returns its seq. On PostgreSQL the
    // rows wait for flushChanges() and this returns 0.
    qint64 appendChange(QLatin1StringView type, const QString &appId, const QJsonObject &data);
    // The same with `data` already serialised: job factories do that on the caller's thread
    // so the single writer thread spends its time on SQL.
    qint64 appendChange(QLatin1StringView type, const QString &appId, const QByteArray &dataJson);
    // Runs `statements` (none returning rows; their values in order) and appends a change. On
    // PostgreSQL they are queued (setPipelining) instead of each waiting for the server, which
    // capped a PostgreSQL node at about a tenth of an SQLite one (docs/scaling.md).
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    qint64 execWithChange(const QList<Statement> &statements, QLatin1StringView type, const QString &appId,
                          const QByteArray &dataJson);
    qint64 lastSeq() const { return m_lastSeq; }
    // After a rollback: the seq the change log is back at.
    void setLastSeq(qint64 seq) { m_lastSeq = seq; }

    qint64 now() const { return m_now; }
    bool isSqlite() const { return m_sqlite != nullptr; }
    void setNow(qint64 ms) { m_now = ms; }

    // Several nodes on one database (PostgreSQL): this node's id, which owns the deliveries it
    // creates (NULL in the lease_owner column when empty: one node, nothing to share).
    void setNodeId(const QString &id) { m_nodeId = id; }
    QVariant leaseOwner() const { return m_nodeId.isEmpty() ? QVariant() : QVariant(m_nodeId); }
    // With several writers, a change row's seq is drawn when it is inserted but becomes
    // visible when its transaction commits; a stream reader that saw seq 101 before 100
    // committed would skip 100. So the first change of a transaction takes a lock every node
    // shares, held to the commit: seq order is commit order.
    void setSerializeChanges(bool on) { m_serializeChanges = on; }
    // Called at the start of every transaction.
    void begin()
    {
        m_changeLockHeld = false;
        m_pendingChanges.clear();
        m_rollups.clear();
        m_pipeline.clear();
    }
    // PostgreSQL: execWithChange() queues its statement instead of waiting for the server;
    // everything queued goes in one round trip before anything else runs (flushPipeline), so
    // a batch of jobs costs one wait, not one per job. An error then cannot be pinned on a
    // job: the writer runs the batch again without pipelining, job by job.
    void setPipelining(bool on) { m_pipelining = on && !m_sqlite; }
    void flushPipeline();
    // PostgreSQL: writes the change rows the batch appended, under the lock, just before the
    // commit; throws StoreError. A job undone to its savepoint drops its own rows first.
    void flushChanges();
    qsizetype pendingChanges() const { return m_pendingChanges.size(); }
    void dropChangesFrom(qsizetype count);

    // Counts one attempt into its minute's statistics roll-up. The counts are written at the
    // end of the batch, summed, one statement per row and in key order (flushRollups): nodes
    // sharing a PostgreSQL database then take the roll-up rows they share in the same order.
    // Written per attempt, in the order attempts came back, two nodes' batches deadlocked on
    // them; the database aborted one, and its attempts, sent but not recorded, went again.
    struct RollupCount
    {
        QString endpointId;
        qint64 minuteMs = 0;
        QString errorClass;
        int latencyBucket = 0;
        QString appId;
    };
    void countAttempt(RollupCount count) { m_rollups.push_back(std::move(count)); }
    void flushRollups();
    qsizetype pendingRollups() const { return static_cast<qsizetype>(m_rollups.size()); }
    void dropRollupsFrom(qsizetype count) { m_rollups.resize(static_cast<size_t>(count)); }

private:
    void execNative(const QString &sql, const QVariantList &values);
    void lockChangeLog();
    QString inlineValues(const QString &sql, const QVariantList &values) const;
    qint64 lastInsertId(QSqlQuery *query) const;

    QSqlDatabase m_db;
    sqlite3 *m_sqlite = nullptr;
    QHash<QString, sqlite3_stmt *> m_statements;
    QHash<QString, QSqlQuery> m_prepared;
    int m_rowsAffected = 0;
    qint64 m_lastSeq = 0;
    qint64 m_now = 0;
    struct PendingChange
    {
        QString type;
        QString appId;
        QString data;
    };
    QList<PendingChange> m_pendingChanges;
    std::vector<RollupCount> m_rollups;
    QStringList m_pipeline;
    bool m_pipelining = false;
    QString m_nodeId;
    bool m_serializeChanges = false;
    bool m_changeLockHeld = false;
};

} // namespace sb::engine
