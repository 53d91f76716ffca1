// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/application.h"
#include "core/attempt.h"
#include "core/delivery.h"
#include "core/endpoint.h"
#include "core/message.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

// Turns store rows into domain types and domain types into column values.
namespace sb::engine::rowcodec {

QString toJsonText(const QJsonObject &object);
QVariant listToColumn(const std::optional<QStringList> &list);
std::optional<QStringList> listFromColumn(const QVariant &value);
QDateTime timeFromColumn(const QVariant &ms);

std::optional<Application> application(const QVariant &json);
std::optional<Endpoint> endpoint(const QVariant &json);
// Columns: id, app_id, event_type, event_id, channels, tags, created_at, body.
Message message(const QSqlQuery &row);
// Columns: msg_id, endpoint_id, status, attempt_count, next_attempt, updated_at.
Delivery delivery(const QSqlQuery &row);

inline constexpr QLatin1StringView AttemptColumns{
    "id, msg_id, endpoint_id, created_at, status, trigger_type, url, response_code, "
    "response_body, duration_ms, connect_ms, tls_ms, first_byte_ms, error_class"};
Attempt attempt(const QSqlQuery &row);

} // namespace sb::engine::rowcodec
