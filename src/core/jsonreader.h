// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace sb {

// Reads fields out of a JSON object and collects every problem with the field's name, so a
// client sees all its mistakes in one answer. Missing and null both mean "absent" for the
// optional readers, as the Svix API treats them.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, QString pathPrefix = {});

    QString requiredString(QLatin1StringView key, qsizetype maxLength = 0);
    std::optional<QString> optionalString(QLatin1StringView key, qsizetype maxLength = 0);

    std::optional<qint64> optionalInteger(QLatin1StringView key, qint64 min, qint64 max);
    qint64 requiredInteger(QLatin1StringView key, qint64 min, qint64 max);
    std::optional<double> optionalNumber(QLatin1StringView key, double min, double max);
    std::optional<bool> optionalBool(QLatin1StringView key);

    std::optional<QStringList> optionalStringList(QLatin1StringView key);
    std::optional<QJsonArray> optionalArray(QLatin1StringView key);
    std::optional<QJsonObject> optionalObject(QLatin1StringView key);
    QJsonObject requiredObject(QLatin1StringView key);
    std::optional<QMap<QString, QString>> optionalStringMap(QLatin1StringView key);
    std::optional<QDateTime> optionalTimestamp(QLatin1StringView key);

    // Checks `value` against the Svix identifier rule ^[a-zA-Z0-9\-_.]+$ and reports under `key`.
    bool checkIdentifier(QLatin1StringView key, const QString &value);

    void addError(const QString &field, const QString &message, const QString &type);
    QString fieldPath(QLatin1StringView key) const;

    const QJsonObject &object() const { return m_object; }
    const ValidationErrors &errors() const { return m_errors; }
    bool ok() const { return m_errors.isEmpty(); }

private:
    bool present(QLatin1StringView key) const;
    void missing(QLatin1StringView key);
    void wrongType(QLatin1StringView key, QLatin1StringView expected, const QString &type);

    QJsonObject m_object;
    QString m_prefix;
    ValidationErrors m_errors;
};

} // namespace sb
