// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventtype.h"

#include <QList>
#include <QString>

#include <optional>

namespace sb {

struct EventGroup
{
    QString name;
    QString title;
    QString description;
};

// The events a voice-AI platform sends, each with a realistic sample payload: it pre-fills
// the engine's event types and gives test sends and the simulator something true to life.
class EventCatalogue
{
public:
    // The catalogue shipped in resources/event-catalogue.json (compiled in).
    static const EventCatalogue &builtIn();
    static std::optional<EventCatalogue> fromJson(const QByteArray &json, QString *error = nullptr);

    const QList<EventGroup> &groups() const { return m_groups; }
    const QList<EventType> &events() const { return m_events; }
    const EventType *find(QStringView name) const;
    QList<EventType> eventsInGroup(QStringView group) const;

private:
    QList<EventGroup> m_groups;
    QList<EventType> m_events;
};

} // namespace sb
