// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customersetup.h"
#include "engineclient.h"
#include "simoptions.h"
#include "trafficgenerator.h"

#include <QObject>

#include <memory>

namespace sb::tools {

// The simulated platform from start to end: checks that the engine answers and takes the
// token, sets up the customers, then runs the traffic. Everything is asynchronous; the
// outcome arrives as finished().
class Simulator : public QObject
{
    Q_OBJECT

public:
    explicit Simulator(SimOptions options, QObject *parent = nullptr);

    void start();

    const SimOptions &options() const { return m_options; }
    const CustomerSetup &setup() const { return m_setup; }
    // Null until the setup is done.
    const TrafficGenerator *traffic() const { return m_traffic.get(); }
    // "sent 120, accepted 120, failed 0, 7 calls under way"
    QString progressLine() const;

    // Exit codes of finished(): 0 done, 1 the engine or the run failed.
    static constexpr int ExitOk = 0;
    static constexpr int ExitFailed = 1;

Q_SIGNALS:
    void setupFinished();
    // Every accepted event, for tests and logs.
    void eventAccepted(const QString &appUid, const QString &messageId, const QJsonObject &message);
    void finished(int exitCode, const QString &message);

private:
    void checkToken();
    void startTraffic();
    void fail(const QString &message);

    SimOptions m_options;
    EngineClient m_client;
    CustomerSetup m_setup;
    std::unique_ptr<TrafficGenerator> m_traffic;
    bool m_done = false;
};

} // namespace sb::tools
