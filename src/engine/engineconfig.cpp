// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sb::engine {

EngineConfig::Outcome EngineConfig::parse(const QStringList &arguments, EngineConfig &config,
                                          QString &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("switchboardd", "Switchboard delivery engine: stores events, "
                                                    "signs and delivers webhooks, retries failures."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QCoreApplication::translate("switchboardd", "Address and port to serve the API on."),
        QStringLiteral("host:port"), config.listen);
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("switchboardd", "Directory of the embedded database."),
        QStringLiteral("dir"));
    parser.addOption(listen);
    parser.addOption(dataDir);

    if (!parser.parse(arguments)) {
        output = parser.errorText();
        return Outcome::ExitFailure;
    }
    if (parser.isSet(help)) {
        output = parser.helpText();
        return Outcome::ExitSuccess;
    }
    if (parser.isSet(version)) {
        output = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return Outcome::ExitSuccess;
    }
    config.listen = parser.value(listen);
    config.dataDir = parser.value(dataDir);
    return Outcome::Run;
}

} // namespace sb::engine
