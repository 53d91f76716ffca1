// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QString>

namespace sb {

// An incremental HTTP/1.x request parser: feed it whatever the socket delivered and it
// consumes complete pieces from the front of the buffer. It knows nothing about sockets, so
// malformed and hostile input can be tested byte by byte.
//
// Bodies come with Content-Length or chunked transfer coding (de-chunked here, trailers
// dropped). A request without either has no body (RFC 9112 6.3).
class HttpRequestParser
{
public:
    enum class Event {
        NeedMore,        // everything buffered was consumed; feed more
        HeadersComplete, // a body follows; the caller may answer "100 Continue" now
        RequestComplete, // takeRequest() returns it
        Error,           // errorStatus() and errorDetail() say why; the connection is unusable
    };

    static constexpr qsizetype DefaultMaxBodyBytes = 8 * 1024 * 1024;
    // Request line, header fields and trailers together.
    static constexpr qsizetype DefaultMaxHeaderBytes = 64 * 1024;
    static constexpr int MaxHeaderFields = 200;

    explicit HttpRequestParser(qsizetype maxBodyBytes = DefaultMaxBodyBytes,
                               qsizetype maxHeaderBytes = DefaultMaxHeaderBytes);

    Event parse(QByteArray &buffer);
    // The completed request; the parser is then ready for the next one on the connection.
    HttpRequest takeRequest();

    bool expectsContinue() const { return m_expectContinue; }
    int errorStatus() const { return m_errorStatus; }
    const QString &errorDetail() const { return m_errorDetail; }
    // Whether the request being read has its headers complete (its body may still follow).
    bool headersComplete() const;
    // The request so far: after HeadersComplete, everything but the body.
    const HttpRequest &request() const { return m_request; }
    // After a 413 for an announced Content-Length: how many body bytes the client will still
    // send, so the connection can read them away before closing. -1 when unknown (chunked).
    qint64 announcedBodyBytes() const { return m_announcedBody; }

private:
    enum class State {
        RequestLine,
        Headers,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Complete,
        Failed,
    };

    Event fail(int status, const QString &detail);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    Event finishHeaders();
    bool parseChunkSize(QByteArrayView line);
    void takeBodyBytes(const QByteArray &buffer, qsizetype &pos);

    qsizetype m_maxBody;
    qsizetype m_maxHeader;
    State m_state = State::RequestLine;
    HttpRequest m_request;
    qsizetype m_headerBytes = 0;
    qint64 m_remaining = 0; // of the fixed-length body or of the current chunk
    bool m_expectContinue = false;
    int m_errorStatus = 0;
    QString m_errorDetail;
    qint64 m_announcedBody = -1;
};

} // namespace sb
