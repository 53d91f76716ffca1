// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb::tools {

// A tool the customer's AI agent can call, with plausible arguments and result.
struct AgentFunction
{
    QString name;
    QJsonObject arguments;
    QJsonObject result;
};

// One simulated customer of the voice-AI platform: an engine application and what its calls
// look like. Fixed rather than random, so the demo shows the same recognisable customers
// every time and the sim finds them again when it runs a second time.
struct CustomerProfile
{
    QString uid;  // the application's uid in the engine
    QString name;
    QString provider;      // telephony provider
    QString number;        // the customer's own phone number
    bool outbound = false; // the platform dials out (reminders) rather than answering
    bool runsCampaigns = false;
    bool transfersToHumans = false;
    QString workflowId;
    QString workflowName;
    QString agentId;
    QString agentName;
    QString agentType; // openai, elevenlabs, custom
    QString campaignName;
    QString outcome;   // a successful call's outcome
    QStringList agentLines; // what the agent says, in order
    QStringList userLines;  // what callers say back
    QList<AgentFunction> functions;

    static const QList<CustomerProfile> &all();
};

} // namespace sb::tools
