// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequest.h"

namespace sb {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    QByteArray joined;
    bool found = false;
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key) != name)
            continue;
        if (found)
            joined += ", ";
        joined += value;
        found = true;
    }
    if (found && joined.isNull())
        joined = QByteArray(""); // present but empty must not read as absent
    return joined;
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &field : headers) {
        if (QByteArrayView(field.first) == name)
            return true;
    }
    return false;
}

bool headerListHasToken(QByteArrayView value, QByteArrayView token)
{
    for (const QByteArray &part : value.toByteArray().split(',')) {
        if (QByteArrayView(part.trimmed()).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace sb
