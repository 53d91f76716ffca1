// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventfactory.h"

#include <QRandomGenerator>

namespace sb::tools {

class IdGenerator;

// What the scenario planners share: the payload factory, the id generator and the seeded
// random generator, and small helpers to draw numbers and fill sample-shaped payloads.
class ScenarioBase
{
protected:
    ScenarioBase(const EventFactory &factory, IdGenerator &ids, QRandomGenerator &random);

    // Appends a sample-shaped `type` event with the call's shared fields and a fresh id.
    QJsonObject &add(QList<PlannedEvent> &events, const char *type, const CallContext &context);
    int between(int low, int high); // inclusive
    bool chance(int percent);

    static void set(QJsonObject &data, const char *key, const QJsonValue &value);
    static QJsonObject sub(const QJsonObject &data, const char *key);
    static double oneDecimal(double value);

    const EventFactory &m_factory;
    IdGenerator &m_ids;
    QRandomGenerator &m_random;
};

} // namespace sb::tools
