// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/api/frontsettings.h"

#include "core/masking.h"
#include "core/retryschedule.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>

namespace sb::engine {

// Every setting of switchboardd, with its default. The command line overrides the config
// file (--config, INI with the same names), which overrides the defaults.
struct EngineConfig
{
    enum class Outcome { Run, ExitSuccess, ExitFailure };

    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8071;
    QString dataDir = QStringLiteral("./switchboard-data");
    QString database;                         // postgresql://…; empty: SQLite in dataDir
    std::chrono::milliseconds nodeLease = std::chrono::seconds(10); // PostgreSQL nodes
    QByteArray adminToken;                    // SWITCHBOARD_ADMIN_TOKEN
    QMap<QString, QString> tokens;            // [tokens] name = role:token, config file only
    QStringList allowNetworks;
    RetrySchedule retrySchedule = RetrySchedule::defaultSchedule();
    std::chrono::milliseconds throttleFloor = std::chrono::seconds(60);
    double jitter = 0.2;
    int maxInFlight = 512;
    std::chrono::milliseconds disableAfter = std::chrono::hours(24 * 5);
    int operationalFailingAfter = 4;          // message.attempt.failing on this failed attempt (Svix: the 4th)
    FrontSettings front;                      // the HTTP listener's limits (--max-body, timeouts, …)
    int readerNiceness = 10;                  // API reads yield the cores to ingest and delivery
    double ingestRateLimit = 0;               // events a second per token; 0: no limit
    std::chrono::milliseconds drainTimeout = std::chrono::seconds(10);
    std::chrono::milliseconds changeRetention = std::chrono::hours(24 * 7);
    std::chrono::milliseconds retention = std::chrono::hours(24 * 30);        // finished messages; 0: keep
    std::chrono::milliseconds rollupRetention = std::chrono::hours(24 * 400); // statistics' roll-ups; 0: keep
    QString tlsCertificate;                   // PEM; with tlsKey the listener speaks HTTPS/WSS
    QString tlsKey;
    bool httpsOnly = false;                   // refuse endpoint URLs that are not https
    qint64 streamMaxBehind = 4 * 1024 * 1024;
    std::chrono::milliseconds streamStallLimit = std::chrono::seconds(30);
    QList<MaskRule> maskRules = Masker::defaultRules(); // --mask-rules: what viewers (operators) see masked

    // Parses argv (program name first) and the environment. --help and --version print and
    // ask the caller to exit; a bad value prints a message naming the option.
    static Outcome parse(const QStringList &arguments, EngineConfig &config, QString &output);
};

} // namespace sb::engine
