// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace sb {

// Numeric values are the Svix API's MessageStatus: SDKs decode them as an enum.
enum class MessageStatus { Success = 0, Pending = 1, Fail = 2, Sending = 3 };

// Svix knows scheduled (0) and manual (1). Test sends are Switchboard's own; on the wire they
// keep triggerType 1 so typed SDKs still decode them, and carry "trigger": "test" beside it.
enum class TriggerType { Scheduled = 0, Manual = 1, Test = 2 };

// Why an attempt failed, as operators group failures in charts and filters.
enum class ErrorClass {
    None,         // the receiver answered 2xx
    Timeout,      // no complete answer within the endpoint's timeout
    Dns,          // the host name did not resolve
    Connect,      // refused, reset or unreachable
    Tls,          // handshake or certificate failure
    HttpStatus,   // the receiver answered with a non-2xx, non-3xx status
    Redirect,     // 3xx: redirects are never followed
    BodyTooLarge, // the response body exceeded what the engine reads
    Policy,       // refused before sending: private address, plain HTTP in HTTPS-only mode
    Internal,     // the engine could not build the request
};

QString statusText(MessageStatus status);
std::optional<MessageStatus> messageStatusFromInt(qint64 value);
std::optional<MessageStatus> messageStatusFromText(QStringView text);

QString triggerName(TriggerType trigger);
int triggerWireValue(TriggerType trigger);
std::optional<TriggerType> triggerFromName(QStringView name);
std::optional<TriggerType> triggerFromWireValue(qint64 value);

QString errorClassName(ErrorClass errorClass);
std::optional<ErrorClass> errorClassFromName(QStringView name);

} // namespace sb
