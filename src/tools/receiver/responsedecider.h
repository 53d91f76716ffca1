// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receiverbehaviour.h"

#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace sb::tools {

struct ResponseDecision
{
    int status = 200;
    bool drop = false;
    QString reason; // the setting that decided: see ResponseDecider::decide()
};

// Chooses the answer to a delivery from the behaviour, in this order (first match wins):
// dropConnection ("dropConnection"), an invalid signature with rejectInvalidSignature (401,
// "invalidSignature"), attempt <= failFirst ("failFirst"), the failPercent draw
// ("failPercent"), else the configured status ("status").
//
// The draw uses a seeded generator so a run with the same seed and the same order of
// arrivals fails the same deliveries; the generator is consulted only when failPercent is
// neither 0 nor 100 and nothing earlier decided.
class ResponseDecider
{
public:
    explicit ResponseDecider(quint32 seed = 0);

    void reseed(quint32 seed);
    ResponseDecision decide(const ReceiverBehaviour &behaviour, int attempt,
                            std::optional<bool> signatureValid);

private:
    QRandomGenerator m_random;
};

} // namespace sb::tools
