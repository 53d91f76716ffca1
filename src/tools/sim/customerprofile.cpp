// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerprofile.h"

namespace sb::tools {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

AgentFunction function(const char *name, QJsonObject arguments, QJsonObject result)
{
    return {s(name), std::move(arguments), std::move(result)};
}

// Three customers with different shapes of traffic: outbound reminders with campaigns,
// an inbound line that hands calls to people, and a mix of both.
QList<CustomerProfile> makeProfiles()
{
    CustomerProfile acme;
    acme.uid = s("acme-health");
    acme.name = s("Acme Health");
    acme.provider = s("twilio");
    acme.number = s("+14155550123");
    acme.outbound = true;
    acme.runsCampaigns = true;
    acme.workflowId = s("wf_appointment_reminder_v3");
    acme.workflowName = s("Appointment reminder");
    acme.agentId = s("agt_8f2c41d7");
    acme.agentName = s("Riley - Appointment Desk");
    acme.agentType = s("openai");
    acme.campaignName = s("Appointment reminders");
    acme.outcome = s("appointment_confirmed");
    acme.agentLines = {s("Hi, this is Riley calling about your appointment tomorrow."),
                       s("I can move it for you. Saturday at 10 AM is open, shall I book that?"),
                       s("Done. Would you like a text reminder as well?"),
                       s("Great, you'll get an SMS the day before. Anything else?")};
    acme.userLines = {s("Oh right, can we move it to Saturday morning?"), s("Yes please."),
                      s("Sure, a text would help."), s("No, that's all, thanks.")};
    acme.functions = {
        function("lookup_patient", {{s("phone"), s("+12125550187")}},
                 {{s("found"), true}, {s("patient_id"), s("pat_20931")}}),
        function("reschedule_appointment",
                 {{s("appointment_id"), s("apt_55821")}, {s("new_start"), s("2026-11-22T10:00:00Z")},
                  {s("notify_sms"), true}},
                 {{s("success"), true}, {s("confirmation_code"), s("RX-4471")}}),
        function("send_sms_reminder", {{s("template"), s("appointment_24h")}},
                 {{s("queued"), true}})};

    CustomerProfile northwind;
    northwind.uid = s("northwind-insurance");
    northwind.name = s("Northwind Insurance");
    northwind.provider = s("telnyx");
    northwind.number = s("+18005550100");
    northwind.transfersToHumans = true;
    northwind.workflowId = s("wf_claims_intake_v7");
    northwind.workflowName = s("Claims intake");
    northwind.agentId = s("agt_3b91e0aa");
    northwind.agentName = s("Morgan - Claims Line");
    northwind.agentType = s("elevenlabs");
    northwind.outcome = s("claim_filed");
    northwind.agentLines = {s("Northwind Insurance, this is Morgan. How can I help?"),
                            s("I'm sorry to hear that. Can I have your policy number?"),
                            s("Thanks. I've opened claim CL-20817 for the windscreen."),
                            s("An adjuster will call you within one business day.")};
    northwind.userLines = {s("Hi, a stone cracked my windscreen on the highway."),
                           s("It's NW-448-2019."), s("Do I need to send photos?"),
                           s("Perfect, thank you.")};
    northwind.functions = {
        function("lookup_policy", {{s("policy_number"), s("NW-448-2019")}},
                 {{s("active"), true}, {s("coverage"), s("comprehensive")}}),
        function("create_claim", {{s("policy_number"), s("NW-448-2019")}, {s("kind"), s("glass")}},
                 {{s("success"), true}, {s("claim_id"), s("CL-20817")}}),
        function("check_claim_status", {{s("claim_id"), s("CL-19554")}},
                 {{s("status"), s("in_review")}})};

    CustomerProfile globex;
    globex.uid = s("globex-logistics");
    globex.name = s("Globex Logistics");
    globex.provider = s("vonage");
    globex.number = s("+13125550142");
    globex.outbound = true;
    globex.runsCampaigns = true;
    globex.workflowId = s("wf_delivery_window_v2");
    globex.workflowName = s("Delivery window");
    globex.agentId = s("agt_c07d55e2");
    globex.agentName = s("Sam - Delivery Desk");
    globex.agentType = s("custom");
    globex.campaignName = s("Delivery window confirmations");
    globex.outcome = s("delivery_window_confirmed");
    globex.agentLines = {s("Hello, this is Sam from Globex about your delivery on Thursday."),
                         s("The driver can come between 9 and 11 or between 2 and 4."),
                         s("Morning it is. I've updated the delivery window."),
                         s("You'll get a tracking link by text. Goodbye!")};
    globex.userLines = {s("Oh good, when will it arrive?"), s("The morning works better."),
                        s("Can you leave it with the neighbour if I'm out?"), s("Thanks, bye.")};
    globex.functions = {
        function("track_shipment", {{s("tracking_number"), s("GX7731904")}},
                 {{s("status"), s("out_for_delivery")}, {s("depot"), s("Chicago South")}}),
        function("reschedule_delivery", {{s("tracking_number"), s("GX7731904")}, {s("window"), s("09:00-11:00")}},
                 {{s("success"), true}}),
        function("update_address", {{s("tracking_number"), s("GX7731904")}, {s("note"), s("leave with neighbour")}},
                 {{s("success"), true}})};

    return {acme, northwind, globex};
}

} // namespace

const QList<CustomerProfile> &CustomerProfile::all()
{
    static const QList<CustomerProfile> profiles = makeProfiles();
    return profiles;
}

} // namespace sb::tools
