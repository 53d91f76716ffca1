// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"
#include "engine/signalwatcher.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef SWITCHBOARD_MIMALLOC
#include <mimalloc.h>
#endif

int main(int argc, char *argv[])
{
#ifdef SWITCHBOARD_MIMALLOC
    // A reference, so that no linker drops the library (--as-needed) and with it the
    // allocator that replaces malloc (src/engine/CMakeLists.txt says why).
    [[maybe_unused]] const int allocator = mi_version();
#endif
    // Qt's own event loop instead of GLib's. GLib's writes to its wake-up descriptor for every
    // event posted from another thread, and the engine's thread is posted thousands a second
    // (requests from the front's workers, results from the writer and the dispatcher); Qt's
    // wakes a sleeping loop once. Less CPU per delivery (docs/performance.md). An operator's
    // own QT_NO_GLIB stands.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
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
        std::fputs(qPrintable(u"switchboardd: " + output + u'\n'), stderr);
        return 2;
    case sb::engine::EngineConfig::Outcome::Run:
        break;
    }

    sb::engine::Engine engine;
    QString error;
    if (!engine.start(config, &error)) {
        std::fputs(qPrintable(u"switchboardd: " + error + u'\n'), stderr);
        return 1;
    }
    sb::engine::SignalWatcher watcher;
    QObject::connect(&watcher, &sb::engine::SignalWatcher::terminationRequested, &engine,
                     &sb::engine::Engine::shutdown);
    QObject::connect(&engine, &sb::engine::Engine::stopped, &app, &QCoreApplication::quit);
    QObject::connect(&engine, &sb::engine::Engine::failed, &app, [](const QString &reason) {
        std::fputs(qPrintable(u"switchboardd: " + reason + u'\n'), stderr);
        QCoreApplication::exit(75); // EX_TEMPFAIL: a supervisor restarts it as a new node
    });
    std::fprintf(stdout, "switchboardd listening on %s://%s:%u\n", config.tlsCertificate.isEmpty() ? "http" : "https",
                 qPrintable(config.listenHost), unsigned(engine.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
