// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiveroptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace sb::tools {

namespace {

enum class Kind { Integer, Number, String, StringList, Flag };

// Each behaviour option and the config field it sets.
struct BehaviourOption
{
    QLatin1StringView name;
    QLatin1StringView field;
    Kind kind;
    QLatin1StringView valueName;
    const char *description;
};

const BehaviourOption BehaviourOptions[] = {
    {QLatin1StringView("status"), QLatin1StringView("status"), Kind::Integer,
     QLatin1StringView("code"),
     QT_TRANSLATE_NOOP("switchboard-receiver", "Status of normal answers (default 200).")},
    {QLatin1StringView("fail-percent"), QLatin1StringView("failPercent"), Kind::Number,
     QLatin1StringView("percent"),
     QT_TRANSLATE_NOOP("switchboard-receiver",
                       "Share of deliveries (0-100) answered with the fail status.")},
    {QLatin1StringView("fail-status"), QLatin1StringView("failStatus"), Kind::Integer,
     QLatin1StringView("code"),
     QT_TRANSLATE_NOOP("switchboard-receiver", "Status of simulated failures (default 500).")},
    {QLatin1StringView("fail-first"), QLatin1StringView("failFirst"), Kind::Integer,
     QLatin1StringView("n"),
     QT_TRANSLATE_NOOP("switchboard-receiver",
                       "Fail the first n attempts of every webhook-id with the fail status.")},
    {QLatin1StringView("latency-ms"), QLatin1StringView("latencyMs"), Kind::Integer,
     QLatin1StringView("ms"),
     QT_TRANSLATE_NOOP("switchboard-receiver", "Wait this long before answering (default 0).")},
    {QLatin1StringView("retry-after"), QLatin1StringView("retryAfter"), Kind::String,
     QLatin1StringView("value"),
     QT_TRANSLATE_NOOP("switchboard-receiver", "Retry-After header on every non-2xx answer.")},
    {QLatin1StringView("drop-connection"),
     QLatin1StringView("dropConnection"),
     Kind::Flag,
     {},
     QT_TRANSLATE_NOOP("switchboard-receiver", "Close connections without answering.")},
    {QLatin1StringView("reject-invalid-signature"),
     QLatin1StringView("rejectInvalidSignature"),
     Kind::Flag,
     {},
     QT_TRANSLATE_NOOP("switchboard-receiver", "Answer 401 when a signature does not verify.")},
    {QLatin1StringView("secret"), QLatin1StringView("secrets"), Kind::StringList,
     QLatin1StringView("whsec_..."),
     QT_TRANSLATE_NOOP("switchboard-receiver",
                       "Standard Webhooks secret to verify with (repeatable; any may match).")},
    {QLatin1StringView("hex-secret"), QLatin1StringView("hexSecret"), Kind::String,
     QLatin1StringView("key"),
     QT_TRANSLATE_NOOP("switchboard-receiver", "Key of the sha256=<hex> signature scheme.")},
    {QLatin1StringView("hex-header"), QLatin1StringView("hexHeader"), Kind::String,
     QLatin1StringView("name"),
     QT_TRANSLATE_NOOP("switchboard-receiver",
                       "Header with the sha256= signature (default X-Switchboard-Signature).")},
    {QLatin1StringView("tolerance"), QLatin1StringView("toleranceSeconds"), Kind::Integer,
     QLatin1StringView("seconds"),
     QT_TRANSLATE_NOOP("switchboard-receiver",
                       "Accepted distance of webhook-timestamp from now (default 300).")},
    {QLatin1StringView("seed"), QLatin1StringView("seed"), Kind::Integer, QLatin1StringView("n"),
     QT_TRANSLATE_NOOP("switchboard-receiver",
                       "Seed of the fail-percent generator (default: random).")},
    {QLatin1StringView("max-records"), QLatin1StringView("maxRecords"), Kind::Integer,
     QLatin1StringView("n"),
     QT_TRANSLATE_NOOP("switchboard-receiver",
                       "Deliveries kept for the control API (default 1000000).")},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("switchboard-receiver", text);
}

// "--fail-percent" for the config field "failPercent" (or "secrets[1]"): errors from
// applyJson() then speak the command line's language.
QString optionForField(const QString &field)
{
    for (const BehaviourOption &option : BehaviourOptions) {
        if (field == option.field || field.startsWith(option.field + u'['))
            return u"--" + option.name;
    }
    return field;
}

} // namespace

std::optional<std::pair<QHostAddress, quint16>> ReceiverOptions::parseListen(QStringView text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QStringView host = text.first(colon);
    bool ok = false;
    const uint port = text.sliced(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.sliced(1, host.size() - 2);
    else if (host.contains(u':'))
        return std::nullopt; // an IPv6 address needs brackets to be told from the port
    QHostAddress address;
    if (host == u"localhost")
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host.toString()))
        return std::nullopt;
    return std::pair{address, static_cast<quint16>(port)};
}

ReceiverOptions::Outcome ReceiverOptions::parse(const QStringList &arguments,
                                                ReceiverOptions &options, QString &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Receives webhooks on a loopback port, checks their signatures, answers as told\n"
           "(failures, latency, dropped connections) and reports what it saw over a JSON\n"
           "control API under /_receiver/."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        tr("Address and port to listen on; port 0 picks a free one (default 127.0.0.1:8072)."),
        QStringLiteral("host:port"));
    const QCommandLineOption log(QStringLiteral("log"),
                                 tr("Append one JSON line per delivery to this file."),
                                 QStringLiteral("file"));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   tr("Print only the listening line, not every delivery."));
    parser.addOption(listen);
    parser.addOption(log);
    parser.addOption(quiet);
    QList<QCommandLineOption> behaviourOptions;
    for (const BehaviourOption &spec : BehaviourOptions) {
        behaviourOptions.append(spec.kind == Kind::Flag
                                    ? QCommandLineOption(QString(spec.name), tr(spec.description))
                                    : QCommandLineOption(QString(spec.name), tr(spec.description),
                                                         QString(spec.valueName)));
        parser.addOption(behaviourOptions.back());
    }

    if (!parser.parse(arguments)) {
        output = parser.errorText();
        return Outcome::ExitFailure;
    }
    if (parser.isSet(help)) {
        output = parser.helpText();
        return Outcome::ExitSuccess;
    }
    if (parser.isSet(version)) {
        output =
            QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return Outcome::ExitSuccess;
    }
    if (!parser.positionalArguments().isEmpty()) {
        output = u"unexpected argument: " + parser.positionalArguments().constFirst();
        return Outcome::ExitFailure;
    }

    if (parser.isSet(listen)) {
        const auto address = parseListen(parser.value(listen));
        if (!address) {
            output = u"--listen: expected host:port, got \"" + parser.value(listen) + u'"';
            return Outcome::ExitFailure;
        }
        std::tie(options.address, options.port) = *address;
    }
    options.logFile = parser.value(log);
    options.quiet = parser.isSet(quiet);

    QJsonObject fields;
    for (qsizetype i = 0; i < behaviourOptions.size(); ++i) {
        const BehaviourOption &spec = BehaviourOptions[i];
        const QCommandLineOption &option = behaviourOptions.at(i);
        if (!parser.isSet(option))
            continue;
        const QString value = parser.value(option);
        bool ok = true;
        switch (spec.kind) {
        case Kind::Integer:
            fields.insert(spec.field, value.toLongLong(&ok));
            break;
        case Kind::Number:
            fields.insert(spec.field, value.toDouble(&ok));
            break;
        case Kind::String:
            fields.insert(spec.field, value);
            break;
        case Kind::StringList:
            fields.insert(spec.field, QJsonArray::fromStringList(parser.values(option)));
            break;
        case Kind::Flag:
            fields.insert(spec.field, true);
            break;
        }
        if (!ok) {
            const QLatin1StringView expected(spec.kind == Kind::Integer ? "an integer"
                                                                        : "a number");
            output = u"--" + spec.name + u": expected " + expected + u", got \"" + value + u'"';
            return Outcome::ExitFailure;
        }
    }
    if (!fields.contains(QLatin1StringView("seed")))
        fields.insert(QLatin1StringView("seed"),
                      static_cast<qint64>(QRandomGenerator::system()->generate()));

    const ValidationErrors errors = options.behaviour.applyJson(fields);
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const ValidationError &e : errors)
            messages.append(optionForField(e.field) + u": " + e.message);
        output = messages.join(u"; ");
        return Outcome::ExitFailure;
    }
    return Outcome::Run;
}

} // namespace sb::tools
