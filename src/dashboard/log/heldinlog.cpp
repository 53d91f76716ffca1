// SPDX-License-Identifier: GPL-3.0-or-later
#include "heldinlog.h"

#include "endpointorderings.h"

#include "dashboard/connection/enginesession.h"
#include "dashboard/history/historyreader.h"

#include <QDateTime>

namespace sb::dashboard {

namespace {
// A call shown again soon after it was read is not read again: the log refreshes four times a
// second while deliveries flow, and a held row that moves on changes its own state anyway.
constexpr qint64 ReadAgainAfterMs = 1000;
} // namespace

HeldInLog::HeldInLog(EngineSession *session, EndpointOrderings *orderings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_orderings(orderings)
{
    connect(session->reader(), &HistoryReader::callReady, this, &HeldInLog::callRead);
    connect(orderings, &EndpointOrderings::answered, this, &HeldInLog::orderingAnswered);
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
        // Read again when the engine next answers for the endpoint (at once if it changed).
        m_waitingForOrdering[row.endpointId].insert(callId(row.appId, row.correlationKey));
        const auto ordering = m_orderings->ordering(row.appId, row.endpointId);
        if (ordering && *ordering != CallStoryModel::Ordering::None)
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

void HeldInLog::orderingAnswered(const QString &endpointId, bool changed)
{
    const QSet<QString> calls = m_waitingForOrdering.take(endpointId);
    const bool ordered = m_orderings->known().value(endpointId) != CallStoryModel::Ordering::None;
    for (const QString &call : calls) {
        if (changed) // what is held changes with it: read now
            readCall(call, true);
        else if (ordered)
            readCall(call);
    }
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
    const QList<int> waits = CallStoryModel::waitsForAll(rows, m_orderings->known());
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
