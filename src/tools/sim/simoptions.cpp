// SPDX-License-Identifier: GPL-3.0-or-later
#include "simoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace sb::tools {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("switchboard-sim", text);
}

} // namespace

std::optional<qint64> SimOptions::parseDurationMs(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)(ms|s|m|h)?$"));
    const auto match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.capturedView(1).toDouble();
    const QStringView unit = match.capturedView(2);
    const double factor = unit == u"ms" ? 1.0 : unit == u"m" ? 60'000.0 : unit == u"h" ? 3'600'000.0 : 1000.0;
    const double ms = value * factor;
    if (ms < 1 || ms > 365.0 * 24 * 3'600'000.0)
        return std::nullopt;
    return static_cast<qint64>(ms);
}

std::optional<ReceiverTarget> SimOptions::parseEndpoint(const QString &text, QString &error)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0) {
        error = tr("--endpoint: expected NAME=URL, got \"%1\"").arg(text);
        return std::nullopt;
    }
    ReceiverTarget target;
    target.name = text.left(equals);
    if (!name.match(target.name).hasMatch()) {
        error = tr("--endpoint: the name \"%1\" may only have letters, digits, - and _")
                    .arg(target.name);
        return std::nullopt;
    }
    target.url = QUrl(text.mid(equals + 1), QUrl::StrictMode);
    const QString scheme = target.url.scheme();
    if (!target.url.isValid() || target.url.host().isEmpty() ||
        (scheme != u"http" && scheme != u"https")) {
        error = tr("--endpoint %1: expected an http or https URL, got \"%2\"")
                    .arg(target.name, text.mid(equals + 1));
        return std::nullopt;
    }
    return target;
}

SimOptions::Outcome SimOptions::parse(const QStringList &arguments, const QString &environmentToken,
                                      SimOptions &options, QString &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Simulates a voice-AI platform producing webhooks: creates a few customer\n"
           "applications with endpoints on the receivers you name, then sends realistic call,\n"
           "agent, workflow and campaign events to a Switchboard engine at a steady rate."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption engine(QStringLiteral("engine"),
                                    tr("The engine's URL (default http://127.0.0.1:8071)."),
                                    QStringLiteral("url"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   tr("Admin API token (default: $SWITCHBOARD_TOKEN)."),
                                   QStringLiteral("token"));
    const QCommandLineOption endpoint(
        QStringLiteral("endpoint"),
        tr("A receiver every customer gets an endpoint on, e.g. flaky=http://127.0.0.1:9001\n"
           "(repeatable; the name becomes the endpoint's uid)."),
        QStringLiteral("name=url"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  tr("Events per second (default 10)."), QStringLiteral("n"));
    const QCommandLineOption count(
        QStringLiteral("count"),
        tr("Stop after about n events: no call starts once n are planned, and calls under way\n"
           "finish, so a few more may be sent (default: no limit)."),
        QStringLiteral("n"));
    const QCommandLineOption duration(
        QStringLiteral("duration"),
        tr("Stop starting calls after this long, e.g. 90s or 5m; calls under way finish."),
        QStringLiteral("time"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the scenario; the same seed plans the same calls."),
                                  QStringLiteral("n"));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   tr("Print only errors, not the setup and progress lines."));
    const QCommandLineOption setupOnly(QStringLiteral("setup-only"),
                                       tr("Create or update the applications and endpoints, then exit."));
    parser.addOptions({engine, token, endpoint, rate, count, duration, seed, quiet, setupOnly});

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
    if (!parser.positionalArguments().isEmpty()) {
        output = tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return Outcome::ExitFailure;
    }

    if (parser.isSet(engine)) {
        options.engine = QUrl(parser.value(engine), QUrl::StrictMode);
        const QString scheme = options.engine.scheme();
        if (!options.engine.isValid() || options.engine.host().isEmpty() ||
            (scheme != u"http" && scheme != u"https")) {
            output = tr("--engine: expected an http or https URL, got \"%1\"").arg(parser.value(engine));
            return Outcome::ExitFailure;
        }
    }

    for (const QString &value : parser.values(endpoint)) {
        QString error;
        const auto target = parseEndpoint(value, error);
        if (!target) {
            output = error;
            return Outcome::ExitFailure;
        }
        for (const ReceiverTarget &known : std::as_const(options.receivers)) {
            if (known.name == target->name) {
                output = tr("--endpoint: the name \"%1\" is given twice").arg(target->name);
                return Outcome::ExitFailure;
            }
        }
        options.receivers.append(*target);
    }

    bool ok = true;
    if (parser.isSet(rate)) {
        options.rate = parser.value(rate).toDouble(&ok);
        if (!ok || !(options.rate > 0) || options.rate > MaxRate) {
            output = tr("--rate: expected events per second above 0 and at most %1, got \"%2\"")
                         .arg(MaxRate)
                         .arg(parser.value(rate));
            return Outcome::ExitFailure;
        }
    }
    if (parser.isSet(count)) {
        options.count = parser.value(count).toLongLong(&ok);
        if (!ok || options.count < 1) {
            output = tr("--count: expected a positive number of events, got \"%1\"").arg(parser.value(count));
            return Outcome::ExitFailure;
        }
    }
    if (parser.isSet(duration)) {
        const auto ms = parseDurationMs(parser.value(duration));
        if (!ms) {
            output = tr("--duration: expected a time such as 90s, 5m or 1500ms, got \"%1\"")
                         .arg(parser.value(duration));
            return Outcome::ExitFailure;
        }
        options.durationMs = *ms;
    }
    if (parser.isSet(seed)) {
        const qulonglong value = parser.value(seed).toULongLong(&ok);
        if (!ok || value > 0xffffffffULL) {
            output = tr("--seed: expected an integer from 0 to 4294967295, got \"%1\"").arg(parser.value(seed));
            return Outcome::ExitFailure;
        }
        options.seed = static_cast<quint32>(value);
    } else {
        options.seed = QRandomGenerator::system()->generate();
    }
    // Last, so that a wrong value is reported even when no token is set yet.
    options.token = (parser.isSet(token) ? parser.value(token) : environmentToken).toUtf8();
    if (options.token.isEmpty()) {
        output = tr("no API token: set SWITCHBOARD_TOKEN or pass --token");
        return Outcome::ExitFailure;
    }
    options.quiet = parser.isSet(quiet);
    options.setupOnly = parser.isSet(setupOnly);
    return Outcome::Run;
}

} // namespace sb::tools
