// SPDX-License-Identifier: GPL-3.0-or-later
// Consoles following the engine's event stream, for bench/engine-stream-viewers.sh: opens N
// WebSocket connections with one token, subscribes each after the engine's last change (from
// its hello), counts what arrives for a number of seconds and prints "frames bytes" (all
// connections). Nothing is decoded beyond counting frames: the bench measures the engine.
#include <QCoreApplication>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <cstdio>
#include <memory>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: %s ws://host:port/api/v1/stream TOKEN CONNECTIONS SECONDS\n", argv[0]);
        return 2;
    }
    const QUrl url(args.at(1));
    const QByteArray token = args.at(2).toUtf8();
    const int connections = args.at(3).toInt();
    const int seconds = args.at(4).toInt();

    qint64 frames = 0, bytes = 0;
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    for (int i = 0; i < connections; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *s = socket.get();
        QObject::connect(s, &QWebSocket::textMessageReceived, s, [s, &frames, &bytes, subscribed = false](const QString &batch) mutable {
            if (!subscribed) { // the hello: {"seq":0,"type":"hello",…,"data":{"lastSeq":N,…}}
                static const QRegularExpression lastSeq(QStringLiteral("\"lastSeq\":(\\d+)"));
                const QString after = lastSeq.match(batch).captured(1);
                s->sendTextMessage(QStringLiteral("{\"type\":\"subscribe\",\"after\":%1}").arg(after.isEmpty() ? QStringLiteral("0") : after));
                subscribed = true;
                return;
            }
            bytes += batch.size();
            frames += batch.count(QLatin1StringView("{\"seq\":")); // control frames (caught-up) too: a few
        });
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token);
        s->open(request);
        sockets.push_back(std::move(socket));
    }
    QTimer::singleShot(seconds * 1000, &app, [&] {
        std::printf("%lld %lld\n", static_cast<long long>(frames), static_cast<long long>(bytes));
        std::fflush(stdout);
        app.quit();
    });
    return app.exec();
}
