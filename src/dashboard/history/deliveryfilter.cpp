// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryfilter.h"

#include "core/timeformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace sb::dashboard {
namespace {


const QStringList StatusValues{QStringLiteral("succeeded"), QStringLiteral("failed"), QStringLiteral("dead"),
                               QStringLiteral("retrying"), QStringLiteral("pending")};
const QStringList ErrorValues{QStringLiteral("none"), QStringLiteral("timeout"), QStringLiteral("dns"),
                              QStringLiteral("connect"), QStringLiteral("tls"), QStringLiteral("http"),
                              QStringLiteral("redirect"), QStringLiteral("body-too-large"), QStringLiteral("policy")};
const QStringList CodeValues{QStringLiteral("2xx"), QStringLiteral("3xx"), QStringLiteral("4xx"), QStringLiteral("5xx"),
                             QStringLiteral("none"), QStringLiteral(">=500"), QStringLiteral("429")};

struct Term
{
    int start = 0;
    int length = 0;
    bool negated = false;
    QString field; // empty: free text
    QString value;
};

// Splits on spaces outside double quotes; quotes may wrap a whole term or a value.
QList<Term> tokenize(const QString &text, QString *error, int *errorAt)
{
    QList<Term> terms;
    int i = 0;
    const int n = static_cast<int>(text.size());
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        Term t;
        t.start = i;
        QString raw;
        bool quoted = false;
        while (i < n && (quoted || !text.at(i).isSpace())) {
            if (text.at(i) == u'"')
                quoted = !quoted;
            else
                raw.append(text.at(i));
            ++i;
        }
        if (quoted) {
            *error = DeliveryFilter::tr("missing closing quote");
            *errorAt = t.start;
            return {};
        }
        t.length = i - t.start;
        if (raw.startsWith(u'-') && raw.size() > 1) {
            t.negated = true;
            raw.remove(0, 1);
        }
        static const QRegularExpression fieldTerm(QStringLiteral("^([a-z]+):(.*)$"));
        const auto m = fieldTerm.match(raw);
        if (m.hasMatch() && !text.mid(t.start, t.length).startsWith(u'"')) {
            t.field = m.captured(1);
            t.value = m.captured(2);
        } else {
            t.value = raw;
        }
        terms.append(t);
    }
    return terms;
}

std::optional<QDateTime> timeValue(const QString &value, const QDateTime &now)
{
    // Relative: -90s, -30m, -1h, -7d, -2w.
    static const QRegularExpression relative(QStringLiteral("^-(\\d{1,6})(s|m|h|d|w)$"));
    if (const auto m = relative.match(value); m.hasMatch()) {
        static const QHash<QString, qint64> unitSeconds{{QStringLiteral("s"), 1}, {QStringLiteral("m"), 60}, {QStringLiteral("h"), 3600},
                                                        {QStringLiteral("d"), 86'400}, {QStringLiteral("w"), 7 * 86'400}};
        return now.addSecs(-m.captured(1).toLongLong() * unitSeconds.value(m.captured(2)));
    }
    if (value.startsWith(u'-'))
        return std::nullopt;
    if (const auto zoned = parseIsoUtc(value))
        return zoned;
    for (const QString &format : {QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm"),
                                  QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd")}) {
        const QDateTime local = QDateTime::fromString(value, format);
        if (local.isValid())
            return local;
    }
    return std::nullopt;
}

QString likeEscaped(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return value;
}

// One term's condition; an empty string with `why` set when the value is not understood.
QString condition(const Term &t, const QDateTime &now, QVariantList &values, QString &why)
{
    const QString &v = t.value;
    if (t.field.isEmpty()) {
        // An id (or its beginning), as support staff paste them: a range over an indexed
        // column instead of a scan of every stored response.
        static const QRegularExpression idLike(QStringLiteral("^(msg|atmpt)_[A-Za-z0-9]+$"));
        if (const auto m = idLike.match(v); m.hasMatch()) {
            values << v << QString(v + QChar(0xffff));
            return m.captured(1) == u"msg" ? QStringLiteral("(msg_id >= ? AND msg_id < ?)")
                                           : QStringLiteral("msg_id IN (SELECT msg_id FROM attempts WHERE id >= ? AND id < ?)");
        }
        // Ids are matched above by their beginning; anything else is looked up as words of the
        // attempts' event types and responses in the full-text index (the last word as a
        // prefix), never by scanning every row.
        static const QRegularExpression wordy(QStringLiteral("[\\p{L}\\p{N}]"));
        if (!v.contains(wordy))
            return QStringLiteral("0"); // no word to look for: nothing matches
        QString phrase = v;
        values << QString(u'"' + phrase.replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*"));
        return DeliveryFilter::FullTextMarker; // resolved against the store (resolveFullText)
    }
    if (t.field == u"status") {
        if (v == u"succeeded" || v == u"success" || v == u"ok")
            return QStringLiteral("status = 0");
        if (v == u"dead")
            return QStringLiteral("status = 2");
        if (v == u"failed" || v == u"fail")
            return QStringLiteral("(error_class IS NOT NULL AND error_class <> 'none')");
        if (v == u"retrying")
            return QStringLiteral("(status = 1 AND attempts > 0)");
        if (v == u"pending")
            return QStringLiteral("status = 1");
        why = DeliveryFilter::tr("status is one of: %1").arg(StatusValues.join(QStringLiteral(", ")));
        return {};
    }
    if (t.field == u"attempt") {
        // Some attempt failed, whatever came after: an alert about failures that have since
        // been retried and delivered must still lead to them (status:failed is the last
        // attempt only). One probe of the attempts' (msg_id, endpoint_id, at) index per row.
        if (v == u"failed" || v == u"fail")
            return QStringLiteral("EXISTS (SELECT 1 FROM attempts fa WHERE fa.msg_id = deliveries.msg_id "
                                  "AND fa.endpoint_id = deliveries.endpoint_id AND fa.error_class <> 'none')");
        why = DeliveryFilter::tr("attempt:failed is the only attempt: term (some attempt failed, even if a later one succeeded)");
        return {};
    }
    if (t.field == u"code") {
        static const QRegularExpression cls(QStringLiteral("^([1-5])xx$"));
        static const QRegularExpression cmp(QStringLiteral("^(>=|<=|>|<|!=|=)?(\\d{1,3})$"));
        if (v == u"none" || v == u"0")
            return QStringLiteral("(http_code IS NULL OR http_code = 0)");
        if (const auto m = cls.match(v); m.hasMatch()) {
            const int base = m.captured(1).toInt() * 100;
            values << base << base + 100;
            return QStringLiteral("(http_code >= ? AND http_code < ?)");
        }
        if (const auto m = cmp.match(v); m.hasMatch()) {
            const QString op = m.captured(1).isEmpty() ? QStringLiteral("=") : m.captured(1);
            values << m.captured(2).toInt();
            return u"http_code " + (op == u"!=" ? QStringLiteral("<>") : op) + u" ?";
        }
        why = DeliveryFilter::tr("code is a status (404), a class (5xx), a comparison (>=500) or none");
        return {};
    }
    if (t.field == u"error") {
        if (!ErrorValues.contains(v)) {
            why = DeliveryFilter::tr("error is one of: %1").arg(ErrorValues.join(QStringLiteral(", ")));
            return {};
        }
        values << v;
        return QStringLiteral("error_class = ?");
    }
    if (t.field == u"event") {
        if (v.isEmpty()) {
            why = DeliveryFilter::tr("name an event type, e.g. event:call.* ");
            return {};
        }
        values << likeEscaped(v).replace(u'*', u'%');
        return QStringLiteral("event_type LIKE ? ESCAPE '\\'");
    }
    if (t.field == u"endpoint" || t.field == u"app") {
        if (v.isEmpty()) {
            why = DeliveryFilter::tr("name an application or endpoint, or part of its name, e.g. %1:acme").arg(t.field);
            return {};
        }
        // As the help says: part of a name, uid or description (or the beginning of an id), in
        // any case, is enough: app:globex finds "Globex Logistics", app:ACME finds "Acme
        // Health". The exact id also matches rows whose app or endpoint this history has no
        // record of yet. SQLite's LIKE folds ASCII case only.
        const QString part = u'%' + likeEscaped(v) + u'%';
        const QString start = likeEscaped(v) + u'%';
        if (t.field == u"endpoint") {
            values << v << start << part << part << part;
            return QStringLiteral("(endpoint_id = ? OR endpoint_id IN (SELECT id FROM endpoints WHERE id LIKE ? ESCAPE '\\' "
                                  "OR json_extract(json, '$.uid') LIKE ? ESCAPE '\\' OR json_extract(json, '$.description') LIKE ? ESCAPE '\\' "
                                  "OR json_extract(json, '$.url') LIKE ? ESCAPE '\\'))");
        }
        values << v << start << part << part;
        return QStringLiteral("(app_id = ? OR app_id IN (SELECT id FROM applications WHERE id LIKE ? ESCAPE '\\' "
                              "OR json_extract(json, '$.uid') LIKE ? ESCAPE '\\' OR json_extract(json, '$.name') LIKE ? ESCAPE '\\'))");
    }
    if (t.field == u"call") {
        // A call id as the engine found it in the payload: exact, so call:c_4 is not c_42
        // too, and answered from the (correlation_key, created_at) index.
        if (v.isEmpty()) {
            why = DeliveryFilter::tr("name a call id, e.g. call:c_42");
            return {};
        }
        values << v;
        // IS, not =: a message without a call id is "not this call" (-call:…), where = would
        // give NULL and drop it. SQLite answers IS from the index as it does =.
        return QStringLiteral("correlation_key IS ?");
    }
    if (t.field == u"after" || t.field == u"before") {
        const auto time = timeValue(v, now);
        if (!time) {
            why = DeliveryFilter::tr("%1 takes a time such as -30m, -1h, -7d, 2026-11-20 or 2026-11-20T10:00").arg(t.field);
            return {};
        }
        values << time->toMSecsSinceEpoch();
        return t.field == u"after" ? QStringLiteral("created_at >= ?") : QStringLiteral("created_at < ?");
    }
    why = DeliveryFilter::tr("unknown field \"%1\"; fields are %2").arg(t.field, DeliveryFilter::fields().join(QStringLiteral(", ")));
    return {};
}

} // namespace

const QStringList &DeliveryFilter::fields()
{
    static const QStringList names{QStringLiteral("status"), QStringLiteral("attempt"), QStringLiteral("code"), QStringLiteral("error"),
                                   QStringLiteral("event"), QStringLiteral("endpoint"), QStringLiteral("app"),
                                   QStringLiteral("call"), QStringLiteral("after"), QStringLiteral("before")};
    return names;
}

DeliveryFilter::Result DeliveryFilter::parse(const QString &text, const QDateTime &now)
{
    Result r;
    QString error;
    int errorAt = -1;
    const QList<Term> terms = tokenize(text, &error, &errorAt);
    if (!error.isEmpty()) {
        r.ok = false;
        r.error = error;
        r.errorStart = errorAt;
        r.errorLength = static_cast<int>(text.size()) - errorAt;
        return r;
    }
    QStringList conditions;
    for (const Term &t : terms) {
        QString why;
        const QString c = condition(t, now, r.values, why);
        if (c.isEmpty()) {
            r = Result{false, QString(), {}, why, t.start, t.length};
            return r;
        }
        conditions.append(t.negated ? u"NOT " + c : c);
    }
    if (!conditions.isEmpty())
        r.where = conditions.join(QStringLiteral(" AND "));
    return r;
}

namespace {
// Where the term under the cursor starts.
int termStart(const QString &text, int cursor)
{
    int start = std::clamp(cursor, 0, static_cast<int>(text.size()));
    while (start > 0 && !text.at(start - 1).isSpace())
        --start;
    return start;
}

QString quotedIfNeeded(const QString &value)
{
    return value.contains(u' ') ? u'"' + value + u'"' : value;
}
} // namespace

QString DeliveryFilter::resolveFullText(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    // How to ask depends on how common the words are. A few matches: fetch their deliveries
    // by key (fast, however old they are). Many: walk the log by time and test each row's
    // attempts against the set of matching rows, which stops after a page. Each way alone
    // took up to a second and a half at a million attempts where the other takes milliseconds.
    constexpr int Many = 2000;
    QString out;
    qsizetype from = 0;
    for (qsizetype at = where.indexOf(FullTextMarker); at >= 0; at = where.indexOf(FullTextMarker, from)) {
        const QString before = where.mid(from, at - from);
        out += before;
        const qsizetype valueIndex = where.left(at).count(u'?');
        qint64 matches = Many;
        if (db.isOpen() && valueIndex < values.size()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM attempt_text WHERE attempt_text MATCH ? LIMIT %1)").arg(Many));
            q.addBindValue(values.at(valueIndex));
            if (q.exec() && q.next())
                matches = q.value(0).toLongLong();
        }
        out += matches < Many ? QStringLiteral("msg_id IN (SELECT msg_id FROM attempt_text WHERE attempt_text MATCH ?)")
                              : QStringLiteral("EXISTS (SELECT 1 FROM attempts a WHERE a.msg_id = deliveries.msg_id AND "
                                               "a.endpoint_id = deliveries.endpoint_id AND a.rowid IN "
                                               "(SELECT rowid FROM attempt_text WHERE attempt_text MATCH ?))");
        from = at + FullTextMarker.size();
    }
    return out + where.mid(from);
}

std::pair<QString, int> DeliveryFilter::applyCompletion(const QString &text, int cursor, const QString &completion)
{
    cursor = std::clamp(cursor, 0, static_cast<int>(text.size()));
    int start = termStart(text, cursor);
    if (start < text.size() && text.at(start) == u'-')
        ++start;
    int end = cursor;
    while (end < text.size() && !text.at(end).isSpace())
        ++end;
    QString out = text.left(start);
    out.append(completion);
    const int at = static_cast<int>(out.size());
    out.append(text.mid(end));
    return {out, at};
}

QStringList DeliveryFilter::completions(const QString &text, int cursor, const CompletionValues &known)
{
    cursor = std::clamp(cursor, 0, static_cast<int>(text.size()));
    const int start = termStart(text, cursor);
    QString term = text.mid(start, cursor - start);
    if (term.startsWith(u'-'))
        term.remove(0, 1);
    const qsizetype colon = term.indexOf(u':');
    if (colon < 0) {
        QStringList out;
        for (const QString &f : fields()) {
            if (f.startsWith(term))
                out.append(f + u':');
        }
        return out;
    }
    const QString field = term.left(colon);
    const QString typed = term.mid(colon + 1);
    QStringList values = field == u"status" ? StatusValues
        : field == u"attempt"                 ? QStringList{QStringLiteral("failed")}
        : field == u"error"                   ? ErrorValues
        : field == u"code"                    ? CodeValues
        : field == u"endpoint"                ? known.endpoints
        : field == u"app"                     ? known.apps
                                              : QStringList();
    if (field == u"event") {
        for (const QString &e : known.events) {
            const QString group = e.section(u'.', 0, 0) + QStringLiteral(".*");
            if (!values.contains(group))
                values.append(group);
        }
        values.append(known.events);
    }
    QString bare = typed;
    bare.remove(u'"');
    QStringList out;
    for (const QString &v : values) {
        QString plain = v;
        if (plain.remove(u'"').startsWith(bare, Qt::CaseInsensitive) && !out.contains(field + u':' + quotedIfNeeded(plain)))
            out.append(field + u':' + quotedIfNeeded(plain));
        if (out.size() >= 50)
            break; // a popup, not a listing
    }
    return out;
}

DeliveryFilter::EngineFilter DeliveryFilter::engineRetryFilter(const QString &text, const QDateTime &now)
{
    EngineFilter out;
    QString error;
    int errorAt = -1;
    const QList<Term> terms = tokenize(text, &error, &errorAt);
    if (!error.isEmpty()) {
        out.error = error;
        return out;
    }
    QJsonArray eventTypes;
    for (const Term &t : terms) {
        const auto unsupported = [&] {
            out.error = tr("\"%1\" cannot be sent to the engine; bulk retry understands app:, endpoint:, "
                           "event: (exact names), code:Nxx, after:, before:, status:dead, status:failed and attempt:failed")
                            .arg(text.mid(t.start, t.length));
        };
        if (t.negated) {
            unsupported();
            return out;
        }
        if (t.field == u"app" || t.field == u"endpoint") {
            out.body.insert(t.field, t.value);
        } else if (t.field == u"event" && !t.value.contains(u'*') && !t.value.isEmpty()) {
            eventTypes.append(t.value);
        } else if (t.field == u"code" && t.value.size() == 3 && t.value.endsWith(QStringLiteral("xx"))
                   && t.value.at(0) >= u'1' && t.value.at(0) <= u'5') {
            out.body.insert(QStringLiteral("statusCodeClass"), (t.value.at(0).unicode() - u'0') * 100);
        } else if (t.field == u"after" || t.field == u"before") {
            const auto time = timeValue(t.value, now);
            if (!time) {
                unsupported();
                return out;
            }
            out.body.insert(t.field == u"after" ? QStringLiteral("since") : QStringLiteral("until"), toIsoUtc(*time));
        } else if ((t.field == u"status" && (t.value == u"dead" || t.value == u"failed"))
                   || (t.field == u"attempt" && t.value == u"failed")) {
            continue; // what the engine retries anyway: deliveries that failed (and not since)
        } else {
            unsupported();
            return out;
        }
    }
    if (out.body.contains(QLatin1StringView("endpoint")) && !out.body.contains(QLatin1StringView("app"))) {
        out.error = tr("name the endpoint's app too (app:…) to retry one endpoint");
        return out;
    }
    if (!eventTypes.isEmpty())
        out.body.insert(QStringLiteral("eventTypes"), eventTypes);
    out.ok = true;
    return out;
}

} // namespace sb::dashboard
