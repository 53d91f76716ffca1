// SPDX-License-Identifier: GPL-3.0-or-later
#include "correlation.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace sb::correlation {
namespace {

QJsonValue resolve(const QJsonObject &payload, QStringView pointer)
{
    QJsonValue at = payload;
    for (QStringView token : pointer.mid(1).split(u'/')) {
        QString name = token.toString();
        name.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (at.isObject()) {
            at = at.toObject().value(name);
        } else if (at.isArray()) {
            bool ok = false;
            const int index = name.toInt(&ok);
            if (!ok || index < 0 || index >= at.toArray().size())
                return {};
            at = at.toArray().at(index);
        } else {
            return {};
        }
    }
    return at;
}

} // namespace

QStringList defaultPointers() { return {QStringLiteral("/call_id"), QStringLiteral("/data/call_id")}; }

bool isPointer(QStringView pointer)
{
    if (pointer.isEmpty())
        return true;
    if (!pointer.startsWith(u'/'))
        return false;
    for (qsizetype i = 0; i < pointer.size(); ++i) {
        if (pointer[i] == u'~' && (i + 1 >= pointer.size() || (pointer[i + 1] != u'0' && pointer[i + 1] != u'1')))
            return false;
    }
    return true;
}

QString keyOf(const QJsonObject &payload, const QStringList &pointers)
{
    for (const QString &pointer : pointers) {
        const QJsonValue value = resolve(payload, pointer);
        QString key;
        if (value.isString()) {
            key = value.toString();
        } else if (value.isDouble()) {
            // Call ids are sometimes numbers: only whole ones read as a key.
            const double number = value.toDouble();
            if (std::trunc(number) == number && std::abs(number) < 1e15)
                key = QString::number(static_cast<qint64>(number));
        }
        if (!key.isEmpty() && key.size() <= MaxKeyLength)
            return key;
    }
    return {};
}

} // namespace sb::correlation
