<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>sb::dashboard::AlertRules</name>
    <message numerus="yes">
        <source>Dead letters: %n more</source>
        <translation>
            <numerusform>Dead letters: %n more</numerusform>
            <numerusform>Dead letters: %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deliveries that used up every retry and were dead-lettered: %n more. Retry them from the log.</source>
        <translation>
            <numerusform>Deliveries that used up every retry and were dead-lettered: %n more. Retry them from the log.</numerusform>
            <numerusform>Deliveries that used up every retry and were dead-lettered: %n more. Retry them from the log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::BulkRetryFlow</name>
    <message numerus="yes">
        <source>Send %n dead delivery(s) of %1 again?</source>
        <translation>
            <numerusform>Send %n dead delivery of %1 again?</numerusform>
            <numerusform>Send %n dead deliveries of %1 again?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::BulkRetryProgress</name>
    <message numerus="yes">
        <source>%1: %n dead delivery(s) not sent, because their endpoint is disabled (%2). Enable it on the Endpoints tab, then retry.</source>
        <translation>
            <numerusform>%1: %n dead delivery not sent, because its endpoint is disabled (%2). Enable it on the Endpoints tab, then retry.</numerusform>
            <numerusform>%1: %n dead deliveries not sent, because their endpoint is disabled (%2). Enable it on the Endpoints tab, then retry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bulk retry of %1 sent %n dead delivery(s) again. Not sent:
%2</source>
        <translation>
            <numerusform>The bulk retry of %1 sent %n dead delivery again. Not sent:
%2</numerusform>
            <numerusform>The bulk retry of %1 sent %n dead deliveries again. Not sent:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::CallRetryFlow</name>
    <message numerus="yes">
        <source>Send %n failed delivery(s) of call %1 again?</source>
        <translation>
            <numerusform>Send %n failed delivery of call %1 again?</numerusform>
            <numerusform>Send %n failed deliveries of call %1 again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n delivery(s) of call %1 again…</source>
        <translation>
            <numerusform>Sending %n delivery of call %1 again…</numerusform>
            <numerusform>Sending %n deliveries of call %1 again…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n delivery(s) again; the rows change as the results arrive.</source>
        <translation>
            <numerusform>Sent %n delivery again; the rows change as the results arrive.</numerusform>
            <numerusform>Sent %n deliveries again; the rows change as the results arrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The engine refused to send %n delivery(s) of call %1 again:</source>
        <translation>
            <numerusform>The engine refused to send %n delivery of call %1 again:</numerusform>
            <numerusform>The engine refused to send %n deliveries of call %1 again:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::CallStoryModel</name>
    <message numerus="yes">
        <source>%1: dead letter after %n attempt(s)</source>
        <translation>
            <numerusform>%1: dead letter after %n attempt</numerusform>
            <numerusform>%1: dead letter after %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: retrying, %n attempt(s) so far</source>
        <translation>
            <numerusform>%1: retrying, %n attempt so far</numerusform>
            <numerusform>%1: retrying, %n attempts so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    it holds %n later event(s) of the call to %1, which delivers each call in order: send it again to let the call go on</source>
        <translation>
            <numerusform>    it holds %n later event of the call to %1, which delivers each call in order: send it again to let the call go on</numerusform>
            <numerusform>    it holds %n later events of the call to %1, which delivers each call in order: send it again to let the call go on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    %n later event(s) of the call to %1 wait for it: %1 delivers each call in order</source>
        <translation>
            <numerusform>    %n later event of the call to %1 waits for it: %1 delivers each call in order</numerusform>
            <numerusform>    %n later events of the call to %1 wait for it: %1 delivers each call in order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::CallView</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n endpoint(s)</source>
        <translation>
            <numerusform>to %n endpoint</numerusform>
            <numerusform>to %n endpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, all in the table below.</source>
        <translation>
            <numerusform>… and %n more, all in the table below.</numerusform>
            <numerusform>… and %n more, all in the table below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %n failed delivery(s) of this call again (Ctrl+R)</source>
        <translation>
            <numerusform>Send the %n failed delivery of this call again (Ctrl+R)</numerusform>
            <numerusform>Send the %n failed deliveries of this call again (Ctrl+R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of its %n delivery(s), </source>
        <translation>
            <numerusform>of its %n delivery, </numerusform>
            <numerusform>of its %n deliveries, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 delivered, %n dead letter(s), %2 not delivered yet.</source>
        <translation>
            <numerusform>%1 delivered, %n dead letter, %2 not delivered yet.</numerusform>
            <numerusform>%1 delivered, %n dead letters, %2 not delivered yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EventTypePicker</name>
    <message numerus="yes">
        <source>%n event type(s) checked.</source>
        <translation>
            <numerusform>%n event type checked.</numerusform>
            <numerusform>%n event types checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::SecretPanel</name>
    <message numerus="yes">
        <source>Generate a new signing secret? The current one keeps signing beside it for %n hour(s), so receivers can switch over.</source>
        <translation>
            <numerusform>Generate a new signing secret? The current one keeps signing beside it for %n hour, so receivers can switch over.</numerusform>
            <numerusform>Generate a new signing secret? The current one keeps signing beside it for %n hours, so receivers can switch over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::TestEventDialog</name>
    <message numerus="yes">
        <source>Valid JSON, %n byte(s).</source>
        <translation>
            <numerusform>Valid JSON, %n byte.</numerusform>
            <numerusform>Valid JSON, %n bytes.</numerusform>
        </translation>
    </message>
</context>
</TS>
