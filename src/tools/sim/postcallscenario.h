// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenariobase.h"

namespace sb::tools {

struct CallPlan;
struct CustomerProfile;

// What becomes ready after a call in which someone talked: the transcript, the recording,
// usually a QA score, and the cost.
class PostCallScenario : private ScenarioBase
{
public:
    PostCallScenario(const EventFactory &factory, IdGenerator &ids, QRandomGenerator &random);

    void append(CallPlan &call, const CustomerProfile &customer);
};

} // namespace sb::tools
