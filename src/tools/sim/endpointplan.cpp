// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointplan.h"

#include "core/eventcatalogue.h"

#include <QCoreApplication>

namespace sb::tools {

namespace {

struct Role
{
    const char *title;
    QStringList groups; // whole catalogue groups
    QStringList types;  // and single types
};

const QList<Role> &roles()
{
    static const QList<Role> list = {
        {QT_TRANSLATE_NOOP("switchboard-sim", "CRM sync"), {}, {}},
        {QT_TRANSLATE_NOOP("switchboard-sim", "Call analytics"),
         {QStringLiteral("transcript"), QStringLiteral("recording"), QStringLiteral("quality"),
          QStringLiteral("billing")},
         {QStringLiteral("call.ended"), QStringLiteral("call.failed")}},
        {QT_TRANSLATE_NOOP("switchboard-sim", "Ops alerts"), {QStringLiteral("system")},
         {QStringLiteral("call.failed"), QStringLiteral("agent.error"),
          QStringLiteral("agent.disconnected"), QStringLiteral("workflow.error")}},
        {QT_TRANSLATE_NOOP("switchboard-sim", "Campaign reporting"), {QStringLiteral("campaign")},
         {QStringLiteral("call.ended")}},
        {QT_TRANSLATE_NOOP("switchboard-sim", "Workflow monitor"), {QStringLiteral("workflow")}, {}},
    };
    return list;
}

const Role &roleOf(qsizetype appIndex, qsizetype receiverIndex)
{
    return roles().at((appIndex + receiverIndex) % roles().size());
}

} // namespace

std::optional<QStringList> EndpointPlan::filterFor(qsizetype appIndex, qsizetype receiverIndex)
{
    const Role &role = roleOf(appIndex, receiverIndex);
    if (role.groups.isEmpty() && role.types.isEmpty())
        return std::nullopt;
    // Only names from the catalogue: the engine's filters match exact event type names.
    QStringList types;
    for (const QString &group : role.groups) {
        for (const EventType &type : EventCatalogue::builtIn().eventsInGroup(group))
            types.append(type.name);
    }
    for (const QString &type : role.types) {
        if (EventCatalogue::builtIn().find(type) && !types.contains(type))
            types.append(type);
    }
    return types;
}

QList<EndpointSpec> EndpointPlan::endpointsFor(qsizetype appIndex, const QString &appUid,
                                               const QList<ReceiverTarget> &receivers)
{
    QList<EndpointSpec> specs;
    for (qsizetype i = 0; i < receivers.size(); ++i) {
        const ReceiverTarget &receiver = receivers.at(i);
        EndpointSpec spec;
        spec.appUid = appUid;
        spec.uid = receiver.name;
        // The receiver's name first: it is what explains a delivery's fate in the console,
        // whose endpoint column elides long descriptions.
        spec.description =
            QCoreApplication::translate("switchboard-sim", "%1: %2")
                .arg(receiver.name,
                     QCoreApplication::translate("switchboard-sim", roleOf(appIndex, i).title));
        spec.url = receiver.url;
        QString path = spec.url.path();
        if (!path.endsWith(u'/'))
            path.append(u'/');
        path.append(appUid);
        spec.url.setPath(path);
        spec.filterTypes = filterFor(appIndex, i);
        specs.append(spec);
    }
    return specs;
}

} // namespace sb::tools
