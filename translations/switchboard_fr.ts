<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConsoleTranslations</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>A&amp;pplication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://crm.example.com/hooks/voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this endpoint is for: CRM sync, call analytics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vent types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated; empty: every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;aders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gning scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ignature header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Signature (sha256-hex only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limi&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x concurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s schedule, e.g. 0, 5s, 30s, 5m, 30m, 2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nabled: deliver to this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine URL must look like http://host:8071 or https://host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Engine profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production, Staging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:8071</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the engine&apos;s TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Switchboard starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older deliveries, attempts and chart data are removed from this computer every hour. The engine keeps its own history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when an endpoint&apos;s &amp;failures reach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % over 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute desktop notifications (the tray icon still shows health)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestEventDialog</name>
    <message>
        <source>Send a test event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vent type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payload (the catalogue&apos;s sample; edit freely):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Switchboard: desktop console for webhook delivery.
With --engine, the engine&apos;s token comes from SWITCHBOARD_TOKEN; otherwise the
console opens the last engine profile used (Engine &gt; Profiles to manage them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine to open, e.g. http://127.0.0.1:8071.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine profile to open, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switchboard: --engine needs an http or https URL
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switchboard: no engine profile is called “%1”
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard</name>
    <message>
        <source>Engine connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console cannot reach the engine&apos;s event stream; it keeps retrying and shows stored history meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status is one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code is a status (404), a class (5xx), a comparison (&gt;=500) or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error is one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name an event type, e.g. event:call.* </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a time such as -30m, -1h, -7d, 2026-11-20 or 2026-11-20T10:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; fields are %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::AlertRules</name>
    <message>
        <source>Endpoint disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer receives deliveries (it answered 410 Gone, failed for too long, or was disabled by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint failing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 deliveries to %3 failed in the last 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters: %n more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n more used up every retry and were dead-lettered; retry them from the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::BulkRetryFlow</name>
    <message>
        <source>No dead deliveries match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry all matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %n dead delivery(s) matching &quot;%1&quot; again?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk retry refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying dead deliveries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk retry cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk retry %1: %2 of %3 sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveriesView</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;all matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: status:failed code:5xx event:call.* endpoint:crm after:-1h, or any text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the oldest deliveries first and select the oldest (Ctrl+End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the newest deliveries first, live, and select the newest (Ctrl+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected delivery again now (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows of the current filter as CSV or JSON (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test event to the selected row&apos;s endpoint (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending test events needs the operator or admin role; this token is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying needs the operator or admin role; this token is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest deliveries first; Ctrl+Home returns to the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest deliveries first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry of %1 sent; the row updates when the result arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt to copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as cURL failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a cURL command for the latest attempt (its signature expires with its timestamp).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveryDetailPane</name>
    <message>
        <source>Delivery detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a delivery (arrow keys, Enter) to see its message, payload and every attempt. &lt;b&gt;R&lt;/b&gt; retries it, &lt;b&gt;Ctrl+C&lt;/b&gt; copies its id, &lt;b&gt;Ctrl+F&lt;/b&gt; filters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &lt;code&gt;%1&lt;/code&gt; to endpoint &lt;code&gt;%2&lt;/code&gt;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading attempts…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading payload…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms (connect %2, TLS %3, first byte %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts unavailable: %1 (the engine is offline; the log shows stored history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 unavailable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST %1 → &lt;b&gt;%2&lt;/b&gt;, error class %3, %4 ms total (connect %5, TLS %6, first byte %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveryFilter</name>
    <message>
        <source>&quot;%1&quot; cannot be sent to the engine; bulk retry understands app:, endpoint:, event: (exact names), code:Nxx, after:, before: and status:dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the endpoint&apos;s app too (app:…) to retry one endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveryLogModel</name>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EndpointDirectory</name>
    <message>
        <source>The engine answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EndpointEditor</name>
    <message>
        <source>Standard Webhooks (webhook-signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256=&lt;hex&gt; in a header of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application the new endpoint belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint stays in its application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an absolute http or https URL (https://host/path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http: payloads, custom headers and signatures cross the network unencrypted. Use https outside a lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a schedule: %1. Write delays such as 0, 5s, 30s, 5m, 2h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving with another scheme gives the endpoint a new secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL the engine delivers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an application first: endpoints belong to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine refused the endpoint; see the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine refused the endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EndpointHealthModel</name>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success over the range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EndpointsView</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search endpoints by name, URL, id or application (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints by application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new endpoint in the selected application (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the endpoints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications yet: producers create them through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoints yet: New (Ctrl+N) adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your unsaved changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New endpoint: fill in at least its URL, then Save (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine refused the endpoint; the form says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint disabled: nothing is delivered to it until it is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the endpoint “%1” (%2)? Deliveries still pending for it are dropped; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing endpoints needs the admin role; this token is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the endpoint on the engine (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to this endpoint again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop delivering to this endpoint; messages for it are not queued meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this endpoint (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending test events needs the operator or admin role; this token is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an event of your choice to this endpoint and watch the answer (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the endpoint first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EngineClient</name>
    <message>
        <source>The engine answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EventTypePicker</name>
    <message>
        <source>Search event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event type(s) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None checked: the endpoint gets every event type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::HistoryReader</name>
    <message>
        <source>The local history is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::KpiTile</name>
    <message>
        <source>no earlier data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ same as the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 vs the previous period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an engine: delivery health appears here once you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an engine. Choose Engine ▸ Profiles… (Ctrl+Shift+P) to add one, or start with --engine URL and SWITCHBOARD_TOKEN set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an engine: its applications and endpoints appear here once you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Webhook delivery for voice-AI and telephony platforms.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts still arrive here. Quit from the tray icon&apos;s menu or with Ctrl+Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine had already pruned changes %1–%2, which this computer never received; the history goes on after them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for “%1”: add one in Engine ▸ Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Filtering the delivery log&lt;/h3&gt;&lt;p&gt;Type terms separated by spaces; every term must match. Press Enter to apply. A filter with a mistake turns red, says why, and is not applied.&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:failed&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the last attempt failed (retrying or dead)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:dead&lt;/code&gt;&lt;/td&gt;&lt;td&gt;every retry used up: dead letters&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:retrying&lt;/code&gt;, &lt;code&gt;status:pending&lt;/code&gt;, &lt;code&gt;status:succeeded&lt;/code&gt;&lt;/td&gt;&lt;td&gt;by state&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;code:5xx&lt;/code&gt;, &lt;code&gt;code:404&lt;/code&gt;, &lt;code&gt;code:&amp;gt;=500&lt;/code&gt;, &lt;code&gt;code:none&lt;/code&gt;&lt;/td&gt;&lt;td&gt;HTTP status of the last attempt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;error:timeout&lt;/code&gt;&lt;/td&gt;&lt;td&gt;error class: timeout, dns, connect, tls, http, redirect, body-too-large, policy&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;event:call.*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;event type, &lt;code&gt;*&lt;/code&gt; matches anything&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;endpoint:crm&lt;/code&gt;, &lt;code&gt;app:acme&lt;/code&gt;&lt;/td&gt;&lt;td&gt;by id, uid, name or description&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;after:-1h&lt;/code&gt;, &lt;code&gt;before:2026-11-20T10:00&lt;/code&gt;&lt;/td&gt;&lt;td&gt;relative (s, m, h) or absolute, local time&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-status:succeeded&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a leading minus negates a term&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;msg_2Lq…&lt;/code&gt;, &lt;code&gt;atmpt_…&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a message or attempt id, or its beginning (fast)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;call_42&lt;/code&gt; or &lt;code&gt;&quot;quoted text&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;free text over ids, event types and responses (reads every stored response)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Keys: Ctrl+F filter, Enter detail, R retry, Ctrl+Shift+R retry all matching dead letters, Ctrl+End oldest first, Ctrl+Home newest first, Ctrl+C copy id, Ctrl+Shift+C copy as cURL, Ctrl+E export.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catching up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing stored history; reconnecting in about %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing stored history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq %1 · lag %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::OverviewCharts</name>
    <message>
        <source>2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput (attempts per minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attempts, %2 % succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 %1 ms · p95 %2 ms · p99 %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see these deliveries in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::OverviewView</name>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::ProfilesDialog</name>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the engine&apos;s API token (the engine&apos;s admin sets it up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1”, its stored token and its local history?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::SecretPanel</name>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old one signs for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the secret from the engine and show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the secret on the clipboard without showing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new secret; the old one keeps signing for the grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period of the old secret, in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the old secret keeps signing beside the new one (0: stops at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins may see or rotate signing secrets; this token is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine generates the secret when the endpoint is first saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generate a new signing secret? The current one keeps signing beside it for %n hour(s), so receivers can switch over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Generate a new signing secret? The current one stops signing at once: receivers that still check it will reject deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was rotated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::StreamConnection</name>
    <message>
        <source>The engine stopped answering pings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine sent a frame this version cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::TestEventDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the delivery log filtered to this test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver this payload to the endpoint now, as a test (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the endpoints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet. The engine delivers the payload to this endpoint only and marks the attempt as a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload must be a JSON object: { … }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON, %n byte(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid JSON, so it cannot be sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending test events needs the operator or admin role; this token is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the payload first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1; waiting for the endpoint&apos;s answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Delivered: HTTP %1 in %2 ms (trigger: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Failed: HTTP %1 in %2 ms (%3 error, trigger: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Failed: no HTTP answer (%1 error) after %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::TokenVault</name>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept in %1, a file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::dashboard::TrayAlerts</name>
    <message>
        <source>&amp;Show Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard: deliveries healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard: needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard: deliveries failing or engine unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard: no data yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
