// SPDX-License-Identifier: GPL-3.0-or-later
#include "heldinlog.h"

#include "dashboard/connection/engineclient.h"
#include "dashboard/connection/enginesession.h"
#include "dashboard/history/historyreader.h"

#include <QDateTime>
#include <QPointer>

namespace sb::dashboard {

namespace {
// A call shown again soon after it was read is not read again: the log refreshes four times a
// second while deliveries flow, and a held row that moves on changes its own state anyway.
constexpr qint64 ReadAgainAfterMs = 1000;
// An endpoint's ordering is asked again after this long, for the rows shown then.
constexpr qint64 AskOrderingAgainAfterMs = 10'000;
} // namespace

HeldInLog::HeldInLog(EngineSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session->reader(), &HistoryReader::callReady, this, &HeldInLog::callRead);
}

void HeldInLog::lookAt(const QList<DeliveryRow> &rows)
{
    // What the log no longer shows is forgotten: a console stays open for weeks.
    QSet<QString> shown;
    for (const DeliveryRow &row : rows) {
        if (mayBeHeld(row))
            shown.insert(rowKey(row.msgId, row.endpointId));
    }
    m_waitsFor.removeIf([&shown](const auto &it) { return !shown.contains(it.key()); });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_lastRead.removeIf([now](const auto &it) { return now - it.value() >= ReadAgainAfterMs; });
    for (const DeliveryRow &row : rows) {
        if (!mayBeHeld(row))
            continue;
        const auto ordering = m_ordering.constFind(row.endpointId);
        if (ordering == m_ordering.constEnd()) {
            m_waitingForOrdering[row.endpointId].insert(callId(row.appId, row.correlationKey));
            askOrdering(row.appId, row.endpointId);
            continue;
        }
        if (now - m_orderingAt.value(row.endpointId) >= AskOrderingAgainAfterMs) {
            m_waitingForOrdering[row.endpointId].insert(callId(row.appId, row.correlationKey));
            askOrdering(row.appId, row.endpointId); // meanwhile, as it was
        }
        if (*ordering != CallStoryModel::Ordering::None)
            readCall(callId(row.appId, row.correlationKey));
    }
}

std::optional<QString> HeldInLog::waitsFor(const DeliveryRow &row) const
{
    if (!mayBeHeld(row))
        return std::nullopt;
    const auto it = m_waitsFor.constFind(rowKey(row.msgId, row.endpointId));
    return it == m_waitsFor.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

void HeldInLog::askOrdering(const QString &appId, const QString &endpointId)
{
    if (m_orderingAsked.contains(endpointId))
        return;
    m_orderingAsked.insert(endpointId);
    QPointer<HeldInLog> self(this);
    m_session->client()->get(u"/api/v1/app/" + appId + u"/endpoint/" + endpointId,
                             [self, endpointId](const EngineClient::Reply &r) {
        if (!self)
            return;
        self->m_orderingAsked.remove(endpointId);
        self->m_orderingAt.insert(endpointId, QDateTime::currentMSecsSinceEpoch());
        // Deleted since, or not readable: its rows keep their own states.
        const CallStoryModel::Ordering ordering = r.status == 200 ? CallStoryModel::orderingOf(r.json) : CallStoryModel::Ordering::None;
        const auto before = self->m_ordering.constFind(endpointId);
        const bool changed = before == self->m_ordering.constEnd() || *before != ordering;
        self->m_ordering.insert(endpointId, ordering);
        const QSet<QString> calls = self->m_waitingForOrdering.take(endpointId);
        for (const QString &call : calls) {
            if (changed) // what is held changes with it: read now
                self->readCall(call, true);
            else if (ordering != CallStoryModel::Ordering::None)
                self->readCall(call);
        }
    });
}

void HeldInLog::readCall(const QString &call, bool now)
{
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const auto last = m_lastRead.constFind(call);
    if (m_callsReading.contains(call) || (!now && last != m_lastRead.constEnd() && at - *last < ReadAgainAfterMs))
        return;
    m_callsReading.insert(call);
    m_lastRead.insert(call, at);
    const qsizetype space = call.indexOf(u' ');
    m_reading.insert(m_session->reader()->requestCall(call.left(space), call.mid(space + 1)), call);
}

void HeldInLog::callRead(quint64 request, const QList<DeliveryRow> &rows)
{
    const auto it = m_reading.constFind(request);
    if (it == m_reading.constEnd())
        return; // a Call view's read
    m_callsReading.remove(*it);
    m_reading.erase(it);
    const QList<int> waits = CallStoryModel::waitsForAll(rows, m_ordering);
    QSet<QString> changedRows;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString key = rowKey(rows.at(i).msgId, rows.at(i).endpointId);
        if (waits.at(i) >= 0) {
            const QString eventType = rows.at(waits.at(i)).eventType;
            if (m_waitsFor.value(key) != eventType) {
                m_waitsFor.insert(key, eventType);
                changedRows.insert(key);
            }
        } else if (m_waitsFor.remove(key) > 0) {
            changedRows.insert(key);
        }
    }
    if (!changedRows.isEmpty())
        emit changed(changedRows);
}

} // namespace sb::dashboard
