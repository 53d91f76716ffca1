// SPDX-License-Identifier: GPL-3.0-or-later
// What the ordering tests share: an application with an ordered endpoint, a call's events
// posted one by one, and what the receiver saw of each call, in order.
#pragma once

#include "support/apiclient.h"

#include "tools/receiver/receiver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sb::testing::orderingcalls {

using sb::tools::Receiver;
using sb::tools::ReceiverBehaviour;

inline QJsonArray quickRetries(int count)
{
    QJsonArray schedule;
    for (int i = 0; i < count; ++i)
        schedule.append(0.05);
    return schedule;
}

struct Seen
{
    QString call;
    int n = -1;
    int status = 0;
};

// What the receiver got, in the order it got it.
inline QList<Seen> seen(const Receiver &receiver)
{
    QList<Seen> out;
    for (const auto &d : receiver.deliveries()) {
        const QJsonObject o = QJsonDocument::fromJson(d.body).object();
        out.append({o.value(QLatin1StringView("call_id")).toString(), o.value(QLatin1StringView("n")).toInt(-1), d.status});
    }
    return out;
}

// Empty when every call's requests, failures included, went up event by event and never back;
// else the first that went back.
inline QString firstOutOfOrder(const Receiver &receiver)
{
    QHash<QString, int> last;
    for (const Seen &s : seen(receiver)) {
        if (s.n < last.value(s.call, 0))
            return QStringLiteral("%1: event %2 after %3").arg(s.call).arg(s.n).arg(last.value(s.call));
        last[s.call] = s.n;
    }
    return {};
}

// Per call: the event numbers delivered successfully, in the order they arrived.
inline QHash<QString, QList<int>> delivered(const Receiver &receiver)
{
    QHash<QString, QList<int>> out;
    for (const Seen &s : seen(receiver)) {
        if (s.status >= 200 && s.status < 300)
            out[s.call].append(s.n);
    }
    return out;
}

inline QString createApp(ApiClient &api)
{
    return api.post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), QStringLiteral("Ordering")}})
        .json.value(QLatin1StringView("id")).toString();
}

inline QString createOrderedEndpoint(ApiClient &api, const QString &app, const QString &url, const QString &onDeadLetter, int tries)
{
    return api.post(u"/api/v1/app/" + app + u"/endpoint",
                    {{QStringLiteral("url"), url},
                     {QStringLiteral("ordering"), QStringLiteral("per-key")},
                     {QStringLiteral("orderingOnDeadLetter"), onDeadLetter},
                     {QStringLiteral("maxConcurrency"), 64},
                     {QStringLiteral("retrySchedule"), quickRetries(tries)}})
        .json.value(QLatin1StringView("id")).toString();
}

// Event n of a call; its message id, empty when not accepted.
inline QString postEvent(ApiClient &api, const QString &app, const QString &call, int n)
{
    const auto reply = api.post(u"/api/v1/app/" + app + u"/msg",
                                {{QStringLiteral("eventType"), QStringLiteral("call.progress")},
                                 {QStringLiteral("payload"), QJsonObject{{QStringLiteral("call_id"), call}, {QStringLiteral("n"), n}}}});
    return reply.status == 202 ? reply.json.value(QLatin1StringView("id")).toString() : QString();
}

// Whether every call got all its events.
inline bool allDelivered(const Receiver &receiver, int calls, int eventsPerCall)
{
    if (receiver.stats().received < calls * eventsPerCall) // cheap, while it is far off
        return false;
    const auto got = delivered(receiver);
    if (got.size() < calls)
        return false;
    for (const QList<int> &events : got) {
        if (QSet<int>(events.begin(), events.end()).size() < eventsPerCall)
            return false;
    }
    return true;
}

inline ReceiverBehaviour flaky(quint32 seed, int latencyMs = 0)
{
    ReceiverBehaviour b;
    b.failPercent = 30;
    b.seed = seed;
    b.latencyMs = latencyMs;
    return b;
}

inline ReceiverBehaviour down()
{
    auto b = ReceiverBehaviour::answering(500);
    return b;
}

} // namespace sb::testing::orderingcalls
