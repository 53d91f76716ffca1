// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/streamframe.h"

#include <QObject>
#include <QSqlDatabase>

namespace sb::dashboard {

// HistoryStore's worker: lives on the store's thread and owns its SQLite connection.
class HistoryWriter : public QObject
{
    Q_OBJECT

public:
    explicit HistoryWriter(QString path);
    ~HistoryWriter() override;

    void open();
    void apply(const QList<sb::StreamFrame> &frames);
    // Forgets everything stored and records the engine instance the history now follows.
    void adopt(const QString &instanceId);
    // Deletes deliveries, attempts and roll-ups from before `cutoffMs` (ms since the epoch).
    void prune(qint64 cutoffMs);

signals:
    void opened(bool ok, const QString &error, qint64 lastSeq, const QString &instanceId);
    void committed(qint64 lastSeq, int applied);
    void pruned(qint64 deliveries);

private:
    bool exec(const QString &sql, const QVariantList &values = {});
    // Brings a history written by an older console up to the current schema.
    bool migrate(const QSqlDatabase &db);
    void applyOne(const sb::StreamFrame &frame);
    void applyAttempt(const QJsonObject &data);

    QString m_path;
    QString m_connection;
    qint64 m_lastSeq = 0;
    QString m_error;
};

} // namespace sb::dashboard
