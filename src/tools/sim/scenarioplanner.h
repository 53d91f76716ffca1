// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "callscenario.h"
#include "campaignscenario.h"
#include "eventfactory.h"
#include "idgenerator.h"

#include <QRandomGenerator>

namespace sb::tools {

// A run of events that must reach the engine in order: one call, or one whole campaign.
struct Session
{
    QString appUid;
    QList<PlannedEvent> events;
};

// Decides what happens next on the simulated platform: which customer, a call or a
// campaign. The same seed gives the same sequence of sessions.
class ScenarioPlanner
{
public:
    explicit ScenarioPlanner(quint32 seed);

    Session next();

private:
    QRandomGenerator m_random;
    IdGenerator m_ids;
    EventFactory m_factory;
    CallScenario m_calls;
    CampaignScenario m_campaigns;
};

} // namespace sb::tools
