// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sb {

// One problem found in client input. `field` is a dotted path ("endpoint.url", "filterTypes[2]");
// `type` follows the codes the Svix API puts in its 422 bodies ("value_error.missing", ...).
struct ValidationError
{
    QString field;
    QString message;
    QString type;

    bool operator==(const ValidationError &) const = default;
};

using ValidationErrors = QList<ValidationError>;

// "field: message; field: message", for logs and command-line tools.
QString describe(const ValidationErrors &errors);

// The result of parsing client input: a value, or every error that was found.
template <typename T>
struct Parsed
{
    std::optional<T> value;
    ValidationErrors errors;

    bool ok() const { return value.has_value(); }
    explicit operator bool() const { return ok(); }
    QString errorString() const { return describe(errors); }

    static Parsed failure(ValidationErrors errs) { return Parsed{std::nullopt, std::move(errs)}; }
    static Parsed success(T v) { return Parsed{std::move(v), {}}; }
};

} // namespace sb
