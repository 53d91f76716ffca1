// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsedecider.h"

namespace sb::tools {

ResponseDecider::ResponseDecider(quint32 seed)
    : m_random(seed)
{
}

void ResponseDecider::reseed(quint32 seed)
{
    m_random.seed(seed);
}

ResponseDecision ResponseDecider::decide(const ReceiverBehaviour &behaviour, int attempt,
                                         std::optional<bool> signatureValid)
{
    if (behaviour.dropConnection)
        return {0, true, QStringLiteral("dropConnection")};
    if (behaviour.rejectInvalidSignature && signatureValid == false)
        return {401, false, QStringLiteral("invalidSignature")};
    if (attempt <= behaviour.failFirst)
        return {behaviour.failStatus, false, QStringLiteral("failFirst")};
    if (behaviour.failPercent > 0) {
        const bool fail =
            behaviour.failPercent >= 100 || m_random.bounded(100.0) < behaviour.failPercent;
        if (fail)
            return {behaviour.failStatus, false, QStringLiteral("failPercent")};
    }
    return {behaviour.status, false, QStringLiteral("status")};
}

} // namespace sb::tools
