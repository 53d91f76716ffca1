// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "timeformat.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace sb {

JsonReader::JsonReader(const QJsonObject &object, QString pathPrefix)
    : m_object(object)
    , m_prefix(std::move(pathPrefix))
{
}

QString JsonReader::fieldPath(QLatin1StringView key) const
{
    return m_prefix.isEmpty() ? QString(key) : m_prefix + u'.' + key;
}

void JsonReader::addError(const QString &field, const QString &message, const QString &type)
{
    m_errors.append({field, message, type});
}

bool JsonReader::present(QLatin1StringView key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull() && !it->isUndefined();
}

void JsonReader::missing(QLatin1StringView key)
{
    addError(fieldPath(key), QStringLiteral("field required"), QStringLiteral("value_error.missing"));
}

void JsonReader::wrongType(QLatin1StringView key, QLatin1StringView expected, const QString &type)
{
    addError(fieldPath(key), u"expected " + expected, type);
}

QString JsonReader::requiredString(QLatin1StringView key, qsizetype maxLength)
{
    if (!present(key)) {
        missing(key);
        return {};
    }
    return optionalString(key, maxLength).value_or(QString());
}

std::optional<QString> JsonReader::optionalString(QLatin1StringView key, qsizetype maxLength)
{
    if (!present(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        wrongType(key, QLatin1StringView("a string"), QStringLiteral("type_error.str"));
        return std::nullopt;
    }
    QString s = v.toString();
    if (maxLength > 0 && s.size() > maxLength) {
        addError(fieldPath(key), u"longer than " + QString::number(maxLength) + u" characters",
                 QStringLiteral("value_error.any_str.max_length"));
        return std::nullopt;
    }
    return s;
}

std::optional<double> JsonReader::optionalNumber(QLatin1StringView key, double min, double max)
{
    if (!present(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble()) {
        wrongType(key, QLatin1StringView("a number"), QStringLiteral("type_error.float"));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < min || d > max) {
        addError(fieldPath(key),
                 u"must be between " + QString::number(min) + u" and " + QString::number(max),
                 QStringLiteral("value_error.number.range"));
        return std::nullopt;
    }
    return d;
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1StringView key, qint64 min, qint64 max)
{
    if (!present(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || std::trunc(d) != d || std::abs(d) > 9007199254740992.0) {
        wrongType(key, QLatin1StringView("an integer"), QStringLiteral("type_error.integer"));
        return std::nullopt;
    }
    const auto i = static_cast<qint64>(d);
    if (i < min || i > max) {
        addError(fieldPath(key),
                 u"must be between " + QString::number(min) + u" and " + QString::number(max),
                 QStringLiteral("value_error.number.range"));
        return std::nullopt;
    }
    return i;
}

qint64 JsonReader::requiredInteger(QLatin1StringView key, qint64 min, qint64 max)
{
    if (!present(key)) {
        missing(key);
        return 0;
    }
    return optionalInteger(key, min, max).value_or(0);
}

std::optional<bool> JsonReader::optionalBool(QLatin1StringView key)
{
    if (!present(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        wrongType(key, QLatin1StringView("true or false"), QStringLiteral("type_error.bool"));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QJsonArray> JsonReader::optionalArray(QLatin1StringView key)
{
    if (!present(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        wrongType(key, QLatin1StringView("a list"), QStringLiteral("type_error.list"));
        return std::nullopt;
    }
    return v.toArray();
}

std::optional<QStringList> JsonReader::optionalStringList(QLatin1StringView key)
{
    const std::optional<QJsonArray> array = optionalArray(key);
    if (!array)
        return std::nullopt;
    QStringList out;
    out.reserve(array->size());
    bool good = true;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue item = array->at(i);
        if (!item.isString()) {
            addError(fieldPath(key) + u'[' + QString::number(i) + u']',
                     QStringLiteral("expected a string"), QStringLiteral("type_error.str"));
            good = false;
            continue;
        }
        out.append(item.toString());
    }
    if (!good)
        return std::nullopt;
    return out;
}

std::optional<QJsonObject> JsonReader::optionalObject(QLatin1StringView key)
{
    if (!present(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        wrongType(key, QLatin1StringView("an object"), QStringLiteral("type_error.dict"));
        return std::nullopt;
    }
    return v.toObject();
}

QJsonObject JsonReader::requiredObject(QLatin1StringView key)
{
    if (!present(key)) {
        missing(key);
        return {};
    }
    return optionalObject(key).value_or(QJsonObject());
}

std::optional<QMap<QString, QString>> JsonReader::optionalStringMap(QLatin1StringView key)
{
    const std::optional<QJsonObject> object = optionalObject(key);
    if (!object)
        return std::nullopt;
    QMap<QString, QString> out;
    bool good = true;
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        if (!it->isString()) {
            addError(fieldPath(key) + u'.' + it.key(), QStringLiteral("expected a string"),
                     QStringLiteral("type_error.str"));
            good = false;
            continue;
        }
        out.insert(it.key(), it->toString());
    }
    if (!good)
        return std::nullopt;
    return out;
}

std::optional<QDateTime> JsonReader::optionalTimestamp(QLatin1StringView key)
{
    const std::optional<QString> text = optionalString(key);
    if (!text)
        return std::nullopt;
    std::optional<QDateTime> time = parseIsoUtc(*text);
    if (!time) {
        addError(fieldPath(key), QStringLiteral("expected an ISO 8601 timestamp with a time zone"),
                 QStringLiteral("value_error.datetime"));
    }
    return time;
}

bool JsonReader::checkIdentifier(QLatin1StringView key, const QString &value)
{
    // A loop, not a regular expression: every ingested event type passes through here.
    const bool valid = !value.isEmpty() && value.size() <= 256
        && std::all_of(value.cbegin(), value.cend(), [](QChar c) {
               const char16_t u = c.unicode();
               return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                   || u == u'-' || u == u'_' || u == u'.';
           });
    if (!valid) {
        addError(fieldPath(key),
                 QStringLiteral("must be 1 to 256 characters of letters, digits, '-', '_' or '.'"),
                 QStringLiteral("value_error.str.regex"));
        return false;
    }
    return true;
}

} // namespace sb
