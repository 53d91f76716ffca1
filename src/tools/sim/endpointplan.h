// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sb::tools {

// A receiver the sim was pointed at: `--endpoint flaky=http://127.0.0.1:9001`.
struct ReceiverTarget
{
    QString name;
    QUrl url;
};

// One endpoint the sim keeps in the engine.
struct EndpointSpec
{
    QString appUid;
    QString uid; // the receiver's name: unique within the application
    QString description;
    QUrl url;
    std::optional<QStringList> filterTypes; // nullopt: every event type
};

// Which endpoints each customer application gets. Every application subscribes every
// receiver, each in a different role (CRM sync, analytics, alerts, ...), so every receiver
// sees traffic from every customer and each role's event-type filter shows up on some
// receiver. The URL path names the application, so a receiver's log says whose event it was.
class EndpointPlan
{
public:
    static QList<EndpointSpec> endpointsFor(qsizetype appIndex, const QString &appUid,
                                            const QList<ReceiverTarget> &receivers);
    // The filter of the role that endpoint `receiverIndex` of application `appIndex` plays.
    static std::optional<QStringList> filterFor(qsizetype appIndex, qsizetype receiverIndex);
};

} // namespace sb::tools
