// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("switchboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Switchboard"));
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Switchboard: desktop console for webhook delivery."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    sb::dashboard::MainWindow window;
    window.show();
    return QApplication::exec();
}
