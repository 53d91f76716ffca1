// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpdispatcher.h"

#include "signedrequest.h"

#include "core/ids.h"
#include "core/jsonwriter.h"

#include <curl/curl.h>
#include <sys/socket.h>

#include <QHostAddress>

#include <memory>
#include <set>

namespace sb::engine {
namespace {

// Everything one transfer needs to outlive curl's use of it.
struct Transfer
{
    OutboundRequest request;
    const AddressPolicy *policy = nullptr;
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    QByteArray requestHeaders; // as logged
    QByteArray body;
    QByteArray responseHeaders;
    QByteArray retryAfter;
    qsizetype bodySeen = 0;
    bool bodyTooLarge = false;
    bool refusedByPolicy = false;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    ~Transfer()
    {
        if (headers)
            curl_slist_free_all(headers);
        if (easy)
            curl_easy_cleanup(easy);
    }
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const auto bytes = static_cast<qsizetype>(size * count);
    t->bodySeen += bytes;
    if (t->bodySeen > HttpDispatcher::ResponseBodyMax) {
        t->bodyTooLarge = true;
        return 0; // aborts the transfer with CURLE_WRITE_ERROR
    }
    const qsizetype room = HttpDispatcher::ResponseBodyKept - t->body.size();
    if (room > 0)
        t->body.append(data, std::min(room, bytes));
    return size * count;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const QByteArray line(data, static_cast<qsizetype>(size * count));
    if (t->responseHeaders.size() < 16 * 1024)
        t->responseHeaders.append(line);
    if (line.size() > 12 && line.first(12).toLower() == "retry-after:")
        t->retryAfter = line.mid(12).trimmed();
    return size * count;
}

curl_socket_t onOpenSocket(void *user, curlsocktype, curl_sockaddr *address)
{
    auto *t = static_cast<Transfer *>(user);
    QHostAddress peer(&address->addr);
    if (!t->policy->isAllowed(peer)) {
        t->refusedByPolicy = true;
        return CURL_SOCKET_BAD;
    }
    return ::socket(address->family, address->socktype, address->protocol);
}

ErrorClass classify(CURLcode code, const Transfer &t, int status)
{
    if (code == CURLE_OK) {
        if (status >= 200 && status < 300)
            return ErrorClass::None;
        return status >= 300 && status < 400 ? ErrorClass::Redirect : ErrorClass::HttpStatus;
    }
    if (t.refusedByPolicy)
        return ErrorClass::Policy;
    if (t.bodyTooLarge)
        return ErrorClass::BodyTooLarge;
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
        return ErrorClass::Timeout;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return ErrorClass::Dns;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
        return ErrorClass::Tls;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return ErrorClass::Policy;
    default:
        return ErrorClass::Connect;
    }
}

double phaseMs(CURL *easy, CURLINFO info)
{
    curl_off_t us = 0;
    if (curl_easy_getinfo(easy, info, &us) != CURLE_OK || us <= 0)
        return -1;
    return static_cast<double>(us) / 1000.0;
}

std::unique_ptr<Transfer> prepare(OutboundRequest request, const AddressPolicy *policy, bool httpsOnly)
{
    auto t = std::make_unique<Transfer>();
    t->request = std::move(request);
    t->policy = policy;
    t->easy = curl_easy_init();
    CURL *e = t->easy;
    const OutboundEndpoint &to = *t->request.endpoint;
    SignedHeaders signedHeaders = engine::signedHeaders(to, t->request.msgId, t->request.body, t->request.timestampSeconds);
    for (const QByteArray &h : std::as_const(signedHeaders.sent))
        t->headers = curl_slist_append(t->headers, h.constData());
    t->requestHeaders = std::move(signedHeaders.logged);
    const int timeoutMs = to.endpoint.timeoutMs;
    // curl adds "Expect: 100-continue" to larger POSTs: a round trip receivers never need.
    t->headers = curl_slist_append(t->headers, "Expect:");
    curl_easy_setopt(e, CURLOPT_URL, to.url.constData()); // held by the request's endpoint
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, httpsOnly ? "https" : "http,https");
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_POST, 1L);
    curl_easy_setopt(e, CURLOPT_POSTFIELDS, t->request.body.constData());
    curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(t->request.body.size()));
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(timeoutMs));
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(std::min(timeoutMs, 10'000)));
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, &onOpenSocket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, t.get());
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errorBuffer);
    curl_easy_setopt(e, CURLOPT_PRIVATE, t.get());
    return t;
}

OutboundResult collect(Transfer &t, CURLcode code)
{
    OutboundResult r;
    r.token = t.request.token;
    long status = 0;
    curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
    r.httpStatus = static_cast<int>(status);
    r.errorClass = classify(code, t, r.httpStatus);
    r.requestHeaders = std::move(t.requestHeaders);
    r.body = std::move(t.body);
    r.responseHeaders = std::move(t.responseHeaders);
    r.retryAfter = std::move(t.retryAfter);
    if (code != CURLE_OK) {
        r.errorText = t.refusedByPolicy
            ? QStringLiteral("refused by policy: the address is not public and not allow-listed")
            : QString::fromUtf8(t.errorBuffer[0] ? t.errorBuffer : curl_easy_strerror(code));
    }
    const double total = phaseMs(t.easy, CURLINFO_TOTAL_TIME_T);
    r.durationMs = total < 0 ? 0 : static_cast<qint64>(total + 0.5);
    r.timing.connectMs = phaseMs(t.easy, CURLINFO_CONNECT_TIME_T);
    r.timing.tlsMs = phaseMs(t.easy, CURLINFO_APPCONNECT_TIME_T);
    r.timing.firstByteMs = phaseMs(t.easy, CURLINFO_STARTTRANSFER_TIME_T);
    describeAttempt(r, t.request);
    return r;
}

} // namespace

void describeAttempt(OutboundResult &result, const OutboundRequest &request)
{
    Attempt &a = result.attempt;
    a.id = ids::generate(ids::Attempt);
    a.msgId = QString::fromLatin1(request.msgId);
    a.endpointId = request.endpointId;
    a.url = request.endpoint->endpoint.url;
    a.response = result.body.isEmpty() ? result.errorText : QString::fromUtf8(result.body);
    a.responseStatusCode = result.httpStatus;
    a.responseDurationMs = result.durationMs;
    a.trigger = request.trigger;
    a.errorClass = result.errorClass;
    a.timing = result.timing;
    a.timestamp = request.startedAt;
    a.status = result.errorClass == ErrorClass::None ? MessageStatus::Success : MessageStatus::Fail;
    JsonWriter json(768 + result.body.size());
    a.writeJson(json);
    result.attemptJson = json.take();
}

HttpDispatcher::HttpDispatcher(AddressPolicy policy, QObject *parent)
    : QObject(parent)
    , m_policy(std::move(policy))
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, 1024L);
}

HttpDispatcher::~HttpDispatcher()
{
    stop();
    curl_multi_cleanup(m_multi);
}

void HttpDispatcher::start()
{
    m_thread = std::thread([this] { run(); });
}

void HttpDispatcher::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    curl_multi_wakeup(m_multi);
    if (m_thread.joinable())
        m_thread.join();
}

void HttpDispatcher::submit(std::vector<OutboundRequest> requests)
{
    if (requests.empty())
        return;
    m_inFlight += static_cast<int>(requests.size());
    {
        const std::lock_guard lock(m_mutex);
        for (OutboundRequest &r : requests)
            m_incoming.push_back(std::move(r));
    }
    curl_multi_wakeup(m_multi);
}

void HttpDispatcher::run()
{
    std::vector<OutboundRequest> incoming;
    std::set<Transfer *> active;
    int running = 0;
    for (;;) {
        bool stopping = false;
        {
            const std::lock_guard lock(m_mutex);
            incoming.swap(m_incoming);
            stopping = m_stopping;
        }
        for (OutboundRequest &request : incoming) {
            std::unique_ptr<Transfer> t = prepare(std::move(request), &m_policy, m_httpsOnly);
            curl_multi_add_handle(m_multi, t->easy);
            active.insert(t.release()); // found again through CURLOPT_PRIVATE when done
        }
        incoming.clear();
        curl_multi_perform(m_multi, &running);

        QList<OutboundResult> results;
        int queued = 0;
        while (CURLMsg *msg = curl_multi_info_read(m_multi, &queued)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Transfer *raw = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &raw);
            std::unique_ptr<Transfer> t(raw);
            active.erase(raw);
            const CURLcode code = msg->data.result;
            curl_multi_remove_handle(m_multi, t->easy);
            results.append(collect(*t, code));
        }
        if (!results.isEmpty()) {
            m_inFlight -= static_cast<int>(results.size());
            QMetaObject::invokeMethod(this, [this, results] { emit finished(results); },
                                      Qt::QueuedConnection);
        }
        if (stopping) {
            // Whatever is still in flight is abandoned: those deliveries stay pending in the
            // store and go again after the restart (at-least-once).
            for (Transfer *t : active) {
                curl_multi_remove_handle(m_multi, t->easy);
                delete t;
            }
            m_inFlight -= static_cast<int>(active.size());
            active.clear();
            break;
        }
        curl_multi_poll(m_multi, nullptr, 0, 1000, nullptr);
    }
}

} // namespace sb::engine
