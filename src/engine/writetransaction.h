// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <stdexcept>

namespace sb::engine {

// Thrown by a write job to undo its own changes; the rest of the batch commits.
class StoreError : public std::runtime_error
{
public:
    enum class Kind { Failed, NotFound, Conflict };
    StoreError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// What a write job sees: the writer's connection inside the open batch transaction, with
// prepared statements cached across batches, and the change log.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) {}

    // Runs `sql` (prepared once, then reused) with positional `values`; throws StoreError.
    QSqlQuery &exec(const QString &sql, const QVariantList &values = {});
    // Number of rows the last exec() changed.
    int rowsAffected() const { return m_rowsAffected; }

    // Appends a row to the change log in this transaction; returns its seq.
    qint64 appendChange(QLatin1StringView type, const QString &appId, const QJsonObject &data);
    // The same with `data` already serialised: job factories do that on the caller's thread
    // so the single writer thread spends its time on SQL.
    qint64 appendChange(QLatin1StringView type, const QString &appId, const QByteArray &dataJson);
    qint64 lastSeq() const { return m_lastSeq; }

    qint64 now() const { return m_now; }
    void setNow(qint64 ms) { m_now = ms; }

private:
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_prepared;
    int m_rowsAffected = 0;
    qint64 m_lastSeq = 0;
    qint64 m_now = 0;
};

} // namespace sb::engine
