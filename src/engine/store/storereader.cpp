// SPDX-License-Identifier: GPL-3.0-or-later
#include "storereader.h"

#include "rowcodec.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace sb::engine {
namespace {

// Fetches limit + 1 rows after `iterator` (ids sort by creation time) to know if more follow.
template <typename T, typename Decode>
Page<T> page(QSqlQuery &q, int limit, const QString &iterator, Decode decode, auto idOf)
{
    Page<T> out;
    while (q.next()) {
        if (out.data.size() == limit) {
            out.done = false;
            break;
        }
        if (std::optional<T> item = decode(q))
            out.data.append(std::move(*item));
    }
    if (!out.data.isEmpty()) {
        out.iterator = idOf(out.data.constLast());
        out.prevIterator = iterator.isEmpty() ? QString() : u'-' + idOf(out.data.constFirst());
    }
    return out;
}

// A null QString binds as SQL NULL, and "id > NULL" matches nothing: start from "".
QString after(const QString &iterator)
{
    return iterator.isEmpty() ? QStringLiteral("") : iterator;
}

} // namespace

QSqlQuery &StoreReader::run(const QString &sql, const QVariantList &values) const
{
    // Prepared once per statement text: the API reads the same few statements all day.
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery q(m_connection->database());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            qWarning("store read failed to prepare: %s", qPrintable(q.lastError().text()));
        it = m_prepared.insert(sql, q);
    }
    QSqlQuery &q = it.value();
    q.finish();
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(static_cast<int>(i), values.at(i));
    if (!q.exec())
        qWarning("store read failed: %s", qPrintable(q.lastError().text()));
    return q;
}

StoreReader::StoreReader(const DatabaseLocation &location, const QString &connectionName, bool cacheApplications)
    : m_connection(std::make_unique<DatabaseConnection>(location, connectionName, false))
    , m_cacheApplications(cacheApplications)
{
}

StoreReader::~StoreReader() = default;

bool StoreReader::isOpen() const { return m_connection->isOpen(); }
QString StoreReader::errorString() const { return m_connection->errorString(); }

std::optional<Application> StoreReader::application(const QString &idOrUid) const
{
    const auto cached = m_applications.constFind(idOrUid);
    if (cached != m_applications.constEnd())
        return *cached;
    std::optional<Application> app;
    {
        QSqlQuery &q = run(QStringLiteral("SELECT json FROM applications WHERE id = ? OR uid = ? LIMIT 1"),
                           {idOrUid, idOrUid});
        const FinishOnExit finish{q}; // an unfinished statement pins an old snapshot
        if (q.next())
            app = rowcodec::application(q.value(0));
    }
    if (app && m_cacheApplications && m_applications.size() < 100'000) {
        m_applications.insert(app->id, *app);
        if (!app->uid.isEmpty())
            m_applications.insert(app->uid, *app);
    }
    return app;
}

void StoreReader::forgetApplication(const QString &id)
{
    for (auto it = m_applications.begin(); it != m_applications.end();) {
        if (it->id == id)
            it = m_applications.erase(it);
        else
            ++it;
    }
}

Page<Application> StoreReader::applications(const QString &iterator, int limit) const
{
    QSqlQuery &q = run(QStringLiteral("SELECT json FROM applications WHERE id > ? ORDER BY id LIMIT ?"),
                      {after(iterator), limit + 1});
    const FinishOnExit finish{q}; // an unfinished statement pins an old snapshot
    return page<Application>(q, limit, iterator,
                             [](QSqlQuery &r) { return rowcodec::application(r.value(0)); },
                             [](const Application &a) { return a.id; });
}

std::optional<Endpoint> StoreReader::endpoint(const QString &appId, const QString &idOrUid) const
{
    QSqlQuery &q = run(QStringLiteral("SELECT json FROM endpoints WHERE app_id = ? AND (id = ? OR uid = ?) LIMIT 1"),
                      {appId, idOrUid, idOrUid});
    const FinishOnExit finish{q}; // an unfinished statement pins an old snapshot
    return q.next() ? rowcodec::endpoint(q.value(0)) : std::nullopt;
}

Page<Endpoint> StoreReader::endpoints(const QString &appId, const QString &iterator, int limit) const
{
    QSqlQuery &q = run(QStringLiteral("SELECT json FROM endpoints WHERE app_id = ? AND id > ? ORDER BY id LIMIT ?"),
                      {appId, after(iterator), limit + 1});
    const FinishOnExit finish{q}; // an unfinished statement pins an old snapshot
    return page<Endpoint>(q, limit, iterator,
                          [](QSqlQuery &r) { return rowcodec::endpoint(r.value(0)); },
                          [](const Endpoint &e) { return e.id; });
}

QList<Endpoint> StoreReader::allEndpoints() const
{
    QSqlQuery &q = run(QStringLiteral("SELECT json FROM endpoints"), {});
    const FinishOnExit finish{q}; // an unfinished statement pins an old snapshot
    QList<Endpoint> out;
    while (q.next()) {
        if (auto e = rowcodec::endpoint(q.value(0)))
            out.append(std::move(*e));
    }
    return out;
}

std::optional<Message> StoreReader::message(const QString &appId, const QString &idOrEventId) const
{
    QSqlQuery &q = run(QStringLiteral("SELECT m.id, m.app_id, m.event_type, m.event_id, m.channels, m.tags, "
                                     "m.created_at, p.body, m.deliver_at, m.correlation_key FROM messages m LEFT JOIN message_payloads p "
                                     "ON p.msg_id = m.id WHERE m.app_id = ? AND (m.id = ? OR m.event_id = ?) LIMIT 1"),
                      {appId, idOrEventId, idOrEventId});
    const FinishOnExit finish{q}; // an unfinished statement pins an old snapshot
    return q.next() ? std::optional(rowcodec::message(q)) : std::nullopt;
}

QByteArray StoreReader::payload(const QString &msgId) const
{
    QSqlQuery &q = run(QStringLiteral("SELECT body FROM message_payloads WHERE msg_id = ?"), {msgId});
    const FinishOnExit finish{q}; // an unfinished statement pins an old snapshot
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

QList<Delivery> StoreReader::deliveriesOfMessage(const QString &msgId) const
{
    QSqlQuery &q = run(QStringLiteral("SELECT msg_id, endpoint_id, status, attempt_count, next_attempt, "
                                     "updated_at FROM deliveries WHERE msg_id = ? ORDER BY endpoint_id"),
                      {msgId});
    const FinishOnExit finish{q}; // an unfinished statement pins an old snapshot
    QList<Delivery> out;
    while (q.next())
        out.append(rowcodec::delivery(q));
    return out;
}

Page<Attempt> StoreReader::attemptsOfMessage(const QString &msgId, const QString &iterator, int limit) const
{
    QSqlQuery &q = run(QStringLiteral("SELECT %1 FROM attempts WHERE msg_id = ? AND id > ? ORDER BY id LIMIT ?")
                          .arg(rowcodec::AttemptColumns),
                      {msgId, after(iterator), limit + 1});
    const FinishOnExit finish{q}; // an unfinished statement pins an old snapshot
    return page<Attempt>(q, limit, iterator,
                         [](QSqlQuery &r) { return std::optional(rowcodec::attempt(r)); },
                         [](const Attempt &a) { return a.id; });
}

QList<DueDelivery> StoreReader::pendingDeliveries() const
{
    QSqlQuery &q = run(QStringLiteral("SELECT d.msg_id, d.endpoint_id, d.app_id, d.attempt_count, d.next_attempt, "
                                     "m.correlation_key, m.lane_seq FROM deliveries d JOIN messages m ON m.id = d.msg_id "
                                     "WHERE d.status <> 0 AND d.status IN (1, 3)"),
                      {});
    const FinishOnExit finish{q}; // an unfinished statement pins an old snapshot
    QList<DueDelivery> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toInt(), q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toLongLong()});
    }
    return out;
}

QList<KeyLanes::Block> StoreReader::orderingBlocks(const QString &endpointId) const
{
    QSqlQuery &q = endpointId.isEmpty()
        ? run(QStringLiteral("SELECT endpoint_id, correlation_key, msg_id, since FROM ordering_blocks"), {})
        : run(QStringLiteral("SELECT endpoint_id, correlation_key, msg_id, since FROM ordering_blocks "
                             "WHERE endpoint_id = ? ORDER BY since"),
              {endpointId});
    const FinishOnExit finish{q};
    QList<KeyLanes::Block> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

qint64 StoreReader::lastSeq() const
{
    QSqlQuery &q = run(QStringLiteral("SELECT MAX(seq) FROM changes"), {});
    const FinishOnExit finish{q}; // an unfinished statement pins an old snapshot
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString StoreReader::instanceId() const
{
    QSqlQuery &q = run(QStringLiteral("SELECT id FROM instance"), {});
    const FinishOnExit finish{q};
    return q.next() ? q.value(0).toString() : QString();
}

qint64 StoreReader::oldestSeq() const
{
    QSqlQuery &q = run(QStringLiteral("SELECT MIN(seq) FROM changes"), {});
    const FinishOnExit finish{q};
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 StoreReader::lastSeqBefore(qint64 atMs) const
{
    // The change log has no index on its time (one more index on every write for a read that
    // a console makes once): about log2(n) primary-key reads instead.
    qint64 lo = oldestSeq();
    qint64 hi = lastSeq();
    qint64 firstAtOrAfter = hi + 1;
    while (lo > 0 && lo <= hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        QSqlQuery &q = run(QStringLiteral("SELECT seq, at FROM changes WHERE seq >= ? ORDER BY seq LIMIT 1"), {mid});
        const FinishOnExit finish{q};
        if (!q.next()) {
            hi = mid - 1;
            continue;
        }
        const qint64 seq = q.value(0).toLongLong();
        if (q.value(1).toLongLong() >= atMs) {
            firstAtOrAfter = std::min(firstAtOrAfter, seq);
            hi = mid - 1;
        } else {
            lo = seq + 1;
        }
    }
    return std::max<qint64>(0, firstAtOrAfter - 1);
}

QList<StoreReader::ChangeRow> StoreReader::changesAfter(qint64 seq, int limit) const
{
    QSqlQuery &q = run(QStringLiteral("SELECT seq, at, type, data FROM changes WHERE seq > ? ORDER BY seq LIMIT ?"),
                       {seq, limit});
    const FinishOnExit finish{q};
    QList<ChangeRow> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString().toLatin1(),
                    q.value(3).toString().toUtf8()});
    return out;
}

} // namespace sb::engine
