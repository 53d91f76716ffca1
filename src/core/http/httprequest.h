// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace sb {

// Header fields in arrival order. Names are lower-cased by the parser: HTTP names are
// case-insensitive, and one spelling keeps lookups and the recorded JSON simple.
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP/1.x request as the parser assembled it, body de-chunked.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;      // the target up to '?', as sent (not percent-decoded)
    QByteArray query;     // the target after '?', without it
    int minorVersion = 1; // HTTP/1.<minorVersion>
    HttpHeaders headers;
    QByteArray body;
    bool keepAlive = true;

    // Every value of `name` (lower case) joined with ", ", as RFC 9110 allows for repeated
    // fields; a null QByteArray when the field is absent, so "absent" and "empty" differ.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

// Whether the comma-separated list `value` contains `token`, ignoring case ("Connection:
// keep-alive, Upgrade" lists "keep-alive").
bool headerListHasToken(QByteArrayView value, QByteArrayView token);

} // namespace sb
