// SPDX-License-Identifier: GPL-3.0-or-later
#include "expungewrites.h"

#include "writetransaction.h"

#include "core/ids.h"
#include "core/streamframe.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace sb::engine::expungewrites {
namespace {

// How far the time in an id may lie from the time of the rows written for it: a write waits
// in the writer's queue, and an attempt's id is made when its answer came.
constexpr qint64 ClockSlackMs = 60'000;

// `text` for LIKE … ESCAPE '\': ids hold '_', a wildcard there.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

// The first change written at `ms` or later. The change log's time grows with its sequence
// (changes are appended in commit order), so a binary search over the primary key finds it
// in a few dozen lookups, without an index on the time and without a scan.
qint64 firstChangeAtOrAfter(WriteTransaction &tx, qint64 ms)
{
    QSqlQuery &bounds = tx.query(QStringLiteral("SELECT MIN(seq), MAX(seq) FROM changes"));
    qint64 lo = 0, hi = 0;
    if (bounds.next() && !bounds.value(0).isNull()) {
        lo = bounds.value(0).toLongLong();
        hi = bounds.value(1).toLongLong() + 1; // one past the last: "none is that late"
    }
    bounds.finish();
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        QSqlQuery &q = tx.query(QStringLiteral("SELECT at FROM changes WHERE seq >= ? ORDER BY seq LIMIT 1"), {mid});
        const bool late = !q.next() || q.value(0).toLongLong() >= ms;
        q.finish();
        if (late)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

} // namespace

StoreWriter::Job messageContent(Message message, QByteArray expiredAnswer)
{
    return [m = std::move(message), expiredAnswer = QString::fromUtf8(expiredAnswer)](WriteTransaction &tx) {
        tx.exec(QStringLiteral("DELETE FROM message_payloads WHERE msg_id = ?"), {m.id});
        // An idempotent replay answers with the stored first answer, payload included. Its
        // key is not known here, but it was stored with the message: the app's keys of
        // around that time are few, whatever the history.
        const qint64 created = m.timestamp.toMSecsSinceEpoch();
        tx.exec(QStringLiteral("UPDATE idempotency_keys SET response = ? WHERE app_id = ? AND created_at BETWEEN ? AND ? "
                               "AND response LIKE ? ESCAPE '\\'"),
                {expiredAnswer, m.appId, created - ClockSlackMs, created + ClockSlackMs,
                 likePattern(QStringLiteral("\"id\":\"%1\"").arg(m.id))});
        tx.appendChange(StreamFrame::ContentExpunged, m.appId, QJsonObject{{QStringLiteral("msgId"), m.id}});
        return QVariant();
    };
}

QByteArray expiredAnswer(Message message)
{
    message.payload = QJsonObject{{QStringLiteral("expired"), true}};
    return QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact);
}

StoreWriter::Job messagesContent(const QList<Message> &messages)
{
    QList<StoreWriter::Job> jobs;
    for (const Message &m : messages)
        jobs.append(messageContent(m, expiredAnswer(m)));
    return [jobs = std::move(jobs)](WriteTransaction &tx) {
        for (const StoreWriter::Job &job : jobs)
            job(tx);
        return QVariant(static_cast<int>(jobs.size()));
    };
}

StoreWriter::Job attemptContent(QString appId, QString msgId, QString attemptId)
{
    return [appId = std::move(appId), msgId = std::move(msgId), attemptId = std::move(attemptId)](WriteTransaction &tx) {
        tx.exec(QStringLiteral("UPDATE attempts SET response_body = NULL WHERE id = ? AND msg_id = ?"), {attemptId, msgId});
        if (tx.rowsAffected() == 0)
            throw StoreError(StoreError::Kind::NotFound, QStringLiteral("attempt not found"));
        // Its attempt.finished change carries the body too, for the stream's replay; that
        // change was written when the attempt's answer came, the time in the attempt's id.
        const qint64 at = ids::timestampMs(attemptId);
        const qint64 from = firstChangeAtOrAfter(tx, at - ClockSlackMs);
        const qint64 to = firstChangeAtOrAfter(tx, at + ClockSlackMs);
        QList<std::pair<qint64, QByteArray>> scrubbed;
        QSqlQuery &q = tx.query(QStringLiteral("SELECT seq, data FROM changes WHERE seq >= ? AND seq < ? AND type = ? "
                                               "AND data LIKE ? ESCAPE '\\'"),
                                {from, to, QString(StreamFrame::AttemptFinished), likePattern(attemptId)});
        while (q.next()) {
            QJsonObject data = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
            QJsonObject attempt = data.value(QLatin1StringView("attempt")).toObject();
            if (attempt.value(QLatin1StringView("id")).toString() != attemptId)
                continue;
            attempt.insert(QStringLiteral("response"), QString());
            data.insert(QStringLiteral("attempt"), attempt);
            scrubbed.append({q.value(0).toLongLong(), QJsonDocument(data).toJson(QJsonDocument::Compact)});
        }
        q.finish();
        for (const auto &[seq, data] : std::as_const(scrubbed))
            tx.exec(QStringLiteral("UPDATE changes SET data = ? WHERE seq = ?"), {QString::fromUtf8(data), seq});
        tx.appendChange(StreamFrame::ContentExpunged, appId,
                        QJsonObject{{QStringLiteral("msgId"), msgId}, {QStringLiteral("attemptId"), attemptId}});
        return QVariant();
    };
}

} // namespace sb::engine::expungewrites
