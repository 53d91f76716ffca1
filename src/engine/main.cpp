// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engineconfig.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboardd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    sb::engine::EngineConfig config;
    QString output;
    switch (sb::engine::EngineConfig::parse(QCoreApplication::arguments(), config, output)) {
    case sb::engine::EngineConfig::Outcome::ExitSuccess:
        std::fputs(qPrintable(output + u'\n'), stdout);
        return 0;
    case sb::engine::EngineConfig::Outcome::ExitFailure:
        std::fputs(qPrintable(output + u'\n'), stderr);
        return 2;
    case sb::engine::EngineConfig::Outcome::Run:
        break;
    }
    std::fputs("switchboardd: this build has no delivery pipeline yet (see issue 3)\n", stderr);
    return 1;
}
