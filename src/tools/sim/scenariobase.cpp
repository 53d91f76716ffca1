// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariobase.h"

#include "idgenerator.h"

#include <cmath>

namespace sb::tools {

ScenarioBase::ScenarioBase(const EventFactory &factory, IdGenerator &ids,
                           QRandomGenerator &random)
    : m_factory(factory)
    , m_ids(ids)
    , m_random(random)
{
}

QJsonObject &ScenarioBase::add(QList<PlannedEvent> &events, const char *type,
                               const CallContext &context)
{
    PlannedEvent event = m_factory.make(QString::fromLatin1(type), context);
    event.id = m_ids.ulid(u"evt_");
    events.append(std::move(event));
    return events.last().data;
}

int ScenarioBase::between(int low, int high)
{
    return low + static_cast<int>(m_random.bounded(static_cast<quint32>(high - low + 1)));
}

bool ScenarioBase::chance(int percent)
{
    return static_cast<int>(m_random.bounded(100u)) < percent;
}

void ScenarioBase::set(QJsonObject &data, const char *key, const QJsonValue &value)
{
    EventFactory::put(data, QLatin1StringView(key), value);
}

QJsonObject ScenarioBase::sub(const QJsonObject &data, const char *key)
{
    return data.value(QLatin1StringView(key)).toObject();
}

double ScenarioBase::oneDecimal(double value)
{
    return std::round(value * 10.0) / 10.0;
}

} // namespace sb::tools
