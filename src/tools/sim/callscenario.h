// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postcallscenario.h"
#include "scenariobase.h"

namespace sb::tools {

struct CustomerProfile;

// How a call ends. The reasons are the ones voice-AI platforms document for their call.ended
// webhooks (normal_disconnect, no_answer, connection_failed, network_error,
// ai_provider_error, carrier_error, unknown), plus a busy line, which ends before them.
enum class CallEnding {
    Completed,
    Transferred,
    NoAnswer,
    Busy,
    CarrierError,
    ConnectionFailed,
    AiProviderError,
    NetworkError,
    Unknown,
};

struct CallPlan
{
    CallContext context;
    CallEnding ending = CallEnding::Completed;
    QString endReason;       // as in call.ended / call.failed; "busy" for a busy line
    int durationSeconds = 0; // of the conversation; 0 when nobody talked
    QList<PlannedEvent> events;
};

// Plans every event of one call, in the order the platform emits them: the workflow run
// starts, the call is queued (campaigns), initiated, rings, is answered, the conversation
// starts, the agent connects, talks and calls tools, the call ends one way or another, the
// workflow finishes, then the post-call artefacts (transcript, recording, QA score, cost)
// become ready. All randomness is drawn here, from the seeded generator.
class CallScenario : private ScenarioBase
{
public:
    CallScenario(const EventFactory &factory, IdGenerator &ids, QRandomGenerator &random);

    // A call for `customer`; with a campaign id it is one of that campaign's calls.
    CallPlan plan(const CustomerProfile &customer, const QString &campaignId = {},
                  const QString &campaignName = {});

private:
    CallEnding pickEnding(bool outbound);
    QString phoneNumber();
    // Appends a sample-shaped `type` event with the call's shared fields and a fresh id.
    QJsonObject &add(CallPlan &call, const char *type);
    void ring(CallPlan &call, const CustomerProfile &customer);
    void converse(CallPlan &call, const CustomerProfile &customer, int agentTurns);
    void endCall(CallPlan &call, const CustomerProfile &customer);
    void finishWorkflow(CallPlan &call, const CustomerProfile &customer);

    PostCallScenario m_postCall;
};

} // namespace sb::tools
