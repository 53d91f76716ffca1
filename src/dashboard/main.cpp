// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/connection/enginesession.h"
#include "dashboard/connection/profilestore.h"
#include "dashboard/connection/tokenvault.h"
#include "dashboard/mainwindow.h"
#include "dashboard/settings/consolesettings.h"
#include "dashboard/settings/consoletranslations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSystemTrayIcon>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("switchboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Switchboard"));
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    // The installed desktop file and icon share this id; the icon theme's copy wins when present.
    QGuiApplication::setDesktopFileName(QStringLiteral(SWITCHBOARD_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(SWITCHBOARD_APP_ID),
                                                 QIcon(QStringLiteral(":/icons/" SWITCHBOARD_APP_ID ".svg"))));

    // Before any text is made: the saved language, or the system's.
    sb::dashboard::ConsoleTranslations::install(&app, sb::dashboard::ConsoleSettings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Switchboard: desktop console for webhook delivery.\n"
                                        "With --engine, the engine's token comes from SWITCHBOARD_TOKEN; otherwise the\n"
                                        "console opens the last engine profile used (Engine > Profiles to manage them)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption engine(QStringLiteral("engine"), QApplication::translate("main", "Engine to open, e.g. http://127.0.0.1:8071."),
                                    QStringLiteral("url"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QApplication::translate("main", "Engine profile to open, by name."),
                                           QStringLiteral("name"));
    parser.addOption(engine);
    parser.addOption(profileOption);
    parser.process(app);

    sb::dashboard::ProfileStore profiles;
    sb::dashboard::TokenVault vault(sb::dashboard::TokenVault::defaultFileDirectory());
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
    std::optional<sb::dashboard::EngineProfile> profile;
    if (parser.isSet(profileOption)) {
        profile = profiles.profileNamed(parser.value(profileOption));
        if (!profile) {
            std::fputs(qPrintable(QApplication::translate("main", "switchboard: no engine profile is called “%1”\n")
                                      .arg(parser.value(profileOption))), stderr);
            return 2;
        }
    } else if (!session) {
        profile = profiles.profile(profiles.lastUsed());
    }

    // With a system tray the console keeps watching (and alerting) after its window closes.
    if (QSystemTrayIcon::isSystemTrayAvailable())
        QApplication::setQuitOnLastWindowClosed(false);
    sb::dashboard::MainWindow window(session.get());
    window.setProfiles(&profiles, &vault);
    window.show();
    if (profile)
        window.openProfile(*profile);
    else if (!session)
        QTimer::singleShot(0, &window, &sb::dashboard::MainWindow::showProfiles); // first start: add an engine
    return QApplication::exec();
}
