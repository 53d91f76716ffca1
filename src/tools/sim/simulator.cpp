// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator.h"

#include <QCoreApplication>

namespace sb::tools {

Simulator::Simulator(SimOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(m_options.engine, m_options.token)
    , m_setup(m_client, m_options.receivers)
{
    connect(&m_setup, &CustomerSetup::finished, this, [this](bool ok, const QString &error) {
        if (!ok)
            return fail(tr("setting up the customers failed: %1").arg(error));
        Q_EMIT setupFinished();
        if (m_options.setupOnly) {
            m_done = true;
            Q_EMIT finished(ExitOk, {});
            return;
        }
        startTraffic();
    });
}

void Simulator::start()
{
    // Health first, without relying on the token: "not running" and "wrong token" are
    // different mistakes with different fixes, and the messages should say which it is.
    m_client.get(QStringLiteral("/api/v1/health"), [this](const EngineReply &reply) {
        if (reply.status == 0) {
            return fail(tr("cannot reach the engine at %1: %2")
                            .arg(m_options.engine.toString(), reply.networkError));
        }
        if (reply.status != 200) {
            return fail(tr("the engine at %1 is not ready: %2")
                            .arg(m_options.engine.toString(), reply.describe()));
        }
        checkToken();
    });
}

void Simulator::checkToken()
{
    m_client.get(QStringLiteral("/api/v1/auth/me"), [this](const EngineReply &reply) {
        if (reply.status == 401) {
            return fail(tr("the engine at %1 refused the token (401): set SWITCHBOARD_TOKEN or "
                           "--token to an admin token of that engine")
                            .arg(m_options.engine.toString()));
        }
        if (!reply.ok())
            return fail(tr("checking the token failed: %1").arg(reply.describe()));
        const QString role = reply.json.value(QLatin1StringView("role")).toString();
        if (role != u"admin") {
            return fail(tr("the token's role is %1, but creating applications and sending "
                           "messages needs an admin token")
                            .arg(role));
        }
        m_setup.start();
    });
}

void Simulator::startTraffic()
{
    QHash<QString, QString> appIds;
    for (const SetupApp &app : m_setup.apps())
        appIds.insert(app.uid, app.id);
    m_traffic = std::make_unique<TrafficGenerator>(m_client, appIds, m_options.seed);
    connect(m_traffic.get(), &TrafficGenerator::eventAccepted, this, &Simulator::eventAccepted);
    connect(m_traffic.get(), &TrafficGenerator::engineLost, this, [this](const QString &error) {
        fail(tr("stopped: the engine at %1 no longer accepts events: %2")
                 .arg(m_options.engine.toString(), error));
    });
    connect(m_traffic.get(), &TrafficGenerator::finished, this, [this] {
        m_done = true;
        const TrafficStats &stats = m_traffic->stats();
        if (stats.failed > 0) {
            Q_EMIT finished(ExitFailed, QCoreApplication::translate(
                                           "switchboard-sim", "%n event(s) were not accepted; the last: %1",
                                           nullptr, static_cast<int>(stats.failed))
                                            .arg(stats.lastError));
        } else {
            Q_EMIT finished(ExitOk, {});
        }
    });
    TrafficGenerator::Limits limits;
    limits.rate = m_options.rate;
    limits.count = m_options.count;
    limits.durationMs = m_options.durationMs;
    m_traffic->start(limits);
}

void Simulator::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(ExitFailed, message);
}

QString Simulator::progressLine() const
{
    if (!m_traffic)
        return tr("setting up");
    const TrafficStats &s = m_traffic->stats();
    return tr("sent %1, accepted %2, failed %3, %4 calls or campaigns under way")
        .arg(s.sent)
        .arg(s.accepted)
        .arg(s.failed)
        .arg(s.activeSessions);
}

} // namespace sb::tools
