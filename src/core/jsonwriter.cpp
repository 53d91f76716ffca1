// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace sb {
namespace {

char hexDigit(uint v) { return static_cast<char>(v < 10 ? '0' + v : 'a' + v - 10); }

// The escapes QJsonDocument writes: \" \\ \b \f \n \r \t, \u00xx for other control characters.
// Writes at `out` (room for 6 bytes) and returns the end; nullptr when `u` needs no escape.
char *writeAsciiEscaped(char *out, char16_t u)
{
    if (u >= 0x20 && u != u'"' && u != u'\\')
        return nullptr;
    *out++ = '\\';
    switch (u) {
    case u'"': *out++ = '"'; break;
    case u'\\': *out++ = '\\'; break;
    case 0x08: *out++ = 'b'; break;
    case 0x0c: *out++ = 'f'; break;
    case 0x0a: *out++ = 'n'; break;
    case 0x0d: *out++ = 'r'; break;
    case 0x09: *out++ = 't'; break;
    default:
        *out++ = 'u';
        *out++ = '0';
        *out++ = '0';
        *out++ = hexDigit(u >> 4);
        *out++ = hexDigit(u & 0xf);
    }
    return out;
}

char *writeUnicodeEscape(char *out, char16_t u)
{
    *out++ = '\\';
    *out++ = 'u';
    for (int shift = 12; shift >= 0; shift -= 4)
        *out++ = hexDigit((u >> shift) & 0xf);
    return out;
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

QByteArray JsonWriter::take()
{
    // Only when the room left is large: callers reserve generously on purpose, and giving
    // back a few hundred bytes would cost a copy on every change record.
    if (m_out.capacity() - m_out.size() > std::max<qsizetype>(m_out.size() / 2, 4096))
        m_out.squeeze();
    return std::exchange(m_out, QByteArray());
}

JsonWriter &JsonWriter::key(const QString &name)
{
    separate();
    appendString(name);
    m_out.append(':');
    return *this;
}

JsonWriter &JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return value(json.toBool());
    case QJsonValue::Double: {
        // Qt keeps a whole number it parsed without a fraction or exponent as an integer and
        // writes it as one: 1e17 stays "1e+17", 100000000000000000 stays as it came.
        const QVariant number = json.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            return value(number.toLongLong());
        return value(json.toDouble());
    }
    case QJsonValue::String:
        return value(json.toString());
    case QJsonValue::Array:
        return value(json.toArray());
    case QJsonValue::Object:
        return value(json.toObject());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return null();
}

JsonWriter &JsonWriter::value(const QJsonObject &object)
{
    beginObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        key(it.key()).value(it.value());
    return endObject();
}

JsonWriter &JsonWriter::value(const QJsonArray &array)
{
    beginArray();
    for (const QJsonValue &element : array)
        value(element);
    return endArray();
}

QByteArray JsonWriter::compact(const QJsonObject &object, qsizetype reserve)
{
    JsonWriter out(reserve);
    out.value(object);
    QByteArray body = out.take();
    body.squeeze(); // a body waits in memory until every endpoint got it: no spare room
    return body;
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

// Both appendString()s write through a pointer into room made once for the worst case (six
// bytes per unit, \u00xx), then cut the buffer to what was written: appending byte by byte
// was the largest single cost of the engine's change records (docs/performance.md).
void JsonWriter::appendString(const QString &text)
{
    const qsizetype at = m_out.size();
    m_out.resize(at + 2 + 6 * text.size());
    char *out = m_out.data() + at;
    *out++ = '"';
    const char16_t *src = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (char *escaped = writeAsciiEscaped(out, u))
                out = escaped;
            else
                *out++ = static_cast<char>(u);
        } else if (u < 0x800) {
            *out++ = static_cast<char>(0xc0 | (u >> 6));
            *out++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            // Two units in, four bytes out: within the six per unit made room for.
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *out++ = static_cast<char>(0xf0 | (c >> 18));
            *out++ = static_cast<char>(0x80 | ((c >> 12) & 0x3f));
            *out++ = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            *out++ = static_cast<char>(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            out = writeUnicodeEscape(out, u); // a lone surrogate is not UTF-8: escape it, as Qt does
        } else {
            *out++ = static_cast<char>(0xe0 | (u >> 12));
            *out++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            *out++ = static_cast<char>(0x80 | (u & 0x3f));
        }
    }
    *out++ = '"';
    m_out.resize(out - m_out.constData());
}

void JsonWriter::appendString(QLatin1StringView text)
{
    const qsizetype at = m_out.size();
    m_out.resize(at + 2 + 6 * text.size());
    char *out = m_out.data() + at;
    *out++ = '"';
    for (const char c : text) {
        const auto u = static_cast<uchar>(c);
        if (u >= 0x80) {
            *out++ = static_cast<char>(0xc0 | (u >> 6));
            *out++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (char *escaped = writeAsciiEscaped(out, u)) {
            out = escaped;
        } else {
            *out++ = c;
        }
    }
    *out++ = '"';
    m_out.resize(out - m_out.constData());
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
