// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace sb {

// A tenant: one customer of the voice-AI platform. JSON as the Svix ApplicationIn/Out.
struct Application
{
    QString id;                  // app_…
    QString uid;                 // the producer's own identifier, optional
    QString name;
    std::optional<int> rateLimit; // messages per second across the application
    QMap<QString, QString> metadata;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Switchboard's: where this tenant's payloads hold the call id (JSON pointers, tried in
    // order); absent: correlation::defaultPointers().
    std::optional<QStringList> correlationPointers = {};

    QJsonObject toJson() const;
    QStringList effectiveCorrelationPointers() const;
    // Reads ApplicationIn; id and timestamps too when present, so output round-trips.
    static Parsed<Application> fromJson(const QJsonObject &json);

    bool operator==(const Application &) const = default;
};

} // namespace sb
