// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hexsignature.h"
#include "core/standardwebhooks.h"
#include "core/validation.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sb::tools {

// How the receiver answers deliveries and checks their signatures. Settable from the command
// line, over PUT /_receiver/config and with Receiver::setBehaviour(); all three go through
// applyJson() so the rules and error messages are the same everywhere.
struct ReceiverBehaviour
{
    static constexpr qsizetype DefaultMaxRecords = 1'000'000;

    // A receiver that answers every delivery with `status` (a down CRM: 503; a gone one: 410).
    static ReceiverBehaviour answering(int status)
    {
        ReceiverBehaviour b;
        b.status = status;
        return b;
    }

    int status = 200;       // the answer when nothing below applies
    double failPercent = 0; // share of deliveries answered with failStatus, 0-100
    int failStatus = 500;
    int failFirst = 0;                   // the first N attempts of every webhook-id fail
    int latencyMs = 0;                   // delay before answering (or dropping)
    QString retryAfter;                  // Retry-After value on every non-2xx answer; empty: none
    bool dropConnection = false;         // close without answering
    bool rejectInvalidSignature = false; // 401 when a configured scheme does not verify
    QStringList secrets;                 // "whsec_…", "whpk_…" or "whsk_…" keys, any may match
    QString hexSecret;                   // key of the "sha256=<hex>" scheme; empty: not checked
    QString hexHeader = QString(HexSignature::DefaultHeader);
    int toleranceSeconds = StandardWebhooks::DefaultToleranceSeconds;
    quint32 seed = 0;                         // of the random generator behind failPercent
    qsizetype maxRecords = DefaultMaxRecords; // deliveries kept; the oldest go first

    QJsonObject toJson() const;

    // Applies the fields present in `json` on top of this behaviour. Unknown fields, wrong
    // types and out-of-range values are errors naming the field; on any error nothing is
    // changed, so a half-applied configuration never exists.
    ValidationErrors applyJson(const QJsonObject &json);

    bool operator==(const ReceiverBehaviour &) const = default;
};

} // namespace sb::tools
