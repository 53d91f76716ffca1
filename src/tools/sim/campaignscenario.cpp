// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignscenario.h"

#include "customerprofile.h"
#include "idgenerator.h"

#include <cmath>

namespace sb::tools {

CampaignScenario::CampaignScenario(const EventFactory &factory, IdGenerator &ids,
                                   QRandomGenerator &random, CallScenario &calls)
    : ScenarioBase(factory, ids, random)
    , m_calls(calls)
{
}

QList<PlannedEvent> CampaignScenario::plan(const CustomerProfile &customer, int contacts)
{
    QList<PlannedEvent> events;
    CallContext campaign;
    campaign.campaignId = m_ids.ulid(u"cmp_");
    campaign.campaignName = customer.campaignName;
    campaign.workflowId = customer.workflowId;
    campaign.agentId = customer.agentId;
    campaign.provider = customer.provider;

    QJsonObject &started = add(events, "campaign.started", campaign);
    set(started, "caller_id", customer.number);
    set(started, "total_contacts", contacts);
    set(started, "max_concurrent_calls", 1);

    int answered = 0, noAnswer = 0, busy = 0, failed = 0, totalSeconds = 0;
    QJsonObject endReasons;
    for (int i = 0; i < contacts; ++i) {
        CallPlan call = m_calls.plan(customer, campaign.campaignId, campaign.campaignName);
        events.append(call.events);
        if (call.durationSeconds > 0)
            ++answered;
        else if (call.ending == CallEnding::NoAnswer)
            ++noAnswer;
        else if (call.ending == CallEnding::Busy)
            ++busy;
        else
            ++failed;
        totalSeconds += call.durationSeconds;
        if (call.ending != CallEnding::Busy)
            endReasons.insert(call.endReason, endReasons.value(call.endReason).toInt() + 1);

        QJsonObject &done = add(events, "campaign.call_completed", call.context);
        set(done, "end_reason", call.endReason);
        set(done, "outcome", call.durationSeconds > 0 ? QStringLiteral("reached")
                                                      : QStringLiteral("not_reached"));
        set(done, "duration_seconds", call.durationSeconds);
        set(done, "attempt", 1);
        QJsonObject progress = sub(done, "progress");
        set(progress, "total", contacts);
        set(progress, "attempted", i + 1);
        set(progress, "completed", i + 1);
        set(progress, "answered", answered);
        set(progress, "no_answer", noAnswer);
        set(progress, "busy", busy);
        set(progress, "failed", failed);
        set(progress, "remaining", contacts - i - 1);
        set(done, "progress", progress);
    }

    QJsonObject &completed = add(events, "campaign.completed", campaign);
    set(completed, "duration_seconds", totalSeconds + contacts * 20);
    QJsonObject stats = sub(completed, "stats");
    set(stats, "total", contacts);
    set(stats, "attempted", contacts);
    set(stats, "answered", answered);
    set(stats, "no_answer", noAnswer);
    set(stats, "busy", busy);
    set(stats, "failed", failed);
    set(stats, "unreachable", 0);
    set(stats, "answer_rate", std::round(1000.0 * answered / contacts) / 1000.0);
    set(stats, "avg_duration_seconds",
        answered > 0 ? oneDecimal(static_cast<double>(totalSeconds) / answered) : 0.0);
    set(completed, "stats", stats);
    set(completed, "end_reasons", endReasons);
    QJsonObject cost = sub(completed, "total_cost");
    set(cost, "amount", std::round(totalSeconds / 60.0 * 3.2) / 100.0);
    set(completed, "total_cost", cost);
    return events;
}

} // namespace sb::tools
