// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcatalogue.h"

#include "jsonreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace sb {
namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

const EventCatalogue &EventCatalogue::builtIn()
{
    static const EventCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/switchboard/event-catalogue.json"));
        QString error;
        std::optional<EventCatalogue> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        // The file is compiled in and checked by tests: failing here is a build defect.
        Q_ASSERT_X(loaded, "EventCatalogue::builtIn", qPrintable(error));
        return loaded.value_or(EventCatalogue());
    }();
    return catalogue;
}

std::optional<EventCatalogue> EventCatalogue::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        fail(error, u"catalogue is not a JSON object: " + parseError.errorString());
        return std::nullopt;
    }
    EventCatalogue catalogue;
    QSet<QString> groupNames;
    const QJsonArray groups = doc.object().value(QLatin1StringView("groups")).toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        JsonReader r(groups.at(i).toObject(), u"groups[" + QString::number(i) + u']');
        EventGroup g{r.requiredString(QLatin1StringView("name")), r.requiredString(QLatin1StringView("title")),
                     r.optionalString(QLatin1StringView("description")).value_or(QString())};
        if (!r.ok() || groupNames.contains(g.name)) {
            fail(error, r.ok() ? u"duplicate group " + g.name : describe(r.errors()));
            return std::nullopt;
        }
        groupNames.insert(g.name);
        catalogue.m_groups.append(g);
    }
    QSet<QString> eventNames;
    const QJsonArray events = doc.object().value(QLatin1StringView("events")).toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString where = u"events[" + QString::number(i) + u']';
        JsonReader r(events.at(i).toObject(), where);
        EventType t;
        t.name = r.requiredString(QLatin1StringView("name"));
        if (!t.name.isEmpty())
            r.checkIdentifier(QLatin1StringView("name"), t.name);
        t.groupName = r.requiredString(QLatin1StringView("group"));
        t.description = r.requiredString(QLatin1StringView("description"));
        t.sample = r.requiredObject(QLatin1StringView("sample"));
        if (!r.ok()) {
            fail(error, describe(r.errors()));
            return std::nullopt;
        }
        if (eventNames.contains(t.name) || !groupNames.contains(t.groupName)) {
            fail(error, where + (eventNames.contains(t.name) ? u": duplicate event " : u": unknown group for ")
                            + t.name);
            return std::nullopt;
        }
        eventNames.insert(t.name);
        catalogue.m_events.append(std::move(t));
    }
    if (catalogue.m_events.isEmpty()) {
        fail(error, QStringLiteral("catalogue lists no events"));
        return std::nullopt;
    }
    return catalogue;
}

const EventType *EventCatalogue::find(QStringView name) const
{
    for (const EventType &t : m_events) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QList<EventType> EventCatalogue::eventsInGroup(QStringView group) const
{
    QList<EventType> out;
    for (const EventType &t : m_events) {
        if (t.groupName == group)
            out.append(t);
    }
    return out;
}

} // namespace sb
