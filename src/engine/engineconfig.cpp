// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineconfig.h"

#include "engine/store/databaseconnection.h"

#include "engine/delivery/addresspolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

#include <cmath>

namespace sb::engine {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("switchboardd", text); }

struct Option
{
    const char *name;
    const char *valueName;
    const char *help;
};

// One table for the command line, the config file and --help.
constexpr Option Options[] = {
    {"listen", "host:port", "Address and port of the API and stream (default 127.0.0.1:8071)."},
    {"data-dir", "dir", "Directory of the embedded SQLite database (created if missing)."},
    {"database", "url", "Use PostgreSQL instead: postgresql://user[:password]@host[:port]/dbname (password also from PGPASSWORD); several engines may share it."},
    {"node-lease", "duration", "With PostgreSQL: how long a node that stops renewing keeps its deliveries before other nodes take them over (default 10s)."},
    {"allow-network", "cidr", "Allow deliveries to this non-public network, e.g. 127.0.0.0/8 (repeatable)."},
    {"retry-schedule", "steps", "Delays before each attempt (default \"0, 5s, 30s, 5m, 30m, 2h\")."},
    {"retry-floor", "duration", "Least wait after a 429 or a timeout (default 60s)."},
    {"retry-jitter", "fraction", "Random spread of each retry delay (default 0.2 = ±20%)."},
    {"max-in-flight", "n", "Requests in flight across all endpoints (default 512)."},
    {"disable-after", "duration", "Disable an endpoint failing without a success this long (default 120h)."},
    {"operational-failing-after", "n", "Send the operational webhook message.attempt.failing when a message's n-th attempt fails (default 4)."},
    {"max-body", "bytes", "Largest request body the API accepts (default 1048576); larger ones are refused from their headers."},
    {"max-header", "bytes", "Largest request line and header fields together (default 16384; larger: 431)."},
    {"header-timeout", "duration", "How long a client may take to send a request's headers (default 10s)."},
    {"body-timeout", "duration", "How long a client may take to send a request's body (default 30s)."},
    {"idle-timeout", "duration", "How long a kept-alive connection may wait for its next request (default 60s)."},
    {"max-connections", "n", "HTTP connections and stream clients open at once; more are answered 503 and closed (default 10000)."},
    {"http-threads", "n", "Threads that read and parse requests (default 0: one per core)."},
    {"reader-nice", "0-19", "How far below ingest and delivery the API's read threads run (default 10; 0: level)."},
    {"ingest-rate-limit", "events/s", "Events a second each token may send; more get 429 with Retry-After (default 0: no limit)."},
    {"drain-timeout", "duration", "On SIGTERM, how long to let attempts in flight finish (default 10s)."},
    {"change-retention", "duration", "How long the event stream can replay changes (default 168h)."},
    {"retention", "duration", "Delete messages whose deliveries all finished, with their attempts, after this long (default 720h; 0: keep)."},
    {"rollup-retention", "duration", "Keep the statistics' per-minute roll-ups this long (default 9600h; 0: keep)."},
    {"tls-cert", "file", "PEM certificate (chain) for HTTPS on the API listener; needs --tls-key."},
    {"tls-key", "file", "PEM private key for --tls-cert."},
    {"https-only", "yes|no", "Refuse endpoint URLs that are not https (default no)."},
    {"stream-max-behind", "bytes", "Unsent stream bytes a client may have before sending pauses (default 4194304)."},
    {"stream-stall-limit", "duration", "How long a stream client may stay that far behind before it is closed (default 30s)."},
    {"mask-rules", "file", "JSON file of the masking rules for viewers and operators (default: E.164 numbers, transcript, recording_url, summary)."},
};

std::optional<std::chrono::milliseconds> duration(const QString &text)
{
    // Retention and roll-up periods run to months, beyond a retry step's 7 days; "d" is days.
    static const QRegularExpression form(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$)"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString unit = match.captured(2);
    const double factor = unit == u"ms" ? 1.0 : unit == u"m" ? 60'000.0 : unit == u"h" ? 3'600'000.0
                        : unit == u"d"  ? 86'400'000.0 : 1000.0;
    const double ms = match.captured(1).toDouble() * factor;
    if (ms > 1e13) // about 300 years: anything longer is a typo
        return std::nullopt;
    return std::chrono::milliseconds(std::llround(ms));
}

bool apply(EngineConfig &c, const QString &name, const QStringList &values, QString &error)
{
    const QString value = values.isEmpty() ? QString() : values.constLast();
    bool ok = true;
    if (name == u"listen") {
        const qsizetype colon = value.lastIndexOf(u':');
        const uint port = value.mid(colon + 1).toUInt(&ok);
        ok = ok && colon > 0 && port <= 65535;
        if (ok) {
            c.listenHost = value.left(colon);
            c.listenPort = static_cast<quint16>(port);
        }
    } else if (name == u"data-dir") {
        ok = !value.isEmpty();
        c.dataDir = value;
    } else if (name == u"database") {
        QString why;
        ok = value.isEmpty() || DatabaseLocation::fromUrl(value, &why).has_value();
        if (!ok) {
            error = tr("--database: %1").arg(why);
            return false;
        }
        c.database = value;
    } else if (name == u"allow-network") {
        AddressPolicy probe;
        for (const QString &v : values) {
            for (const QString &cidr : v.split(u',', Qt::SkipEmptyParts))
                ok = ok && probe.allow(cidr.trimmed());
        }
        if (ok)
            c.allowNetworks = values;
    } else if (name == u"retry-schedule") {
        const auto s = RetrySchedule::parse(value, &error);
        ok = s.has_value();
        if (ok)
            c.retrySchedule = *s;
    } else if (name == u"stream-max-behind") {
        c.streamMaxBehind = value.toLongLong(&ok);
        ok = ok && c.streamMaxBehind >= 4096;
    } else if (name == u"retry-floor" || name == u"disable-after" || name == u"drain-timeout"
               || name == u"change-retention" || name == u"stream-stall-limit" || name == u"node-lease"
               || name == u"retention" || name == u"rollup-retention") {
        const auto d = duration(value);
        const bool offAllowed = name == u"retention" || name == u"rollup-retention";
        ok = d.has_value() && (name != u"change-retention" || d->count() >= 1000)
            && (name != u"node-lease" || d->count() >= 1000) && (!offAllowed || d->count() == 0 || d->count() >= 1000);
        if (ok) {
            (name == u"retry-floor"          ? c.throttleFloor
             : name == u"retention"          ? c.retention
             : name == u"rollup-retention"   ? c.rollupRetention
             : name == u"disable-after"      ? c.disableAfter
             : name == u"drain-timeout"      ? c.drainTimeout
             : name == u"stream-stall-limit" ? c.streamStallLimit
             : name == u"node-lease"         ? c.nodeLease
                                             : c.changeRetention) = *d;
        }
    } else if (name == u"tls-cert" || name == u"tls-key") {
        ok = QFileInfo(value).isReadable();
        (name == u"tls-cert" ? c.tlsCertificate : c.tlsKey) = value;
    } else if (name == u"https-only") {
        ok = value == u"yes" || value == u"no" || value == u"true" || value == u"false";
        c.httpsOnly = value == u"yes" || value == u"true";
    } else if (name == u"retry-jitter") {
        c.jitter = value.toDouble(&ok);
        ok = ok && c.jitter >= 0 && c.jitter < 1;
    } else if (name == u"operational-failing-after") {
        c.operationalFailingAfter = value.toInt(&ok);
        ok = ok && c.operationalFailingAfter >= 1 && c.operationalFailingAfter <= 100;
    } else if (name == u"max-in-flight") {
        c.maxInFlight = value.toInt(&ok);
        ok = ok && c.maxInFlight > 0;
    } else if (name == u"max-body" || name == u"max-header") {
        const qsizetype bytes = value.toLongLong(&ok);
        ok = ok && bytes >= 1024;
        (name == u"max-body" ? c.front.maxBodyBytes : c.front.maxHeaderBytes) = bytes;
    } else if (name == u"header-timeout" || name == u"body-timeout" || name == u"idle-timeout") {
        const auto d = duration(value);
        ok = d.has_value() && d->count() >= 100 && d->count() <= 3'600'000;
        if (ok) {
            (name == u"header-timeout" ? c.front.headerTimeoutMs
             : name == u"body-timeout" ? c.front.bodyTimeoutMs
                                       : c.front.idleTimeoutMs) = static_cast<int>(d->count());
        }
    } else if (name == u"max-connections") {
        c.front.maxConnections = value.toInt(&ok);
        ok = ok && c.front.maxConnections > 0;
    } else if (name == u"http-threads") {
        c.front.workerThreads = value.toInt(&ok);
        ok = ok && c.front.workerThreads >= 0 && c.front.workerThreads <= 64;
    } else if (name == u"reader-nice") {
        c.readerNiceness = value.toInt(&ok);
        ok = ok && c.readerNiceness >= 0 && c.readerNiceness <= 19;
    } else if (name == u"mask-rules") {
        QFile file(value);
        if (!file.open(QIODevice::ReadOnly)) {
            error = tr("--mask-rules: cannot read %1: %2").arg(value, file.errorString());
            return false;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        if (!doc.isArray()) {
            error = tr("--mask-rules: %1 must hold a JSON array of rules").arg(value);
            return false;
        }
        const Parsed<Masker> masker = Masker::fromJson(doc.array());
        if (!masker) {
            error = tr("--mask-rules: %1: %2").arg(value, masker.errorString());
            return false;
        }
        c.maskRules = masker.value->rules();
    } else if (name == u"ingest-rate-limit") {
        c.ingestRateLimit = value.toDouble(&ok);
        ok = ok && c.ingestRateLimit >= 0;
    }
    if (!ok && error.isEmpty())
        error = tr("invalid value for %1: \"%2\"").arg(name, value);
    else if (!ok)
        error = tr("invalid value for %1: %2").arg(name, error);
    return ok;
}

} // namespace

EngineConfig::Outcome EngineConfig::parse(const QStringList &arguments, EngineConfig &config,
                                          QString &output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Switchboard delivery engine: stores events, signs and delivers webhooks, retries "
           "failures.\nThe admin bearer token comes from SWITCHBOARD_ADMIN_TOKEN."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption configFile(QStringLiteral("config"),
                                        tr("Read settings from this INI file (same names as the options)."),
                                        QStringLiteral("file"));
    parser.addOption(configFile);
    for (const Option &o : Options)
        parser.addOption(QCommandLineOption(QString::fromLatin1(o.name), tr(o.help), QString::fromLatin1(o.valueName)));

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
    if (parser.isSet(configFile)) {
        const QString path = parser.value(configFile);
        if (!QFileInfo(path).isReadable()) {
            output = tr("cannot read config file %1").arg(path);
            return Outcome::ExitFailure;
        }
        QSettings file(path, QSettings::IniFormat);
        // Tokens live only in the file: on a command line every user could read them in ps.
        file.beginGroup(QStringLiteral("tokens"));
        for (const QString &name : file.childKeys())
            config.tokens.insert(name, file.value(name).toString());
        file.endGroup();
        for (const Option &o : Options) {
            const QString name = QString::fromLatin1(o.name);
            if (!file.contains(name))
                continue;
            const QVariant v = file.value(name);
            const QStringList values = v.typeId() == QMetaType::QStringList ? v.toStringList() : QStringList{v.toString()};
            if (!apply(config, name, values, output)) {
                output = path + u": " + output;
                return Outcome::ExitFailure;
            }
        }
    }
    for (const Option &o : Options) {
        const QString name = QString::fromLatin1(o.name);
        if (parser.isSet(name) && !apply(config, name, parser.values(name), output))
            return Outcome::ExitFailure;
    }
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty()) {
        output = tr("--tls-cert and --tls-key go together");
        return Outcome::ExitFailure;
    }
    config.adminToken = qgetenv("SWITCHBOARD_ADMIN_TOKEN");
    return Outcome::Run;
}

} // namespace sb::engine
