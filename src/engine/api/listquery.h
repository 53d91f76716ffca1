// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicall.h"
#include "engine/store/logqueries.h"

#include "core/validation.h"

// The query parameters that narrow Svix's message and attempt lists, read the same way for
// every list: both SDK generations' forms (1.x repeats event_types, 2.x joins them with
// commas), and every bad value named in one 422.
namespace sb::engine::api {

// event_types, channel, tag, correlation_key (Switchboard's), before, after; a bad one adds an entry to `errors`.
logqueries::MessageMatch messageMatchOf(const ApiCallPtr &call, ValidationErrors &errors);

// A boolean parameter (with_content, with_msg): absent is `fallback`; "true" or "false"
// otherwise, else an entry in `errors`.
bool flagOf(const ApiCallPtr &call, const QString &name, bool fallback, ValidationErrors &errors);

// Answers 422 with each error located in the query; true if there were any.
bool refusedQuery(const ApiCallPtr &call, const ValidationErrors &errors);

} // namespace sb::engine::api
