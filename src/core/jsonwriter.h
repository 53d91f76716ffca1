// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <utility>

QT_BEGIN_NAMESPACE
class QJsonArray;
class QJsonObject;
class QJsonValue;
QT_END_NAMESPACE

namespace sb {

// Writes compact JSON text straight into one buffer, for the engine's hot path: building a
// QJsonObject and serialising it through QJsonDocument cost more than the SQL it feeds
// (docs/performance.md). Numbers and strings come out as QJsonDocument::Compact writes them,
// so a writer that puts keys in sorted order (QJsonObject's order) produces the same text.
//
//   JsonWriter w;
//   w.beginObject().key("id").value(id).key("done").value(true).endObject();
//   QByteArray text = w.take();
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 512) { m_out.reserve(reserve); }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    // An object member's name; the next call writes its value.
    JsonWriter &key(QLatin1StringView name);
    template <qsizetype N>
    JsonWriter &key(const char (&name)[N]) { return key(QLatin1StringView(name, N - 1)); }
    JsonWriter &key(const QString &name);

    JsonWriter &value(const QString &text);
    JsonWriter &value(QLatin1StringView text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(static_cast<qint64>(number)); }
    JsonWriter &value(double number);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    // Parsed JSON, written as QJsonDocument::Compact writes it (byte for byte), faster.
    JsonWriter &value(const QJsonValue &json);
    JsonWriter &value(const QJsonObject &object);
    JsonWriter &value(const QJsonArray &array);
    // JSON text that is already valid (a stored payload, another writer's output).
    JsonWriter &raw(QByteArrayView json);
    // A string, or null when `text` is empty (optional fields).
    JsonWriter &stringOrNull(const QString &text);

    // The text, without the room made for the worst case while writing when that room is
    // large (a string's worst case is six bytes a character).
    QByteArray take();

    // QJsonDocument(object).toJson(QJsonDocument::Compact), the same bytes: what a webhook's
    // body is made of (signed and stored as they are).
    static QByteArray compact(const QJsonObject &object, qsizetype reserve = 512);

private:
    void separate();
    void appendString(const QString &text);
    void appendString(QLatin1StringView text);

    QByteArray m_out;
};

} // namespace sb
