// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamframe.h"

#include "jsonhelpers.h"
#include "jsonreader.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb {

QJsonObject StreamFrame::toJson() const
{
    return QJsonObject{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("type"), type},
        {QStringLiteral("at"), optionalTimeToJson(at)},
        {QStringLiteral("data"), data},
    };
}

Parsed<StreamFrame> StreamFrame::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    StreamFrame f;
    f.seq = r.requiredInteger(QLatin1StringView("seq"), 0, std::numeric_limits<qint64>::max());
    f.type = r.requiredString(QLatin1StringView("type"), 128);
    if (r.ok() && f.type.isEmpty())
        r.addError(QStringLiteral("type"), QStringLiteral("must not be empty"), QStringLiteral("value_error"));
    const auto at = r.optionalTimestamp(QLatin1StringView("at"));
    if (!at && !json.contains(QLatin1StringView("at")))
        r.addError(QStringLiteral("at"), QStringLiteral("field required"), QStringLiteral("value_error.missing"));
    f.at = at.value_or(QDateTime());
    f.data = r.optionalObject(QLatin1StringView("data")).value_or(QJsonObject());
    if (!r.ok())
        return Parsed<StreamFrame>::failure(r.errors());
    return Parsed<StreamFrame>::success(std::move(f));
}

QByteArray StreamFrame::encodeBatch(const QList<StreamFrame> &frames)
{
    QJsonArray array;
    for (const StreamFrame &f : frames)
        array.append(f.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray StreamFrame::encodeRaw(qint64 seq, QLatin1StringView type, const QDateTime &at,
                                  const QByteArray &dataJson)
{
    QByteArray out;
    out.reserve(dataJson.size() + 96);
    out.append("{\"seq\":").append(QByteArray::number(seq)).append(",\"type\":\"").append(type)
        .append("\",\"at\":\"").append(toIsoUtc(at).toLatin1()).append("\",\"data\":")
        .append(dataJson.isEmpty() ? QByteArray("{}") : dataJson).append('}');
    return out;
}

Parsed<QList<StreamFrame>> StreamFrame::decode(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (doc.isNull()) {
        return Parsed<QList<StreamFrame>>::failure(
            {{QString(), u"not JSON: " + error.errorString(), QStringLiteral("value_error.json")}});
    }
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else
        items.append(doc.object());
    QList<StreamFrame> frames;
    frames.reserve(items.size());
    ValidationErrors errors;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            errors.append({u'[' + QString::number(i) + u']', QStringLiteral("expected an object"),
                           QStringLiteral("type_error.dict")});
            continue;
        }
        Parsed<StreamFrame> f = fromJson(items.at(i).toObject());
        if (!f) {
            for (ValidationError e : f.errors) {
                e.field = u'[' + QString::number(i) + u"]." + e.field;
                errors.append(e);
            }
            continue;
        }
        frames.append(std::move(*f.value));
    }
    if (!errors.isEmpty())
        return Parsed<QList<StreamFrame>>::failure(errors);
    return Parsed<QList<StreamFrame>>::success(std::move(frames));
}

} // namespace sb
