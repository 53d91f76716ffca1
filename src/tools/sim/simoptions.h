// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpointplan.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sb::tools {

// The simulator's command line.
struct SimOptions
{
    enum class Outcome { Run, ExitSuccess, ExitFailure };

    QUrl engine = QUrl(QStringLiteral("http://127.0.0.1:8071"));
    QByteArray token;
    QList<ReceiverTarget> receivers;
    double rate = 10;       // events per second
    qint64 count = -1;      // -1: no limit
    qint64 durationMs = -1; // -1: no limit
    quint32 seed = 0;
    bool quiet = false;
    bool setupOnly = false;

    static constexpr double MaxRate = 5000;

    // Parses `arguments` (argv, program name first); `environmentToken` is
    // $SWITCHBOARD_TOKEN, used when --token is absent. --help and --version print and ask the
    // caller to exit; errors name the bad option. Without --seed a random seed is chosen
    // (and printed at start, so a run can be replayed).
    static Outcome parse(const QStringList &arguments, const QString &environmentToken,
                         SimOptions &options, QString &output);

    // "30", "30s", "1500ms", "2m", "1h"; nullopt when malformed or not positive.
    static std::optional<qint64> parseDurationMs(QStringView text);
    // "flaky=http://127.0.0.1:9001"; nullopt with `error` set when malformed.
    static std::optional<ReceiverTarget> parseEndpoint(const QString &text, QString &error);
};

} // namespace sb::tools
