// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequestparser.h"

#include <QScopeGuard>

namespace sb {

namespace {

// RFC 9110 5.6.2: the characters allowed in methods and field names.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A chunk-size line is a few hex digits and perhaps an extension; a longer one is an attack.
constexpr qsizetype MaxChunkLineBytes = 1024;

} // namespace

HttpRequestParser::HttpRequestParser(qsizetype maxBodyBytes, qsizetype maxHeaderBytes)
    : m_maxBody(maxBodyBytes)
    , m_maxHeader(maxHeaderBytes)
{
}

bool HttpRequestParser::headersComplete() const
{
    return m_state != State::RequestLine && m_state != State::Headers && m_state != State::Failed;
}

HttpRequestParser::Event HttpRequestParser::fail(int status, const QString &detail)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorDetail = detail;
    return Event::Error;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest done = std::move(m_request);
    m_request = HttpRequest();
    m_state = State::RequestLine;
    m_headerBytes = 0;
    m_remaining = 0;
    m_expectContinue = false;
    return done;
}

HttpRequestParser::Event HttpRequestParser::parse(QByteArray &buffer)
{
    // Consumed bytes are removed once on the way out: removing per line would copy the rest
    // of a large buffer again for every header field.
    qsizetype pos = 0;
    const auto consume = qScopeGuard([&] { buffer.remove(0, pos); });

    for (;;) {
        switch (m_state) {
        case State::RequestLine:
        case State::Headers:
        case State::Trailers:
        case State::ChunkSize:
        case State::ChunkDataEnd: {
            const bool isChunkLine = m_state == State::ChunkSize || m_state == State::ChunkDataEnd;
            const qsizetype eol = buffer.indexOf('\n', pos);
            const qsizetype available = (eol < 0 ? buffer.size() : eol + 1) - pos;
            if (isChunkLine ? available > MaxChunkLineBytes
                            : m_headerBytes + available > m_maxHeader) {
                return isChunkLine ? fail(400, QStringLiteral("chunk size line too long"))
                                   : fail(431, QStringLiteral("request header fields too large"));
            }
            if (eol < 0)
                return Event::NeedMore;
            if (!isChunkLine)
                m_headerBytes += available;
            QByteArrayView line(buffer.constData() + pos, eol - pos);
            if (line.endsWith('\r'))
                line.chop(1);
            pos = eol + 1;

            if (m_state == State::RequestLine) {
                // RFC 9112 2.2: tolerate empty lines before a request line (some clients send
                // a CRLF after a POST body).
                if (line.isEmpty())
                    continue;
                if (!parseRequestLine(line))
                    return Event::Error;
                m_state = State::Headers;
            } else if (m_state == State::Headers) {
                if (line.isEmpty())
                    return finishHeaders();
                if (!parseHeaderLine(line))
                    return Event::Error;
            } else if (m_state == State::Trailers) {
                // Trailer fields are read and dropped: no webhook sender relies on them.
                if (line.isEmpty()) {
                    m_state = State::Complete;
                    return Event::RequestComplete;
                }
            } else if (m_state == State::ChunkDataEnd) {
                if (!line.isEmpty())
                    return fail(400, QStringLiteral("chunk data is longer than its size"));
                m_state = State::ChunkSize;
            } else if (!parseChunkSize(line)) {
                return Event::Error;
            }
            break;
        }
        case State::FixedBody:
        case State::ChunkData:
            takeBodyBytes(buffer, pos);
            if (m_remaining > 0)
                return Event::NeedMore;
            if (m_state == State::FixedBody) {
                m_state = State::Complete;
                return Event::RequestComplete;
            }
            m_state = State::ChunkDataEnd;
            break;
        case State::Complete:
            return Event::RequestComplete;
        case State::Failed:
            return Event::Error;
        }
    }
}

void HttpRequestParser::takeBodyBytes(const QByteArray &buffer, qsizetype &pos)
{
    const qsizetype n = qMin<qint64>(m_remaining, buffer.size() - pos);
    m_request.body.append(buffer.constData() + pos, n);
    pos += n;
    m_remaining -= n;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype first = line.indexOf(' ');
    const qsizetype last = line.lastIndexOf(' ');
    if (first <= 0 || last == first) {
        fail(400, QStringLiteral("malformed request line"));
        return false;
    }
    const QByteArrayView method = line.first(first);
    const QByteArrayView target = line.sliced(first + 1, last - first - 1);
    const QByteArrayView version = line.sliced(last + 1);
    if (!isToken(method)) {
        fail(400, QStringLiteral("malformed request method"));
        return false;
    }
    // Only origin-form ("/path?query"): this is a server, not a proxy.
    if (!target.startsWith('/') || target.contains(' ')) {
        fail(400, QStringLiteral("malformed request target"));
        return false;
    }
    for (const char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
            fail(400, QStringLiteral("control character in request target"));
            return false;
        }
    }
    if (version == "HTTP/1.1" || version == "HTTP/1.0") {
        m_request.minorVersion = version.back() - '0';
    } else if (version.size() == 8 && version.startsWith("HTTP/") && isDigit(version.at(5)) &&
               version.at(6) == '.' && isDigit(version.at(7))) {
        fail(505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are supported"));
        return false;
    } else {
        fail(400, QStringLiteral("malformed HTTP version"));
        return false;
    }
    m_request.method = method.toByteArray();
    const qsizetype question = target.indexOf('?');
    m_request.path = (question < 0 ? target : target.first(question)).toByteArray();
    m_request.query = question < 0 ? QByteArray() : target.sliced(question + 1).toByteArray();
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line)
{
    // Obsolete line folding (RFC 9112 5.2) is refused rather than guessed at.
    if (line.startsWith(' ') || line.startsWith('\t')) {
        fail(400, QStringLiteral("folded header line"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon))) {
        fail(400, QStringLiteral("malformed header field"));
        return false;
    }
    if (m_request.headers.size() >= MaxHeaderFields) {
        fail(431, QStringLiteral("too many header fields"));
        return false;
    }
    m_request.headers.append({line.first(colon).toByteArray().toLower(),
                              line.sliced(colon + 1).toByteArray().trimmed()});
    return true;
}

HttpRequestParser::Event HttpRequestParser::finishHeaders()
{
    const bool http11 = m_request.minorVersion >= 1;
    const QByteArray connection = m_request.header("connection");
    m_request.keepAlive = http11 ? !headerListHasToken(connection, "close")
                                 : headerListHasToken(connection, "keep-alive");
    m_expectContinue =
        http11 && m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;

    const bool chunked = m_request.hasHeader("transfer-encoding");
    const bool sized = m_request.hasHeader("content-length");
    // Both at once is how request smuggling starts; RFC 9112 6.3 allows refusing it.
    if (chunked && sized)
        return fail(400, QStringLiteral("both Transfer-Encoding and Content-Length"));
    if (chunked) {
        if (m_request.header("transfer-encoding").compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(501, QStringLiteral("only the chunked transfer coding is supported"));
        m_state = State::ChunkSize;
        return Event::HeadersComplete;
    }
    if (sized) {
        // Digits only: a repeated field joins to "5, 5", which is refused as well.
        const QByteArray value = m_request.header("content-length");
        bool digits = !value.isEmpty() && value.size() <= 18;
        for (const char c : value)
            digits = digits && isDigit(c);
        if (!digits)
            return fail(400, QStringLiteral("malformed Content-Length"));
        const qint64 length = value.toLongLong();
        if (length > m_maxBody) {
            m_announcedBody = length;
            return fail(413, u"body of " + QString::number(length) +
                                 u" bytes exceeds the limit of " + QString::number(m_maxBody) +
                                 u" bytes");
        }
        if (length > 0) {
            // Bounded, so a client cannot make us allocate the limit without sending it.
            m_request.body.reserve(qMin<qint64>(length, 1024 * 1024));
            m_remaining = length;
            m_state = State::FixedBody;
            return Event::HeadersComplete;
        }
    }
    m_state = State::Complete;
    return Event::RequestComplete;
}

bool HttpRequestParser::parseChunkSize(QByteArrayView line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArray digits =
        (semicolon < 0 ? line : line.first(semicolon)).toByteArray().trimmed();
    bool ok = !digits.isEmpty() && digits.size() <= 15;
    const qint64 size = ok ? digits.toLongLong(&ok, 16) : 0;
    if (!ok || size < 0) {
        fail(400, QStringLiteral("malformed chunk size"));
        return false;
    }
    if (size == 0) {
        m_state = State::Trailers;
        return true;
    }
    if (m_request.body.size() + size > m_maxBody) {
        fail(413, u"chunked body exceeds the limit of " + QString::number(m_maxBody) + u" bytes");
        return false;
    }
    m_remaining = size;
    m_state = State::ChunkData;
    return true;
}

} // namespace sb
