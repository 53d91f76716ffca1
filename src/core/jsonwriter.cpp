// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QLocale>

#include <cmath>

namespace sb {
namespace {

char hexDigit(uint v) { return static_cast<char>(v < 10 ? '0' + v : 'a' + v - 10); }

// The escapes QJsonDocument writes: \" \\ \b \f \n \r \t, \u00xx for other control characters.
bool appendAsciiEscaped(QByteArray &out, char16_t u)
{
    if (u >= 0x20 && u != u'"' && u != u'\\')
        return false;
    out.append('\\');
    switch (u) {
    case u'"': out.append('"'); break;
    case u'\\': out.append('\\'); break;
    case 0x08: out.append('b'); break;
    case 0x0c: out.append('f'); break;
    case 0x0a: out.append('n'); break;
    case 0x0d: out.append('r'); break;
    case 0x09: out.append('t'); break;
    default:
        out.append("u00").append(hexDigit(u >> 4)).append(hexDigit(u & 0xf));
    }
    return true;
}

void appendUnicodeEscape(QByteArray &out, char16_t u)
{
    out.append("\\u");
    for (int shift = 12; shift >= 0; shift -= 4)
        out.append(hexDigit((u >> shift) & 0xf));
}

} // namespace

void JsonWriter::separate()
{
    // A comma goes before every member and element except the first; after a key's colon
    // the value follows directly.
    if (m_out.isEmpty())
        return;
    const char last = m_out.back();
    if (last != '{' && last != '[' && last != ':')
        m_out.append(',');
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    separate();
    appendString(name);
    m_out.append(':');
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    appendString(text);
    return *this;
}

JsonWriter &JsonWriter::value(QLatin1StringView text)
{
    separate();
    appendString(text);
    return *this;
}

void JsonWriter::appendString(const QString &text)
{
    m_out.append('"');
    const char16_t *src = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (!appendAsciiEscaped(m_out, u))
                m_out.append(static_cast<char>(u));
        } else if (u < 0x800) {
            m_out.append(static_cast<char>(0xc0 | (u >> 6))).append(static_cast<char>(0x80 | (u & 0x3f)));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            m_out.append(static_cast<char>(0xf0 | (c >> 18)))
                .append(static_cast<char>(0x80 | ((c >> 12) & 0x3f)))
                .append(static_cast<char>(0x80 | ((c >> 6) & 0x3f)))
                .append(static_cast<char>(0x80 | (c & 0x3f)));
        } else if (QChar::isSurrogate(u)) {
            appendUnicodeEscape(m_out, u); // a lone surrogate is not UTF-8: escape it, as Qt does
        } else {
            m_out.append(static_cast<char>(0xe0 | (u >> 12)))
                .append(static_cast<char>(0x80 | ((u >> 6) & 0x3f)))
                .append(static_cast<char>(0x80 | (u & 0x3f)));
        }
    }
    m_out.append('"');
}

void JsonWriter::appendString(QLatin1StringView text)
{
    m_out.append('"');
    for (const char c : text) {
        const auto u = static_cast<uchar>(c);
        if (u >= 0x80)
            m_out.append(static_cast<char>(0xc0 | (u >> 6))).append(static_cast<char>(0x80 | (u & 0x3f)));
        else if (!appendAsciiEscaped(m_out, u))
            m_out.append(c);
    }
    m_out.append('"');
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    // QJsonDocument's format for doubles; it writes null for infinities and NaN.
    if (std::isfinite(number))
        m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    else
        m_out.append("null");
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out.append(json);
    return *this;
}

JsonWriter &JsonWriter::stringOrNull(const QString &text)
{
    return text.isEmpty() ? null() : value(text);
}

} // namespace sb
