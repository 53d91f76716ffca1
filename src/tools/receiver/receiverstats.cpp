// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiverstats.h"

#include "core/jsonhelpers.h"

namespace sb::tools {

QJsonObject ReceiverStats::toJson() const
{
    return QJsonObject{
        {QStringLiteral("received"), received},
        {QStringLiteral("succeeded"), succeeded},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("dropped"), dropped},
        {QStringLiteral("uniqueIds"), uniqueIds},
        {QStringLiteral("duplicates"), duplicates},
        {QStringLiteral("invalidSignatures"), invalidSignatures},
        {QStringLiteral("inFlight"), inFlight},
        {QStringLiteral("maxInFlight"), maxInFlight},
        {QStringLiteral("firstAt"), optionalTimeToJson(firstAt)},
        {QStringLiteral("lastAt"), optionalTimeToJson(lastAt)},
    };
}

} // namespace sb::tools
