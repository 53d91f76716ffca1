// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscodes.h"

#include <array>
#include <utility>

namespace sb {
namespace {

constexpr std::array<std::pair<MessageStatus, QLatin1StringView>, 4> statusNames{{
    {MessageStatus::Success, QLatin1StringView("success")},
    {MessageStatus::Pending, QLatin1StringView("pending")},
    {MessageStatus::Fail, QLatin1StringView("fail")},
    {MessageStatus::Sending, QLatin1StringView("sending")},
}};

constexpr std::array<std::pair<TriggerType, QLatin1StringView>, 3> triggerNames{{
    {TriggerType::Scheduled, QLatin1StringView("scheduled")},
    {TriggerType::Manual, QLatin1StringView("manual")},
    {TriggerType::Test, QLatin1StringView("test")},
}};

constexpr std::array<std::pair<ErrorClass, QLatin1StringView>, 10> errorNames{{
    {ErrorClass::None, QLatin1StringView("none")},
    {ErrorClass::Timeout, QLatin1StringView("timeout")},
    {ErrorClass::Dns, QLatin1StringView("dns")},
    {ErrorClass::Connect, QLatin1StringView("connect")},
    {ErrorClass::Tls, QLatin1StringView("tls")},
    {ErrorClass::HttpStatus, QLatin1StringView("http")},
    {ErrorClass::Redirect, QLatin1StringView("redirect")},
    {ErrorClass::BodyTooLarge, QLatin1StringView("body-too-large")},
    {ErrorClass::Policy, QLatin1StringView("policy")},
    {ErrorClass::Internal, QLatin1StringView("internal")},
}};

template <typename Table, typename Enum>
QString nameOf(const Table &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString(name);
    }
    return {};
}

template <typename Table>
auto valueOf(const Table &table, QStringView name) -> std::optional<decltype(table[0].first)>
{
    for (const auto &[v, n] : table) {
        if (name == n)
            return v;
    }
    return std::nullopt;
}

} // namespace

QString statusText(MessageStatus status) { return nameOf(statusNames, status); }

std::optional<MessageStatus> messageStatusFromInt(qint64 value)
{
    if (value < 0 || value > 3)
        return std::nullopt;
    return static_cast<MessageStatus>(value);
}

std::optional<MessageStatus> messageStatusFromText(QStringView text)
{
    return valueOf(statusNames, text);
}

QString triggerName(TriggerType trigger) { return nameOf(triggerNames, trigger); }

int triggerWireValue(TriggerType trigger)
{
    return trigger == TriggerType::Scheduled ? 0 : 1;
}

std::optional<TriggerType> triggerFromName(QStringView name) { return valueOf(triggerNames, name); }

std::optional<TriggerType> triggerFromWireValue(qint64 value)
{
    if (value == 0)
        return TriggerType::Scheduled;
    if (value == 1)
        return TriggerType::Manual;
    return std::nullopt;
}

QString errorClassName(ErrorClass errorClass) { return nameOf(errorNames, errorClass); }

std::optional<ErrorClass> errorClassFromName(QStringView name) { return valueOf(errorNames, name); }

} // namespace sb
