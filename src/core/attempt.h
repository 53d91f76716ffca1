// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statuscodes.h"
#include "validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

namespace sb {

class JsonWriter;

// Where the time of one HTTP try went, in milliseconds from its start (libcurl's view).
// -1 where a phase did not happen (no TLS on http://, no first byte after a refused connect).
struct AttemptTiming
{
    double connectMs = -1;
    double tlsMs = -1;
    double firstByteMs = -1;

    bool operator==(const AttemptTiming &) const = default;
};

// One HTTP try of one delivery. JSON as the Svix MessageAttemptOut, plus the error class,
// the trigger name and the timings.
struct Attempt
{
    QString id;  // atmpt_…
    QString msgId;
    QString endpointId;
    QUrl url;
    QString response;             // the start of the response body
    int responseStatusCode = 0;   // 0 when no response arrived
    qint64 responseDurationMs = 0;
    MessageStatus status = MessageStatus::Pending;
    TriggerType trigger = TriggerType::Scheduled;
    ErrorClass errorClass = ErrorClass::None;
    AttemptTiming timing;
    QDateTime timestamp;

    QJsonObject toJson() const;
    // The same text QJsonDocument writes for toJson(), without building the object: the
    // engine writes one per attempt into the change log.
    void writeJson(JsonWriter &out) const;
    static Parsed<Attempt> fromJson(const QJsonObject &json);

    bool operator==(const Attempt &) const = default;
};

} // namespace sb
