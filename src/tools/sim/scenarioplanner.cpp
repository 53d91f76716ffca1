// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioplanner.h"

#include "customerprofile.h"

#include "core/eventcatalogue.h"

namespace sb::tools {

ScenarioPlanner::ScenarioPlanner(quint32 seed)
    : m_random(seed)
    , m_ids(seed ^ 0x5eed1d5u) // its own stream, so ids do not shift the scenario's draws
    , m_factory(EventCatalogue::builtIn())
    , m_calls(m_factory, m_ids, m_random)
    , m_campaigns(m_factory, m_ids, m_random, m_calls)
{
}

Session ScenarioPlanner::next()
{
    const QList<CustomerProfile> &customers = CustomerProfile::all();
    const CustomerProfile &customer =
        customers.at(m_random.bounded(static_cast<quint32>(customers.size())));
    Session session;
    session.appUid = customer.uid;
    if (customer.runsCampaigns && m_random.bounded(100u) < 12)
        session.events = m_campaigns.plan(customer, 3 + static_cast<int>(m_random.bounded(3u)));
    else
        session.events = m_calls.plan(customer).events;
    return session;
}

} // namespace sb::tools
