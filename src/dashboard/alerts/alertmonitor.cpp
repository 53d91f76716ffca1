// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmonitor.h"

#include "dashboard/connection/enginesession.h"

#include <QDateTime>
#include <QJsonObject>

namespace sb::dashboard {

AlertMonitor::AlertMonitor(EngineSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_poll.setInterval(15'000);
    connect(&m_poll, &QTimer::timeout, this, &AlertMonitor::check);
    m_poll.start();
    // New history: look again soon, but not once per commit.
    m_soon.setSingleShot(true);
    m_soon.setInterval(3000);
    connect(&m_soon, &QTimer::timeout, this, &AlertMonitor::check);
    connect(session, &EngineSession::historyChanged, this, [this] {
        if (!m_soon.isActive())
            m_soon.start();
    });
    m_streamGrace.setSingleShot(true);
    m_streamGrace.setInterval(10'000);
    connect(&m_streamGrace, &QTimer::timeout, this, [this] {
        m_streamLost = true;
        publish(m_rules.updateStream(true));
    });
    connect(session->stream(), &StreamConnection::stateChanged, this, [this](StreamConnection::State state) {
        if (state == StreamConnection::State::Live) {
            m_wasLive = true;
            m_streamGrace.stop();
            if (m_streamLost) {
                m_streamLost = false;
                publish(m_rules.updateStream(false));
            }
        } else if (m_wasLive && (state == StreamConnection::State::WaitingToReconnect || state == StreamConnection::State::Disconnected)
                   && !m_streamLost && !m_streamGrace.isActive()) {
            m_streamGrace.start();
        }
    });
    // A stopped or frozen engine keeps its socket open and says nothing: when its pings go
    // unanswered that is an alert as much as a closed stream, not only a status-bar line.
    connect(session->stream(), &StreamConnection::answeringChanged, this, [this](bool answering) {
        if (!answering && !m_streamLost) {
            m_streamGrace.stop();
            m_streamLost = true;
            publish(m_rules.updateStream(true));
        } else if (answering && m_streamLost && m_session->stream()->state() == StreamConnection::State::Live) {
            m_streamLost = false;
            publish(m_rules.updateStream(false));
        }
    });
    // Dead letters as they happen, from the stream: counting them in the store would read
    // every delivery at each look. Catching up after a reconnect replays history, not news.
    connect(session->stream(), &StreamConnection::framesReceived, this, [this](const QList<StreamFrame> &frames) {
        if (m_session->stream()->state() != StreamConnection::State::Live)
            return;
        for (const StreamFrame &f : frames) {
            const QJsonObject delivery = f.type == StreamFrame::AttemptFinished ? f.data.value(QLatin1StringView("delivery")).toObject()
                                       : f.type == StreamFrame::DeliveryUpdated ? f.data
                                                                                  : QJsonObject();
            if (delivery.value(QLatin1StringView("status")).toInt(-1) == 2)
                ++m_deadLettersSeen;
        }
    });
    connect(session->reader(), &HistoryReader::overviewReady, this, [this](quint64 request, const OverviewData &data) {
        if (request != m_request)
            return;
        m_request = 0;
        OverviewData snapshot = data;
        snapshot.deadLettersTotal = m_deadLettersSeen;
        publish(m_rules.update(snapshot, m_streamLost));
        emit checked();
    });
}

void AlertMonitor::setThresholds(const AlertRules::Thresholds &thresholds)
{
    m_rules.setThresholds(thresholds);
    check();
}

void AlertMonitor::check()
{
    if (m_request != 0)
        return;
    OverviewRequest request;
    request.toMs = QDateTime::currentMSecsSinceEpoch() + 1;
    request.fromMs = (request.toMs - 5 * 60'000) / 60'000 * 60'000; // whole minutes: the roll-ups' grain
    request.bucketMs = 5 * 60'000;
    request.sparklineBuckets = 1;
    m_request = m_session->reader()->requestOverview(request);
}

void AlertMonitor::publish(const AlertRules::Changes &changes)
{
    for (const Alert &a : changes.raised)
        emit raised(a);
    for (const QString &key : changes.cleared)
        emit cleared(key);
    if (m_rules.health() != m_health) {
        m_health = m_rules.health();
        emit healthChanged(m_health);
    }
}

} // namespace sb::dashboard
