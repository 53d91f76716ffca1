// SPDX-License-Identifier: GPL-3.0-or-later
#include "apicall.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb::engine {

ApiCall::ApiCall(std::shared_ptr<ResponseSink> sink, QByteArray body, QUrlQuery query,
                 QList<QPair<QByteArray, QByteArray>> headers, QStringList args)
    : m_sink(std::move(sink))
    , m_body(std::move(body))
    , m_query(std::move(query))
    , m_headers(std::move(headers))
    , m_args(std::move(args))
{
}

QByteArray ApiCall::header(QByteArrayView name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

DecodedJson DecodedJson::decode(const QByteArray &body)
{
    DecodedJson json;
    json.document = QJsonDocument::fromJson(body, &json.error);
    json.decoded = true;
    return json;
}

std::optional<QJsonObject> ApiCall::jsonBody()
{
    if (!m_decoded.decoded)
        m_decoded = DecodedJson::decode(m_body);
    const QJsonParseError &parseError = m_decoded.error;
    const QJsonDocument &doc = m_decoded.document;
    if (parseError.error != QJsonParseError::NoError) {
        error(400, QStringLiteral("invalid_json"),
              u"request body is not valid JSON: " + parseError.errorString() + u" at offset "
                  + QString::number(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error(400, QStringLiteral("invalid_json"), QStringLiteral("request body must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QJsonObject> ApiCall::jsonObject()
{
    if (!m_decoded.decoded)
        m_decoded = DecodedJson::decode(m_body);
    if (m_decoded.error.error != QJsonParseError::NoError || !m_decoded.document.isObject())
        return std::nullopt;
    return m_decoded.document.object();
}

void ApiCall::write(int status, const QByteArray &body, const QByteArray &contentType)
{
    // Once: a handler may answer from a reader or writer callback on another thread.
    if (m_answered.exchange(true))
        return;
    m_sink->send(status, body.isEmpty() ? QByteArray() : contentType, body);
}

bool ApiCall::masking() const { return m_masker && m_masker->masks(maskAudience(m_caller.role)); }

void ApiCall::json(int status, const QJsonValue &value)
{
    const QJsonValue shown = masking() ? m_masker->maskAnswer(value, maskAudience(m_caller.role)) : value;
    const QJsonDocument doc = shown.isArray() ? QJsonDocument(shown.toArray()) : QJsonDocument(shown.toObject());
    write(status, doc.toJson(QJsonDocument::Compact));
}

void ApiCall::rawJson(int status, const QByteArray &text)
{
    if (!masking())
        return write(status, text);
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    json(status, doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
}

void ApiCall::noContent() { write(204, {}); }

void ApiCall::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    write(status, body, contentType);
}

void ApiCall::error(int status, const QString &code, const QString &detail)
{
    json(status, QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("detail"), detail}});
}

void ApiCall::validation(const ValidationErrors &errors)
{
    QJsonArray detail;
    for (const ValidationError &e : errors) {
        QJsonArray loc{QStringLiteral("body")};
        for (const QString &part : e.field.split(u'.', Qt::SkipEmptyParts))
            loc.append(part);
        detail.append(QJsonObject{{QStringLiteral("loc"), loc},
                                  {QStringLiteral("msg"), e.message},
                                  {QStringLiteral("type"), e.type}});
    }
    json(422, QJsonObject{{QStringLiteral("detail"), detail}});
}

void ApiCall::notFound(const QString &what)
{
    error(404, QStringLiteral("not_found"), what + u" not found");
}

} // namespace sb::engine
