// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyfixture.h"

#include "core/timeformat.h"

#include <QJsonArray>

namespace sb::testing {
namespace {

struct Sent
{
    const char *msg;
    const char *type;
    const char *endpoint;
    int code; // -1: no attempt yet
    const char *error;
    int status;
    int minutesAgo;
    const char *callId = ""; // the message's correlation key; "" for none
};

const Sent Data[] = {
    {"msg_m0", "call.ended", "ep_a", 200, "none", 0, 120, "c_42"}, {"msg_m1", "call.ended", "ep_a", 200, "none", 0, 120, "c_420"},
    {"msg_m2", "call.ended", "ep_a", 200, "none", 0, 120},   {"msg_m3", "call.ended", "ep_a", 200, "none", 0, 120},
    {"msg_m4", "call.started", "ep_a", 503, "http", 2, 120, "c_42"}, {"msg_m5", "call.started", "ep_a", 503, "http", 2, 120},
    {"msg_m6", "agent.error", "ep_b", 404, "http", 2, 120},  {"msg_m7", "agent.error", "ep_b", 0, "timeout", 1, 120},
    {"msg_m8", "workflow.completed", "ep_b", -1, "", 1, 120}, {"msg_m9", "call.ended", "ep_b", 200, "none", 0, 10},
};

} // namespace

QList<StreamFrame> deliveryFrames(qint64 &seq, const QDateTime &now, const QString &msg, const QString &type,
                                  const QString &endpoint, int code, const QString &errorClass, int status, int minutesAgo,
                                  const QString &callId)
{
    QList<StreamFrame> out;
    const QDateTime at = now.toUTC();
    const QString when = toIsoUtc(at.addSecs(-60LL * minutesAgo));
    out.append({++seq, QString(StreamFrame::MessageCreated), at,
                {{QStringLiteral("id"), msg}, {QStringLiteral("appId"), QStringLiteral("app_1")},
                 {QStringLiteral("eventType"), type}, {QStringLiteral("timestamp"), when},
                 {QStringLiteral("endpoints"), QJsonArray{endpoint}}}});
    if (!callId.isEmpty())
        out.last().data.insert(QStringLiteral("correlationKey"), callId);
    if (code < 0)
        return out;
    const QJsonObject attempt{{QStringLiteral("id"), QString(u"atmpt_" + msg + u'_' + QString::number(seq))},
                              {QStringLiteral("msgId"), msg}, {QStringLiteral("endpointId"), endpoint},
                              {QStringLiteral("responseStatusCode"), code}, {QStringLiteral("responseDurationMs"), 30},
                              {QStringLiteral("status"), code == 200 ? 0 : 2}, {QStringLiteral("errorClass"), errorClass},
                              {QStringLiteral("trigger"), QStringLiteral("scheduled")}, {QStringLiteral("timestamp"), when},
                              {QStringLiteral("response"), QStringLiteral("upstream said no")}};
    QJsonObject delivery{{QStringLiteral("msgId"), msg}, {QStringLiteral("endpointId"), endpoint}, {QStringLiteral("status"), status}};
    if (status == 1)
        delivery.insert(QStringLiteral("nextAttempt"), toIsoUtc(at.addSecs(60)));
    out.append({++seq, QString(StreamFrame::AttemptFinished), at,
                {{QStringLiteral("attempt"), attempt}, {QStringLiteral("delivery"), delivery}, {QStringLiteral("appId"), QStringLiteral("app_1")}}});
    return out;
}

QList<StreamFrame> historyFrames(const QDateTime &now)
{
    QList<StreamFrame> out;
    qint64 seq = 0;
    const QDateTime at = now.toUTC();
    out.append({++seq, QString(StreamFrame::ApplicationCreated), at,
                {{QStringLiteral("id"), QStringLiteral("app_1")}, {QStringLiteral("name"), QStringLiteral("Acme")}}});
    out.append({++seq, QString(StreamFrame::EndpointCreated), at,
                {{QStringLiteral("id"), QStringLiteral("ep_a")}, {QStringLiteral("appId"), QStringLiteral("app_1")},
                 {QStringLiteral("uid"), QStringLiteral("crm")}, {QStringLiteral("description"), QStringLiteral("CRM")}}});
    out.append({++seq, QString(StreamFrame::EndpointCreated), at,
                {{QStringLiteral("id"), QStringLiteral("ep_b")}, {QStringLiteral("appId"), QStringLiteral("app_1")},
                 {QStringLiteral("uid"), QStringLiteral("billing")}}});
    for (const Sent &s : Data) {
        out += deliveryFrames(seq, now, QString::fromLatin1(s.msg), QString::fromLatin1(s.type), QString::fromLatin1(s.endpoint),
                              s.code, QString::fromLatin1(s.error), s.status, s.minutesAgo, QString::fromLatin1(s.callId));
    }
    return out;
}

} // namespace sb::testing
