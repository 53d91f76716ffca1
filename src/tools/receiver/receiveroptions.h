// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receiverbehaviour.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace sb::tools {

// The receiver's command line. Behaviour options are turned into the JSON fields of
// PUT /_receiver/config and applied with ReceiverBehaviour::applyJson(), so the command line
// and the control API accept exactly the same values.
struct ReceiverOptions
{
    enum class Outcome { Run, ExitSuccess, ExitFailure };

    static constexpr quint16 DefaultPort = 8072; // next to the engine's 8071

    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = DefaultPort;
    ReceiverBehaviour behaviour;
    QString logFile;
    bool quiet = false;

    // Parses `arguments` (argv, program name first). --help and --version print and ask the
    // caller to exit; errors name the bad option. Without --seed a random seed is chosen
    // (GET /_receiver/config shows it, so a run can be replayed).
    static Outcome parse(const QStringList &arguments, ReceiverOptions &options, QString &output);

    // "127.0.0.1:8072", "localhost:0", "[::1]:8072"; nullopt when malformed.
    static std::optional<std::pair<QHostAddress, quint16>> parseListen(QStringView text);
};

} // namespace sb::tools
