// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "callstorymodel.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace sb::dashboard {

class EngineSession;

// How each endpoint orders a call's events ("ordering", "orderingOnDeadLetter"), as the engine
// last said, for the log and the Call views it opens: one question per endpoint, whoever asks.
class EndpointOrderings : public QObject
{
    Q_OBJECT

public:
    // An admin may change an endpoint's ordering: what is older than this is asked again.
    static constexpr qint64 AskAgainAfterMs = 10'000;

    explicit EndpointOrderings(EngineSession *session, QObject *parent = nullptr);

    // What the engine last said of `endpointId`, if it has; asks it (again) when it has not, or
    // said it more than `maxAgeMs` ago (0: always). The answer comes through answered().
    std::optional<CallStoryModel::Ordering> ordering(const QString &appId, const QString &endpointId,
                                                     qint64 maxAgeMs = AskAgainAfterMs);
    const QHash<QString, CallStoryModel::Ordering> &known() const { return m_ordering; }

signals:
    // The engine answered for `endpointId`; `changed`: not what it said before (or the first).
    void answered(const QString &endpointId, bool changed);

private:
    EngineSession *m_session;
    QHash<QString, CallStoryModel::Ordering> m_ordering; // endpoint id → how it orders calls
    QHash<QString, qint64> m_at;                          // endpoint id → when the engine said so
    QSet<QString> m_asked;                                // asked, no answer yet
};

} // namespace sb::dashboard
