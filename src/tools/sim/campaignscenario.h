// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "callscenario.h"
#include "scenariobase.h"

namespace sb::tools {

// Plans a small outbound campaign: campaign.started, then each contact's call followed by
// campaign.call_completed with progress counters that add up, then campaign.completed with
// the totals and end reasons of exactly those calls.
class CampaignScenario : private ScenarioBase
{
public:
    CampaignScenario(const EventFactory &factory, IdGenerator &ids, QRandomGenerator &random,
                     CallScenario &calls);

    QList<PlannedEvent> plan(const CustomerProfile &customer, int contacts);

private:
    CallScenario &m_calls;
};

} // namespace sb::tools
