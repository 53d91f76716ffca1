// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointorderings.h"

#include "dashboard/connection/engineclient.h"
#include "dashboard/connection/enginesession.h"

#include <QDateTime>
#include <QPointer>

namespace sb::dashboard {

EndpointOrderings::EndpointOrderings(EngineSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

std::optional<CallStoryModel::Ordering> EndpointOrderings::ordering(const QString &appId, const QString &endpointId,
                                                                    qint64 maxAgeMs)
{
    const auto known = m_ordering.constFind(endpointId);
    const bool stale = known == m_ordering.constEnd()
        || QDateTime::currentMSecsSinceEpoch() - m_at.value(endpointId) >= maxAgeMs;
    if (stale && !m_asked.contains(endpointId)) {
        m_asked.insert(endpointId);
        QPointer<EndpointOrderings> self(this);
        m_session->client()->get(u"/api/v1/app/" + appId + u"/endpoint/" + endpointId,
                                 [self, endpointId](const EngineClient::Reply &r) {
            if (!self)
                return;
            self->m_asked.remove(endpointId);
            self->m_at.insert(endpointId, QDateTime::currentMSecsSinceEpoch());
            // Deleted since, or not readable: its rows keep their own states.
            const auto ordering = r.status == 200 ? CallStoryModel::orderingOf(r.json) : CallStoryModel::Ordering::None;
            const auto before = self->m_ordering.constFind(endpointId);
            const bool changed = before == self->m_ordering.constEnd() || *before != ordering;
            self->m_ordering.insert(endpointId, ordering);
            emit self->answered(endpointId, changed);
        });
    }
    return known == m_ordering.constEnd() ? std::nullopt : std::optional(*known); // meanwhile, as it was
}

} // namespace sb::dashboard
