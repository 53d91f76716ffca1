// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesscontrol.h"

#include "core/validation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>

#include <any>
#include <atomic>
#include <memory>
#include <optional>

namespace sb::engine {

// Where an answer goes: the connection that asked, on its own thread. send() may be called
// from any thread; a connection that went away meanwhile drops the answer.
class ResponseSink
{
public:
    virtual ~ResponseSink() = default;
    virtual void send(int status, const QByteArray &contentType, const QByteArray &body) = 0;
};

// A request body decoded as JSON on the front worker that read it, so that the engine's thread
// only routes and validates (decoding is most of an ingest's CPU after parsing).
struct DecodedJson
{
    QJsonDocument document;
    QJsonParseError error{};
    bool decoded = false;

    static DecodedJson decode(const QByteArray &body);
};

// One API request, detached from the server's request object so a handler can answer after
// the store committed. Answers in the Svix shapes: {"code", "detail"} for errors, and
// {"detail": [{"loc", "msg", "type"}]} with 422 for validation failures.
class ApiCall
{
public:
    // Header names are lower case.
    ApiCall(std::shared_ptr<ResponseSink> sink, QByteArray body, QUrlQuery query,
            QList<QPair<QByteArray, QByteArray>> headers, QStringList args);

    const QByteArray &body() const { return m_body; }
    const QUrlQuery &query() const { return m_query; }
    const QStringList &args() const { return m_args; }
    // An alias route (ApiServer::alias) fills in the segments its path leaves out.
    void prependArgs(const QStringList &args) { m_args = args + m_args; }
    QByteArray header(QByteArrayView name) const;
    const Caller &caller() const { return m_caller; }
    // What a route's preparation (ApiServer::route's `prepare`) made of the request on the
    // front's worker thread, for its handler; null when there is none of type T.
    template <typename T>
    const T *prepared() const { return std::any_cast<T>(&m_prepared); }
    void setPrepared(std::any prepared) { m_prepared = std::move(prepared); }
    // The body as a JSON object, or nullopt when it is none; answers nothing (jsonBody does).
    std::optional<QJsonObject> jsonObject();
    void setCaller(Caller caller) { m_caller = std::move(caller); }
    // Every JSON answer then passes through it for the caller's role: payloads and response
    // bodies a viewer (or operator) may not read are masked however a route built them.
    void setMasker(std::shared_ptr<const Masker> masker) { m_masker = std::move(masker); }

    // The body as a JSON object; answers 400 itself and returns nullopt when it is not one.
    std::optional<QJsonObject> jsonBody();
    // The body already decoded elsewhere; jsonBody() then uses it instead of decoding again.
    void setDecodedBody(DecodedJson json) { m_decoded = std::move(json); }

    void json(int status, const QJsonValue &value);
    // `json` is already serialised JSON text.
    void rawJson(int status, const QByteArray &json);
    void noContent();
    void text(int status, const QByteArray &body, const QByteArray &contentType);
    void error(int status, const QString &code, const QString &detail);
    void validation(const ValidationErrors &errors);
    void notFound(const QString &what);
    bool answered() const { return m_answered.load(); }

private:
    void write(int status, const QByteArray &body, const QByteArray &contentType = "application/json");
    bool masking() const;

    std::shared_ptr<const Masker> m_masker;

    std::shared_ptr<ResponseSink> m_sink;
    QByteArray m_body;
    DecodedJson m_decoded;
    QUrlQuery m_query;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QStringList m_args;
    Caller m_caller;
    std::any m_prepared;
    std::atomic<bool> m_answered{false};
};

using ApiCallPtr = std::shared_ptr<ApiCall>;

} // namespace sb::engine
