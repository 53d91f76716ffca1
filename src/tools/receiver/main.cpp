// SPDX-License-Identifier: GPL-3.0-or-later
// switchboard-receiver: the Receiver library behind a command line.
#include "tools/receiver/deliverylogfile.h"
#include "tools/receiver/receiver.h"
#include "tools/receiver/receiveroptions.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-receiver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    sb::tools::ReceiverOptions options;
    QString output;
    switch (sb::tools::ReceiverOptions::parse(QCoreApplication::arguments(), options, output)) {
    case sb::tools::ReceiverOptions::Outcome::ExitSuccess:
        std::fputs(qPrintable(output + u'\n'), stdout);
        return 0;
    case sb::tools::ReceiverOptions::Outcome::ExitFailure:
        std::fputs(qPrintable(u"switchboard-receiver: " + output + u'\n'), stderr);
        return 2;
    case sb::tools::ReceiverOptions::Outcome::Run:
        break;
    }

    sb::tools::DeliveryLogFile log;
    if (!options.logFile.isEmpty() && !log.open(options.logFile)) {
        std::fputs(qPrintable(u"switchboard-receiver: cannot open " + options.logFile + u": " +
                              log.errorString() + u'\n'),
                   stderr);
        return 1;
    }

    sb::tools::Receiver receiver;
    receiver.setBehaviour(options.behaviour);
    if (!receiver.listen(options.address, options.port)) {
        std::fputs(qPrintable(u"switchboard-receiver: cannot listen on " +
                              options.address.toString() + u':' + QString::number(options.port) +
                              u": " + receiver.errorString() + u'\n'),
                   stderr);
        return 1;
    }

    const bool logging = !options.logFile.isEmpty();
    const bool quiet = options.quiet;
    QObject::connect(&receiver, &sb::tools::Receiver::deliveryReceived, &app,
                     [&log, logging, quiet](const sb::tools::ReceivedDelivery &delivery) {
                         if (logging && !log.append(delivery)) {
                             std::fputs(qPrintable(u"switchboard-receiver: cannot write the log: " +
                                                   log.errorString() + u'\n'),
                                        stderr);
                         }
                         if (!quiet) {
                             std::fputs(qPrintable(delivery.summary() + u'\n'), stdout);
                             std::fflush(stdout);
                         }
                     });

    // A parent process (test, demo script) reads this first line to learn the port, so it
    // must be exactly this and leave the buffer now, not when stdout's buffer fills.
    std::fputs(qPrintable(u"listening on " + receiver.url() + u'\n'), stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
