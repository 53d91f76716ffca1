// SPDX-License-Identifier: GPL-3.0-or-later
// switchboard-sim: the Simulator library behind a command line.
#include "tools/sim/simoptions.h"
#include "tools/sim/simulator.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("switchboard-sim", text);
}

void print(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream); // demo.sh and tests read the output as it comes
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    sb::tools::SimOptions options;
    QString output;
    switch (sb::tools::SimOptions::parse(QCoreApplication::arguments(),
                                         qEnvironmentVariable("SWITCHBOARD_TOKEN"), options,
                                         output)) {
    case sb::tools::SimOptions::Outcome::ExitSuccess:
        print(stdout, output);
        return 0;
    case sb::tools::SimOptions::Outcome::ExitFailure:
        print(stderr, u"switchboard-sim: " + output);
        return 2;
    case sb::tools::SimOptions::Outcome::Run:
        break;
    }

    const bool quiet = options.quiet;
    sb::tools::Simulator simulator(options);
    QTimer progress;
    progress.setInterval(2000);
    QObject::connect(&progress, &QTimer::timeout, &simulator,
                     [&simulator] { print(stdout, u"switchboard-sim: " + simulator.progressLine()); });
    QObject::connect(&simulator, &sb::tools::Simulator::setupFinished, &simulator, [&] {
        if (quiet)
            return;
        const auto &setup = simulator.setup();
        int endpoints = 0;
        for (const auto &a : setup.apps())
            endpoints += static_cast<int>(a.endpoints.size());
        print(stdout, tr("switchboard-sim: %1 applications and %2 endpoints ready on %3 "
                         "(%4 created, %5 found and updated)")
                          .arg(setup.apps().size())
                          .arg(endpoints)
                          .arg(simulator.options().engine.toString())
                          .arg(setup.created())
                          .arg(setup.updated()));
        if (!simulator.options().setupOnly) {
            print(stdout, tr("switchboard-sim: sending %1 events/s (seed %2)")
                              .arg(simulator.options().rate)
                              .arg(simulator.options().seed));
            progress.start();
        }
    });
    QObject::connect(&simulator, &sb::tools::Simulator::finished, &app,
                     [&](int exitCode, const QString &message) {
                         progress.stop();
                         if (!quiet && simulator.traffic())
                             print(stdout, u"switchboard-sim: " + simulator.progressLine());
                         if (!message.isEmpty())
                             print(stderr, u"switchboard-sim: " + message);
                         QCoreApplication::exit(exitCode);
                     });
    QTimer::singleShot(0, &simulator, &sb::tools::Simulator::start);
    return QCoreApplication::exec();
}
