// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/enginesession.h"
#include "dashboard/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("switchboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Switchboard"));
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Switchboard: desktop console for webhook delivery.\n"
                                        "The engine's token comes from SWITCHBOARD_TOKEN."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption engine(QStringLiteral("engine"), QApplication::translate("main", "Engine to open, e.g. http://127.0.0.1:8071."),
                                    QStringLiteral("url"));
    parser.addOption(engine);
    parser.process(app);

    std::unique_ptr<sb::dashboard::EngineSession> session;
    if (parser.isSet(engine)) {
        const QUrl url(parser.value(engine), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
            std::fputs(qPrintable(QApplication::translate("main", "switchboard: --engine needs an http or https URL\n")), stderr);
            return 2;
        }
        session = std::make_unique<sb::dashboard::EngineSession>(url, qgetenv("SWITCHBOARD_TOKEN"),
                                                                 sb::dashboard::EngineSession::defaultHistoryPath(url));
        session->start();
    }
    sb::dashboard::MainWindow window(session.get());
    window.show();
    return QApplication::exec();
}
