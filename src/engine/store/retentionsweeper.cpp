// SPDX-License-Identifier: GPL-3.0-or-later
#include "retentionsweeper.h"

#include "storewriter.h"
#include "writetransaction.h"

#include "core/ids.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStringList>
#include <QTimer>

namespace sb::engine {

namespace {

constexpr qint64 HourMs = 3'600'000;

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(u',');
}

} // namespace

RetentionSweeper::RetentionSweeper(StoreWriter *writer, std::chrono::milliseconds retention,
                                   std::chrono::milliseconds rollupRetention, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_retention(retention)
    , m_rollupRetention(rollupRetention)
{
}

void RetentionSweeper::start(std::chrono::milliseconds interval)
{
    // Payloads with a retention of their own are looked for whatever the settings: cheap, an
    // index probe when there are none.
    if (interval.count() <= 0)
        interval = std::chrono::milliseconds(std::clamp<qint64>(m_retention.count() > 0 ? m_retention.count() / 10 : PayloadSweepMs,
                                                                1'000, PayloadSweepMs));
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &RetentionSweeper::sweep);
    m_timer->start(interval);
    sweep();
}

void RetentionSweeper::stop()
{
    m_stopped = true;
    if (m_timer)
        m_timer->stop();
}

void RetentionSweeper::sweep()
{
    if (m_sweeping || m_stopped)
        return; // the last sweep's batches are still going
    m_sweeping = true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    sweepPayloads(now);
    if (m_rollupRetention.count() > 0)
        sweepRollups(now - m_rollupRetention.count());
    if (m_retention.count() > 0)
        sweepMessages(now - m_retention.count());
    else
        m_sweeping = false;
}

void RetentionSweeper::sweepMessages(qint64 cutoffMs)
{
    // Message ids sort by creation time: everything before the cutoff's id is old enough.
    const QString before = ids::atTime(ids::Message, cutoffMs);
    auto job = [this, before](WriteTransaction &tx) {
        QElapsedTimer timer;
        timer.start();
        QStringList msgIds;
        {
            // A message goes when none of its deliveries is still pending or sending (status 0
            // is success, 2 dead letter); the delivery's primary key answers that per message.
            QSqlQuery &q = tx.query(QStringLiteral("SELECT m.id FROM messages m WHERE m.id < ? AND NOT EXISTS "
                                                   "(SELECT 1 FROM deliveries d WHERE d.msg_id = m.id "
                                                   "AND d.status <> 0 AND d.status <> 2) ORDER BY m.id LIMIT %1")
                                        .arg(MessagesPerBatch),
                                    {before});
            while (q.next())
                msgIds.append(q.value(0).toString());
            q.finish();
        }
        if (!msgIds.isEmpty()) {
            QVariantList values;
            for (const QString &id : std::as_const(msgIds))
                values.append(id);
            const QString in = placeholders(msgIds.size());
            tx.exec(u"DELETE FROM attempts WHERE msg_id IN (" + in + u')', values);
            tx.exec(u"DELETE FROM deliveries WHERE msg_id IN (" + in + u')', values);
            tx.exec(u"DELETE FROM message_payloads WHERE msg_id IN (" + in + u')', values);
            tx.exec(u"DELETE FROM messages WHERE id IN (" + in + u')', values);
        }
        const qint64 us = timer.nsecsElapsed() / 1000;
        for (qint64 seen = m_longestBatchUs.load(); us > seen && !m_longestBatchUs.compare_exchange_weak(seen, us);) {
        }
        ++m_batches;
        return QVariant(msgIds.size());
    };
    m_writer->submit(std::move(job), this, [this, cutoffMs](const WriteResult &r) {
        if (!r.ok) {
            qWarning("retention: deleting old messages failed: %s", qPrintable(r.error));
            m_sweeping = false;
            return;
        }
        const int deleted = r.value.toInt();
        m_deletedMessages += deleted;
        if (deleted == MessagesPerBatch && !m_stopped)
            sweepMessages(cutoffMs); // more to go: the next batch queues behind whatever came meanwhile
        else
            m_sweeping = false;
    });
}

void RetentionSweeper::sweepPayloads(qint64 nowMs)
{
    auto job = [nowMs](WriteTransaction &tx) {
        QStringList msgIds;
        QSqlQuery &q = tx.query(QStringLiteral("SELECT msg_id FROM message_payloads WHERE expires_at IS NOT NULL AND expires_at < ? "
                                               "ORDER BY expires_at LIMIT %1").arg(MessagesPerBatch),
                                {nowMs});
        while (q.next())
            msgIds.append(q.value(0).toString());
        q.finish();
        QVariantList values;
        for (const QString &id : std::as_const(msgIds))
            values.append(id);
        if (!msgIds.isEmpty())
            tx.exec(u"DELETE FROM message_payloads WHERE msg_id IN (" + placeholders(msgIds.size()) + u')', values);
        return QVariant(msgIds);
    };
    m_writer->submit(std::move(job), this, [this, nowMs](const WriteResult &r) {
        if (!r.ok) {
            qWarning("retention: deleting expired payloads failed: %s", qPrintable(r.error));
            return;
        }
        const QStringList ids = r.value.toStringList();
        m_expiredPayloads += ids.size();
        if (!ids.isEmpty())
            emit payloadsExpired(ids);
        if (ids.size() == MessagesPerBatch && !m_stopped)
            sweepPayloads(nowMs);
    });
}

void RetentionSweeper::sweepRollups(qint64 cutoffMs)
{
    // At most an hour of roll-ups per job, from the oldest on: a first sweep of a large store
    // is many short jobs rather than one long one.
    auto job = [this, cutoffMs](WriteTransaction &tx) {
        tx.exec(QStringLiteral("DELETE FROM attempt_rollups WHERE minute_ms < ? AND minute_ms < "
                               "(SELECT MIN(minute_ms) FROM attempt_rollups) + %1").arg(HourMs),
                {cutoffMs});
        return QVariant(tx.rowsAffected());
    };
    m_writer->submit(std::move(job), this, [this, cutoffMs](const WriteResult &r) {
        if (!r.ok) {
            qWarning("retention: deleting old roll-ups failed: %s", qPrintable(r.error));
            return;
        }
        m_deletedRollups += r.value.toInt();
        if (r.value.toInt() > 0 && !m_stopped)
            sweepRollups(cutoffMs);
    });
}

QByteArray RetentionSweeper::renderMetrics() const
{
    QByteArray out;
    const auto line = [&out](const char *name, const char *type, const char *help, const QByteArray &value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' + name + ' ' + value + '\n';
    };
    line("switchboard_retention_messages_deleted_total", "counter",
         "Messages deleted by retention, with their payloads, deliveries and attempts.", QByteArray::number(m_deletedMessages.load()));
    line("switchboard_retention_payloads_expired_total", "counter",
         "Payloads deleted at their own retention (payloadRetentionPeriod / payloadRetentionHours).",
         QByteArray::number(m_expiredPayloads.load()));
    line("switchboard_retention_rollups_deleted_total", "counter", "Roll-up rows deleted by their retention.",
         QByteArray::number(m_deletedRollups.load()));
    line("switchboard_retention_batches_total", "counter", "Retention batches run on the writer.", QByteArray::number(m_batches.load()));
    line("switchboard_retention_longest_batch_seconds", "gauge",
         "The longest retention batch: the longest the writer spent on retention at once.",
         QByteArray::number(static_cast<double>(m_longestBatchUs.load()) / 1e6, 'f', 6));
    return out;
}

} // namespace sb::engine
