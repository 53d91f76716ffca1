// SPDX-License-Identifier: GPL-3.0-or-later
#include "callscenario.h"

#include "customerprofile.h"
#include "idgenerator.h"

#include "core/timeformat.h"

#include <QJsonArray>


namespace sb::tools {

namespace {

const char *const CustomerNames[] = {"Dana Whitfield", "Luis Ortega",  "Priya Raman",
                                     "Tom Becker",     "Mei Chen",     "Amara Okafor",
                                     "Jonas Lindqvist", "Sofia Rossi"};
const char *const AreaCodes[] = {"212", "312", "415", "510", "617", "718", "303", "206"};
const char *const Carriers[] = {"AT&T", "Verizon", "T-Mobile"};
const char *const Connections[] = {"conn_us-west_04", "conn_us-east_02", "conn_us-central_01"};

} // namespace

CallScenario::CallScenario(const EventFactory &factory, IdGenerator &ids,
                           QRandomGenerator &random)
    : ScenarioBase(factory, ids, random)
    , m_postCall(factory, ids, random)
{
}

QString CallScenario::phoneNumber()
{
    // 555-0100 to 555-0199 are reserved for fiction in every North American area code.
    return u"+1" + QLatin1StringView(AreaCodes[m_random.bounded(8u)]) + u"55501" +
           QString::number(between(0, 99)).rightJustified(2, u'0');
}

CallEnding CallScenario::pickEnding(bool outbound)
{
    // Mostly good calls, with every documented way of failing showing up now and then.
    for (;;) {
        const int draw = between(1, 100);
        CallEnding ending = CallEnding::Completed;
        if (draw <= 60)
            ending = CallEnding::Completed;
        else if (draw <= 66)
            ending = CallEnding::Transferred;
        else if (draw <= 76)
            ending = CallEnding::NoAnswer;
        else if (draw <= 80)
            ending = CallEnding::Busy;
        else if (draw <= 84)
            ending = CallEnding::CarrierError;
        else if (draw <= 88)
            ending = CallEnding::ConnectionFailed;
        else if (draw <= 92)
            ending = CallEnding::AiProviderError;
        else if (draw <= 96)
            ending = CallEnding::NetworkError;
        else
            ending = CallEnding::Unknown;
        // Nobody dials an inbound caller: those calls are never busy or unanswered.
        if (outbound || (ending != CallEnding::NoAnswer && ending != CallEnding::Busy))
            return ending;
    }
}

QJsonObject &CallScenario::add(CallPlan &call, const char *type)
{
    return ScenarioBase::add(call.events, type, call.context);
}

CallPlan CallScenario::plan(const CustomerProfile &customer, const QString &campaignId,
                            const QString &campaignName)
{
    CallPlan call;
    CallContext &c = call.context;
    c.callId = m_ids.ulid(u"call_");
    c.workflowRunId = m_ids.ulid(u"wfr_");
    c.workflowId = customer.workflowId;
    const bool outbound = !campaignId.isEmpty() || (customer.outbound && chance(80));
    c.direction = outbound ? QStringLiteral("outbound") : QStringLiteral("inbound");
    c.provider = customer.provider;
    c.from = outbound ? customer.number : phoneNumber();
    c.to = outbound ? phoneNumber() : customer.number;
    c.agentId = customer.agentId;
    c.agentName = customer.agentName;
    c.agentType = customer.agentType;
    c.campaignId = campaignId;
    c.campaignName = campaignName;
    c.connectionId = QLatin1StringView(Connections[m_random.bounded(3u)]);
    c.carrier = QString::fromUtf8(Carriers[m_random.bounded(3u)]);
    call.ending = pickEnding(outbound);
    if (!customer.transfersToHumans && call.ending == CallEnding::Transferred)
        call.ending = CallEnding::Completed;

    QJsonObject &started = add(call, "workflow.started");
    set(started, "workflow_name", customer.workflowName);
    set(started, "version", customer.workflowId.back().digitValue());
    set(started, "trigger", campaignId.isEmpty() ? (outbound ? QStringLiteral("api")
                                                             : QStringLiteral("inbound_call"))
                                                 : QStringLiteral("campaign"));
    set(started, "campaign_id", campaignId.isEmpty() ? QJsonValue() : QJsonValue(campaignId));
    QJsonObject input = sub(started, "input");
    set(input, "customer_name", QLatin1StringView(CustomerNames[m_random.bounded(8u)]));
    set(input, "phone", outbound ? c.to : c.from);
    set(input, "appointment_id", m_ids.numeric(u"apt_", 5));
    set(started, "input", input);

    ring(call, customer);
    switch (call.ending) {
    case CallEnding::Busy:
    case CallEnding::NoAnswer:
    case CallEnding::CarrierError:
        break;
    case CallEnding::ConnectionFailed:
        converse(call, customer, 0);
        break;
    default:
        converse(call, customer, between(2, 4));
        break;
    }
    endCall(call, customer);
    finishWorkflow(call, customer);
    m_postCall.append(call, customer);
    return call;
}

void CallScenario::ring(CallPlan &call, const CustomerProfile &customer)
{
    Q_UNUSED(customer);
    if (!call.context.campaignId.isEmpty()) {
        QJsonObject &queued = add(call, "call.queued");
        set(queued, "position", between(1, 8));
        set(queued, "estimated_wait_seconds", between(2, 30));
    }
    QJsonObject &initiated = add(call, "call.initiated");
    set(initiated, "provider_call_sid", m_ids.shortId(u"CA", 32));
    if (call.ending == CallEnding::CarrierError)
        return; // the carrier refuses the INVITE: nothing rings
    add(call, "call.ringing");
    call.events.last().relativeTimes.append({QStringLiteral("ring_started_at"), -between(20, 300)});
    if (call.ending == CallEnding::Busy || call.ending == CallEnding::NoAnswer)
        return;
    QJsonObject &answered = add(call, "call.answered");
    set(answered, "ring_duration_seconds", oneDecimal(between(15, 120) / 10.0));
    set(answered, "answered_by", call.context.direction == u"inbound" ? QStringLiteral("agent")
                                                                       : QStringLiteral("human"));
}

void CallScenario::converse(CallPlan &call, const CustomerProfile &customer, int agentTurns)
{
    QJsonObject &started = add(call, "call.started");
    QJsonObject context = sub(started, "context");
    set(context, "customer_name", QLatin1StringView(CustomerNames[m_random.bounded(8u)]));
    set(started, "context", context);

    if (call.ending == CallEnding::ConnectionFailed) {
        QJsonObject &error = add(call, "agent.error");
        set(error, "severity", QStringLiteral("critical"));
        set(error, "error_code", QStringLiteral("AGENT_CONNECT_TIMEOUT"));
        set(error, "error_message",
            QStringLiteral("The agent session did not become ready within 10000 ms."));
        set(error, "retry_count", 2);
        set(error, "recoverable", false);
        return;
    }
    QJsonObject &connected = add(call, "agent.connected");
    set(connected, "session_id", m_ids.shortId(u"sess_", 10));
    set(connected, "connect_latency_ms", between(180, 650));

    int turn = 0;
    int functionCalls = between(2, 3);
    for (int i = 0; i < agentTurns; ++i) {
        QJsonObject &response = add(call, "agent.response");
        set(response, "turn", ++turn);
        const QString text = customer.agentLines.at(i % customer.agentLines.size());
        set(response, "text", text);
        QJsonObject llm = sub(response, "llm");
        set(llm, "prompt_tokens", between(600, 2400));
        set(llm, "completion_tokens", between(12, 60));
        set(response, "llm", llm);
        QJsonObject tts = sub(response, "tts");
        set(tts, "characters", static_cast<int>(text.size()));
        set(response, "tts", tts);
        QJsonObject latency = sub(response, "latency_ms");
        const int first = between(250, 900), ttsFirst = between(90, 300);
        set(latency, "llm_first_token", first);
        set(latency, "tts_first_byte", ttsFirst);
        set(latency, "total", first + ttsFirst + between(50, 300));
        set(response, "latency_ms", latency);
        set(response, "interrupted", chance(10));

        if (i > 0 && functionCalls > 0) {
            // Tool calls come in bursts after the caller has said what they want.
            const int burst = i == agentTurns - 1 ? functionCalls : between(1, functionCalls);
            for (int f = 0; f < burst; ++f, --functionCalls) {
                const AgentFunction &tool =
                    customer.functions.at(m_random.bounded(static_cast<quint32>(customer.functions.size())));
                QJsonObject &called = add(call, "agent.function_called");
                set(called, "turn", ++turn);
                QJsonObject fn = m_factory.nested(QStringLiteral("agent.function_called"),
                                                  QLatin1StringView("function"));
                set(fn, "name", tool.name);
                set(fn, "call_ref", m_ids.shortId(u"fc_", 6));
                set(fn, "arguments", tool.arguments);
                set(fn, "result", tool.result);
                set(fn, "duration_ms", between(40, 900));
                set(called, "function", fn);

                QJsonObject &node = add(call, "workflow.node_executed");
                QJsonObject nodeInfo = sub(node, "node");
                set(nodeInfo, "id", QString(u"node_" + tool.name));
                set(nodeInfo, "type", QStringLiteral("tool_call"));
                set(nodeInfo, "name", tool.name);
                set(node, "node", nodeInfo);
                set(node, "duration_ms", between(2000, 60000));
                set(node, "output", QJsonObject{{QStringLiteral("intent"), tool.name},
                                                {QStringLiteral("slots"), tool.arguments}});
                set(node, "next_node_id", QStringLiteral("node_converse"));
            }
        }
        if (call.ending == CallEnding::Completed && i == 0 && chance(8)) {
            QJsonObject &slow = add(call, "agent.error"); // a recoverable hiccup
            set(slow, "retry_count", 1);
        }
    }
    call.durationSeconds = between(40, 420);
}

void CallScenario::endCall(CallPlan &call, const CustomerProfile &customer)
{
    switch (call.ending) {
    case CallEnding::Busy: {
        call.endReason = QStringLiteral("busy");
        QJsonObject &busy = add(call, "call.busy");
        call.events.last().relativeTimes.append({QStringLiteral("retry_at"), 30 * 60 * 1000});
        set(busy, "will_retry", !call.context.campaignId.isEmpty());
        return;
    }
    case CallEnding::NoAnswer: {
        QJsonObject &none = add(call, "call.no_answer");
        set(none, "voicemail_detected", chance(40));
        call.endReason = QStringLiteral("no_answer");
        break;
    }
    case CallEnding::CarrierError:
    case CallEnding::ConnectionFailed: {
        const bool carrier = call.ending == CallEnding::CarrierError;
        call.endReason = carrier ? QStringLiteral("carrier_error") : QStringLiteral("connection_failed");
        QJsonObject &failed = add(call, "call.failed");
        set(failed, "end_reason", call.endReason);
        QJsonObject error = sub(failed, "error");
        set(error, "code", carrier ? QStringLiteral("CARRIER_REJECTED") : QStringLiteral("AGENT_UNAVAILABLE"));
        set(error, "message", carrier ? QStringLiteral("Upstream carrier rejected the INVITE (SIP 503 Service Unavailable).")
                                      : QStringLiteral("Could not connect the call to the AI agent."));
        set(error, "sip_code", carrier ? QJsonValue(503) : QJsonValue());
        set(failed, "error", error);
        return;
    }
    case CallEnding::Transferred: {
        QJsonObject &transferred = add(call, "call.transferred");
        set(transferred, "transfer_type", chance(70) ? QStringLiteral("warm") : QStringLiteral("cold"));
        set(transferred, "summary", QString(customer.userLines.value(0) + u" Caller asked for a person."));
        call.endReason = QStringLiteral("normal_disconnect");
        break;
    }
    case CallEnding::AiProviderError: {
        QJsonObject &gone = add(call, "agent.disconnected");
        set(gone, "session_duration_seconds", oneDecimal(call.durationSeconds * 0.8));
        call.endReason = QStringLiteral("ai_provider_error");
        break;
    }
    case CallEnding::NetworkError: {
        QJsonObject &error = add(call, "workflow.error");
        QJsonObject node = sub(error, "node");
        set(error, "node", node);
        call.endReason = QStringLiteral("network_error");
        break;
    }
    case CallEnding::Unknown:
        add(call, "system.error_occurred");
        call.endReason = QStringLiteral("unknown");
        break;
    case CallEnding::Completed:
        call.endReason = QStringLiteral("normal_disconnect");
        break;
    }

    QJsonObject &ended = add(call, "call.ended");
    const bool talked = call.durationSeconds > 0;
    set(ended, "status", call.ending == CallEnding::NoAnswer ? QStringLiteral("no-answer")
                         : call.endReason == u"normal_disconnect" ? QStringLiteral("completed")
                                                                  : QStringLiteral("failed"));
    set(ended, "end_reason", call.endReason);
    set(ended, "ended_by", call.endReason == u"normal_disconnect"
                               ? (chance(70) ? QStringLiteral("callee") : QStringLiteral("agent"))
                               : QStringLiteral("system"));
    set(ended, "duration_seconds", call.durationSeconds);
    set(ended, "billable_seconds", talked ? ((call.durationSeconds + 5) / 6) * 6 : 0);
    set(ended, "outcome", call.ending == CallEnding::Completed     ? customer.outcome
                          : call.ending == CallEnding::Transferred ? QStringLiteral("transferred")
                          : call.ending == CallEnding::NoAnswer    ? QStringLiteral("not_reached")
                                                                   : QStringLiteral("interrupted"));
    set(ended, "summary", talked ? QString(customer.userLines.value(0) + u" " + customer.agentLines.value(2))
                                 : QString());
    QJsonObject metrics = sub(ended, "metrics");
    set(metrics, "avg_response_latency_ms", talked ? between(500, 1400) : 0);
    set(metrics, "interruptions", talked ? between(0, 4) : 0);
    const int turns = talked ? between(4, 14) : 0;
    set(metrics, "agent_turns", turns);
    set(metrics, "user_turns", turns > 0 ? turns - 1 : 0);
    set(ended, "metrics", metrics);
}

void CallScenario::finishWorkflow(CallPlan &call, const CustomerProfile &customer)
{
    Q_UNUSED(customer);
    const bool failed = call.ending == CallEnding::CarrierError
        || call.ending == CallEnding::ConnectionFailed || call.ending == CallEnding::AiProviderError;
    if (failed) {
        QJsonObject &error = add(call, "workflow.error");
        set(error, "error_code", call.ending == CallEnding::CarrierError ? QStringLiteral("CALL_NOT_CONNECTED")
                                                                         : QStringLiteral("AGENT_UNAVAILABLE"));
        set(error, "error_message", QString(u"The call ended with " + call.endReason + u'.'));
        set(error, "end_reason", call.endReason);
        return;
    }
    if (call.ending == CallEnding::NetworkError)
        return; // its workflow.error came before the call ended
    QJsonObject &completed = add(call, "workflow.completed");
    set(completed, "duration_seconds", oneDecimal(call.durationSeconds + between(30, 120) / 10.0));
    set(completed, "nodes_executed", between(3, 9));
    QJsonObject state = sub(completed, "final_state");
    const bool reached = call.durationSeconds > 0;
    set(state, "outcome", reached ? QStringLiteral("completed") : QStringLiteral("not_reached"));
    set(state, "confirmation_code", reached ? QJsonValue(m_ids.shortId(u"RX-", 4)) : QJsonValue());
    set(state, "sms_sent", reached && chance(50));
    set(completed, "final_state", state);
}

} // namespace sb::tools
