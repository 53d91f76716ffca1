// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "callstorymodel.h"

#include "dashboard/history/deliveryrow.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace sb::dashboard {

class EndpointOrderings;
class EngineSession;

// Which rows of the delivery log an ordered endpoint holds behind an earlier event of their
// call, so that the log says "Held — waits for call.started" where it said "Pending", as the
// Call view does. Only rows never tried that carry a call id are looked at: their endpoint's
// ordering comes from EndpointOrderings, and the call is read from the local history (one
// indexed read per call, on the reader's thread) each time the log shows them again.
class HeldInLog : public QObject
{
    Q_OBJECT

public:
    HeldInLog(EngineSession *session, EndpointOrderings *orderings, QObject *parent = nullptr);

    // The rows the log shows now: those that may be held are looked up.
    void lookAt(const QList<DeliveryRow> &rows);
    // The event type `row` waits for, when its endpoint holds it.
    std::optional<QString> waitsFor(const DeliveryRow &row) const;

    static QString rowKey(const QString &msgId, const QString &endpointId) { return msgId + u' ' + endpointId; }

signals:
    // What waitsFor() answers changed for these rows (rowKey()).
    void changed(const QSet<QString> &rows);

private:
    static bool mayBeHeld(const DeliveryRow &row) { return row.status == 1 && row.attempts == 0 && !row.correlationKey.isEmpty(); }
    // "appId key": application ids have no spaces.
    static QString callId(const QString &appId, const QString &key) { return appId + u' ' + key; }
    void orderingAnswered(const QString &endpointId, bool changed);
    // `now`: even if it was read a moment ago.
    void readCall(const QString &call, bool now = false);
    void callRead(quint64 request, const QList<DeliveryRow> &rows);

    EngineSession *m_session;
    EndpointOrderings *m_orderings;
    QHash<QString, QSet<QString>> m_waitingForOrdering; // endpoint id → calls to read once known
    QHash<quint64, QString> m_reading;  // history request → the call (callId())
    QSet<QString> m_callsReading;       // calls with a read on its way
    QHash<QString, qint64> m_lastRead;  // call → when it was last read (ms since the epoch)
    QHash<QString, QString> m_waitsFor; // "msgId endpointId" → the event type it waits for
};

} // namespace sb::dashboard
