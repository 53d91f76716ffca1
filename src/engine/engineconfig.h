// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sb::engine {

// The engine's settings, from the command line (and later a config file).
struct EngineConfig
{
    enum class Outcome { Run, ExitSuccess, ExitFailure };

    QString listen = QStringLiteral("127.0.0.1:8071");
    QString dataDir;

    // Parses `arguments` (argv, program name first). --help and --version print and ask the
    // caller to exit; errors print a message naming the bad option.
    static Outcome parse(const QStringList &arguments, EngineConfig &config, QString &output);
};

} // namespace sb::engine
