// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysync.h"

#include "dashboard/connection/engineclient.h"
#include "dashboard/connection/streamconnection.h"
#include "dashboard/endpoints/endpointdirectory.h"
#include "dashboard/history/historystore.h"

#include "core/streamframe.h"
#include "core/timeformat.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUrlQuery>

namespace sb::dashboard {
namespace {
constexpr qint64 DayMs = 86'400'000;
constexpr int MaxRollupDays = 30;
}

HistorySync::HistorySync(EngineClient *client, HistoryStore *store, StreamConnection *live, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_live(live)
    , m_directory(new EndpointDirectory(client, this))
{
    connect(m_store, &HistoryStore::backfillProgress, this, &HistorySync::onBackfillProgress);
    // Subscribing after a pruned point is refused: the next connection asks where to begin.
    connect(m_live, &StreamConnection::resumePointPruned, this, [this] { m_afterPrune = true; });
    connect(m_live, &StreamConnection::stateChanged, this, [this](StreamConnection::State state) {
        if (state == StreamConnection::State::Connecting)
            m_positionAsked = false;
    });
    connect(m_directory, &EndpointDirectory::loaded, this, [this] {
        QList<QJsonObject> apps, endpoints;
        for (const EndpointDirectory::App &a : m_directory->apps()) {
            apps.append(a.app);
            endpoints.append(a.endpoints);
        }
        m_store->importDirectory(apps, endpoints, m_directoryAsOf);
    });
}

HistorySync::~HistorySync() = default;

void HistorySync::start(const QUrl &engine, const QByteArray &token)
{
    m_engine = engine;
    m_token = token;
    m_live->open(engine, token, [this](const QString &instanceId) { return resumePoint(instanceId); });
    if (m_store->backfilling())
        startBackfill(); // a restart goes on with the copy where it stopped
}

std::optional<qint64> HistorySync::resumePoint(const QString &instanceId)
{
    // This engine's history is here and the engine still has what follows it: go on.
    if (!m_afterPrune && m_store->lastSeq() > 0 && m_store->resumePointFor(instanceId) > 0)
        return m_store->lastSeq();
    if (!m_positionAsked) {
        m_positionAsked = true;
        m_store->resumePointFor(instanceId); // another engine's history is let go first
        askPosition();
    }
    return std::nullopt;
}

void HistorySync::askPosition()
{
    // On a whole minute: the engine's roll-ups cover the minutes before it, the stream every
    // attempt from it on. A start inside a minute leaves that minute's earlier attempts to
    // the copy of the past (an operator's chosen start, tests).
    const qint64 windowStart = m_windowStart.isValid() ? m_windowStart.toMSecsSinceEpoch()
                                                       : (QDateTime::currentMSecsSinceEpoch() - m_windowMs) / 60'000 * 60'000;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("at"), toIsoUtc(QDateTime::fromMSecsSinceEpoch(windowStart, QTimeZone::utc())));
    m_client->get(u"/api/v1/stream/position?" + query.toString(QUrl::FullyEncoded), [this, windowStart](const EngineClient::Reply &r) {
        const qint64 stored = m_store->lastSeq();
        if (r.status != 200) {
            // An engine from before first syncs (404), or one that did not answer: the whole
            // change log, as it always was.
            m_live->subscribeAfter(stored);
            return;
        }
        const qint64 seq = r.json.value(QLatin1StringView("seq")).toInteger();
        const qint64 oldest = r.json.value(QLatin1StringView("oldestSeq")).toInteger();
        const qint64 last = r.json.value(QLatin1StringView("lastSeq")).toInteger();
        const bool pruned = std::exchange(m_afterPrune, false);
        // Little past before the window (or nothing of the window known): replay it all.
        if (seq <= stored || seq - std::max(oldest, stored + 1) < m_minimumOlder) {
            if (pruned)
                m_store->acceptGap(oldest);
            m_live->subscribeAfter(m_store->lastSeq());
            return;
        }
        beginWindow(seq, oldest, last, windowStart);
    });
}

void HistorySync::beginWindow(qint64 seq, qint64 oldestSeq, qint64 lastSeq, qint64 windowStartMs)
{
    m_backfillFrom = std::max(oldestSeq - 1, m_store->lastSeq());
    // Minutes before the window's own are the engine's roll-ups; attempts from its first
    // minute on are counted here as they arrive, whether live or with the older past.
    const qint64 firstMinute = windowStartMs - windowStartMs % 60'000;
    m_store->beginWindow(seq, firstMinute);
    // Queued to the store's thread after beginWindow, so the window's frames follow it.
    m_live->subscribeAfter(seq);
    m_directoryAsOf = lastSeq;
    m_directory->load();
    emit windowLoaded(QDateTime::fromMSecsSinceEpoch(windowStartMs, QTimeZone::utc()));
    const int days = m_store->retentionDays() > 0 ? std::min(m_store->retentionDays(), MaxRollupDays) : MaxRollupDays;
    // The copy of the older past starts after the roll-ups: its frames queue on the history's
    // thread, and roll-ups behind a million of them would leave the longer ranges wrong
    // until the copy ends.
    importRollups(firstMinute, days);
}

void HistorySync::importRollups(qint64 untilMs, int daysLeft)
{
    if (daysLeft <= 0)
        return startBackfill();
    // A day per call, newest first: the ranges an operator looks at first are right first.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), toIsoUtc(QDateTime::fromMSecsSinceEpoch(untilMs - DayMs, QTimeZone::utc())));
    query.addQueryItem(QStringLiteral("until"), toIsoUtc(QDateTime::fromMSecsSinceEpoch(untilMs, QTimeZone::utc())));
    m_client->get(u"/api/v1/stats/minutes?" + query.toString(QUrl::FullyEncoded), [this, untilMs, daysLeft](const EngineClient::Reply &r) {
        if (r.status != 200)
            return startBackfill(); // the charts of older ranges fill as the older past is copied
        m_store->importRollups(r.json.value(QLatin1StringView("data")).toArray());
        importRollups(untilMs - DayMs, daysLeft - 1);
    });
}

void HistorySync::startBackfill()
{
    if (m_backfill)
        return;
    m_backfill = std::make_unique<StreamConnection>();
    m_backfill->setVerifyTls(m_verifyTls);
    m_backfill->setBacklogLimit(HistoryStore::StreamBacklogLimit, [store = m_store] { return store->backfillSeq(); });
    connect(m_backfill.get(), &StreamConnection::framesReceived, m_store, &HistoryStore::appendBackfill);
    connect(m_backfill.get(), &StreamConnection::resumePointPruned, this, [this](qint64 oldest) {
        m_prunedFloor = oldest - 1; // gone from the engine too: the copy goes on from there
    });
    // Caught up, the engine has sent every change up to its last, so everything up to the
    // window's start: the copy is complete even if no change numbered exactly that exists.
    connect(m_backfill.get(), &StreamConnection::stateChanged, this, [this](StreamConnection::State state) {
        if (state != StreamConnection::State::Live)
            return;
        StreamFrame end;
        end.seq = m_store->backfillUntil() + 1;
        m_store->appendBackfill({end});
    });
    m_backfill->open(m_engine, m_token, [this](const QString &) {
        if (m_backfillFrom == 0)
            m_backfillFrom = m_store->backfillSeq();
        return std::max(m_store->backfillSeq(), m_prunedFloor);
    });
}

void HistorySync::onBackfillProgress(qint64 seq, qint64 until)
{
    if (until <= 0)
        return;
    emit backfillProgress(backfillPercent());
    if (seq >= until && m_backfill) {
        m_backfill->close();
        m_backfill.release()->deleteLater(); // this may run inside one of its signals
        emit backfillFinished();
    }
}

bool HistorySync::backfilling() const { return m_store->backfilling(); }

int HistorySync::backfillPercent() const
{
    const qint64 until = m_store->backfillUntil();
    if (until <= 0 || !m_store->backfilling())
        return 100;
    const qint64 from = std::min(m_backfillFrom, m_store->backfillSeq());
    const qint64 span = std::max<qint64>(1, until - from);
    return static_cast<int>(std::clamp<qint64>((m_store->backfillSeq() - from) * 100 / span, 0, 99));
}

} // namespace sb::dashboard
