<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConsoleTranslations</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>A&amp;pplication:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>https://crm.example.com/hooks/voice</source>
        <translation>https://crm.example.com/hooks/voice</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>What this endpoint is for: CRM sync, call analytics…</source>
        <translation>Wofür dieser Endpoint da ist: CRM-Sync, Anrufanalyse…</translation>
    </message>
    <message>
        <source>E&amp;vent types:</source>
        <translation>Ereignist&amp;ypen:</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Kanäle:</translation>
    </message>
    <message>
        <source>Comma-separated; empty: every message</source>
        <translation>Durch Kommas getrennt; leer: alle Nachrichten</translation>
    </message>
    <message>
        <source>He&amp;aders:</source>
        <translation>Heade&amp;r:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected header</source>
        <translation>Ausgewählten Header entfernen</translation>
    </message>
    <message>
        <source>Si&amp;gning scheme:</source>
        <translation>Si&amp;gnaturverfahren:</translation>
    </message>
    <message>
        <source>S&amp;ignature header:</source>
        <translation>S&amp;ignatur-Header:</translation>
    </message>
    <message>
        <source>X-Signature (sha256-hex only)</source>
        <translation>X-Signature (nur sha256-hex)</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>Time&amp;out:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Rate limi&amp;t:</source>
        <translation>Ratenli&amp;mit:</translation>
    </message>
    <message>
        <source> / s</source>
        <translation> / s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Ma&amp;x concurrency:</source>
        <translation>Ma&amp;x. Parallelität:</translation>
    </message>
    <message>
        <source>Retr&amp;y schedule:</source>
        <translation>&amp;Wiederholungsplan:</translation>
    </message>
    <message>
        <source>The engine&apos;s schedule, e.g. 0, 5s, 30s, 5m, 30m, 2h</source>
        <translation>Plan der Engine, z. B. 0, 5s, 30s, 5m, 30m, 2h</translation>
    </message>
    <message>
        <source>E&amp;nabled: deliver to this endpoint</source>
        <translation>Akti&amp;viert: an diesen Endpoint zustellen</translation>
    </message>
    <message>
        <source>Signing secret:</source>
        <translation>Signaturgeheimnis:</translation>
    </message>
    <message>
        <source>Call order:</source>
        <translation>Anruf-Reihenfolge:</translation>
    </message>
    <message>
        <source>Per call: events with the same call id (the application&apos;s correlation key) are delivered one after the other, in the order they were accepted; different calls still go in parallel.</source>
        <translation>Pro Anruf: Ereignisse mit derselben Anruf-ID (dem Korrelationsschlüssel der Anwendung) werden nacheinander zugestellt, in der Reihenfolge ihrer Annahme; verschiedene Anrufe laufen weiterhin parallel.</translation>
    </message>
    <message>
        <source>Any order (fastest)</source>
        <translation>Beliebige Reihenfolge (am schnellsten)</translation>
    </message>
    <message>
        <source>Per call, in order; a dead letter is skipped</source>
        <translation>Pro Anruf, in Reihenfolge; ein Dead Letter wird übersprungen</translation>
    </message>
    <message>
        <source>Per call, in order; a dead letter holds its call</source>
        <translation>Pro Anruf, in Reihenfolge; ein Dead Letter hält seinen Anruf an</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>The engine URL must look like http://host:8071 or https://host.</source>
        <translation>Die Engine-URL muss wie http://host:8071 oder https://host aussehen.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Engine profiles</source>
        <translation>Engine-Profile</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Production, Staging…</source>
        <translation>Produktion, Staging…</translation>
    </message>
    <message>
        <source>Engine &amp;URL:</source>
        <translation>Engine-&amp;URL:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8071</source>
        <translation>http://127.0.0.1:8071</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Verify the engine&apos;s TLS certificate</source>
        <translation>TLS-Zertifikat der Engine &amp;verifizieren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Switchboard starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Switchboard.</translation>
    </message>
    <message>
        <source>Local history</source>
        <translation>Lokaler Verlauf</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>Verlauf &amp;behalten für:</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>immer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Older deliveries, attempts and chart data are removed from this computer every hour. The engine keeps its own history.</source>
        <translation>Ältere Zustellungen, Versuche und Diagrammdaten werden stündlich von diesem Computer entfernt. Die Engine führt ihren eigenen Verlauf.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Alert when an endpoint&apos;s &amp;failures reach:</source>
        <translation>Warnen, wenn die &amp;Fehlerquote eines Endpoints erreicht:</translation>
    </message>
    <message>
        <source> % over 5 minutes</source>
        <translation> % in 5 Minuten</translation>
    </message>
    <message>
        <source>&amp;Mute desktop notifications (the tray icon still shows health)</source>
        <translation>Desktop-Benachrichtigungen stu&amp;mmschalten (das Symbol im Infobereich zeigt weiterhin den Zustand)</translation>
    </message>
</context>
<context>
    <name>TestEventDialog</name>
    <message>
        <source>Send a test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>E&amp;vent type:</source>
        <translation>Ereignis&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Payload (the catalogue&apos;s sample; edit freely):</source>
        <translation>&amp;Payload (Beispiel aus dem Katalog; frei bearbeitbar):</translation>
    </message>
    <message>
        <source>&amp;Reset to sample</source>
        <translation>Auf Beispiel &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Response &amp;body:</source>
        <translation>Antwort&amp;inhalt:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Switchboard: desktop console for webhook delivery.
With --engine, the engine&apos;s token comes from SWITCHBOARD_TOKEN; otherwise the
console opens the last engine profile used (Engine &gt; Profiles to manage them).</source>
        <translation>Switchboard: Desktop-Konsole für die Webhook-Zustellung.
Mit --engine stammt das Token der Engine aus SWITCHBOARD_TOKEN; sonst öffnet die
Konsole das zuletzt verwendete Engine-Profil (Verwaltung unter Engine &gt; Profile).</translation>
    </message>
    <message>
        <source>Engine to open, e.g. http://127.0.0.1:8071.</source>
        <translation>Zu öffnende Engine, z. B. http://127.0.0.1:8071.</translation>
    </message>
    <message>
        <source>Engine profile to open, by name.</source>
        <translation>Zu öffnendes Engine-Profil, nach Name.</translation>
    </message>
    <message>
        <source>switchboard: --engine needs an http or https URL
</source>
        <translation>switchboard: --engine erwartet eine http- oder https-URL
</translation>
    </message>
    <message>
        <source>switchboard: no engine profile is called “%1”
</source>
        <translation>switchboard: kein Engine-Profil heißt „%1“
</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::AlertCentre</name>
    <message>
        <source>Alerts</source>
        <translation>Warnmeldungen</translation>
    </message>
    <message>
        <source>No system tray on this desktop: alerts appear only here and in the status bar, not as desktop notifications.</source>
        <translation>Dieser Desktop hat keinen Infobereich: Warnmeldungen erscheinen nur hier und in der Statusleiste, nicht als Desktop-Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Open the alert centre (Ctrl+Shift+A)</source>
        <translation>Warnzentrale öffnen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Keine Warnmeldungen</translation>
    </message>
    <message>
        <source>1 alert</source>
        <translation>1 Warnmeldung</translation>
    </message>
    <message>
        <source>%1 alerts</source>
        <translation>%1 Warnmeldungen</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::AlertLogModel</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Enter or double-click: open the log filtered to %1</source>
        <translation>Eingabe oder Doppelklick: Protokoll gefiltert nach %1 öffnen</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Behoben %1</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnmeldung</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::AlertRules</name>
    <message>
        <source>Endpoint disabled: %1</source>
        <translation>Endpoint deaktiviert: %1</translation>
    </message>
    <message>
        <source>%1 no longer receives deliveries (it answered 410 Gone, failed for too long, or was disabled by hand).</source>
        <translation>%1 erhält keine Zustellungen mehr (er antwortete mit 410 Gone, schlug zu lange fehl oder wurde manuell deaktiviert).</translation>
    </message>
    <message>
        <source>Endpoint failing: %1</source>
        <translation>Endpoint fehlerhaft: %1</translation>
    </message>
    <message>
        <source>%1 of %2 deliveries to %3 failed in the last 5 minutes.</source>
        <translation>%1 von %2 Zustellungen an %3 sind in den letzten 5 Minuten fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Dead letters: %n more</source>
        <translation>
            <numerusform>Dead Letters: %n weiterer</numerusform>
            <numerusform>Dead Letters: %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deliveries that used up every retry and were dead-lettered: %n more. Retry them from the log.</source>
        <translation>
            <numerusform>%n weitere Zustellung hat alle Wiederholungen verbraucht und ist jetzt ein Dead Letter; im Protokoll erneut senden.</numerusform>
            <numerusform>%n weitere Zustellungen haben alle Wiederholungen verbraucht und sind jetzt Dead Letters; im Protokoll erneut senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engine connection lost</source>
        <translation>Verbindung zur Engine verloren</translation>
    </message>
    <message>
        <source>The console cannot reach the engine&apos;s event stream; it keeps retrying and shows stored history meanwhile.</source>
        <translation>Die Konsole erreicht den Ereignisstream der Engine nicht; sie versucht es weiter und zeigt bis dahin den gespeicherten Verlauf.</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::BulkRetryFlow</name>
    <message>
        <source>Bulk retry: %1</source>
        <translation>Sammelwiederholung: %1</translation>
    </message>
    <message>
        <source>Retry all matching</source>
        <translation>Alle passenden wiederholen</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>Bulk retry not started</source>
        <translation>Sammelwiederholung nicht gestartet</translation>
    </message>
    <message>
        <source>Nothing to retry</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>No dead deliveries match “%1” in this console&apos;s history.</source>
        <translation>Im Verlauf dieser Konsole passen keine Dead-Letter-Zustellungen zu „%1“.</translation>
    </message>
    <message>
        <source>every application</source>
        <translation>alle Anwendungen</translation>
    </message>
    <message>
        <source>They match “%1” in this console&apos;s history. The engine sends each one again now; the log shows every result as it arrives.</source>
        <translation>Sie passen im Verlauf dieser Konsole zu „%1“. Die Engine sendet jede jetzt erneut; das Protokoll zeigt jedes Ergebnis, sobald es eintrifft.</translation>
    </message>
    <message>
        <source>Bulk retry refused</source>
        <translation>Sammelwiederholung abgelehnt</translation>
    </message>
    <message>
        <source>The engine refused the bulk retry:
%1</source>
        <translation>Die Engine hat die Sammelwiederholung abgelehnt:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Send %n dead delivery(s) of %1 again?</source>
        <translation>
            <numerusform>%n Dead-Letter-Zustellung von %1 erneut senden?</numerusform>
            <numerusform>%n Dead-Letter-Zustellungen von %1 erneut senden?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::BulkRetryProgress</name>
    <message>
        <source>Retry all matching</source>
        <translation>Alle passenden wiederholen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>lost (the engine no longer knows the task; did it restart?)</source>
        <translation>verloren (die Engine kennt die Aufgabe nicht mehr; wurde sie neu gestartet?)</translation>
    </message>
    <message>
        <source>Retrying the dead deliveries of %1 (%2).</source>
        <translation>Dead-Letter-Zustellungen von %1 werden wiederholt (%2).</translation>
    </message>
    <message>
        <source>The engine does not answer (%1); asking again.</source>
        <translation>Die Engine antwortet nicht (%1); erneute Anfrage.</translation>
    </message>
    <message>
        <source>Engine task %1: %2 of %3 sent again.</source>
        <translation>Engine-Aufgabe %1: %2 von %3 erneut gesendet.</translation>
    </message>
    <message>
        <source>%1: %2, %3 of %4 sent again</source>
        <translation>%1: %2, %3 von %4 erneut gesendet</translation>
    </message>
    <message>
        <source>Bulk retry did not finish</source>
        <translation>Sammelwiederholung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The bulk retry of %1 ended early:
%2</source>
        <translation>Die Sammelwiederholung von %1 endete vorzeitig:
%2</translation>
    </message>
    <message>
        <source>Bulk retry cancelled: %1 of %2 sent again.</source>
        <translation>Sammelwiederholung abgebrochen: %1 von %2 erneut gesendet.</translation>
    </message>
    <message>
        <source>Bulk retry finished: %1 of %2 sent again; the log shows each result as it arrives.</source>
        <translation>Sammelwiederholung abgeschlossen: %1 von %2 erneut gesendet; das Protokoll zeigt jedes Ergebnis, sobald es eintrifft.</translation>
    </message>
    <message>
        <source>Cancelling failed: %1</source>
        <translation>Abbrechen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Waiting for the engine (%1 of %2 sent): its delivery queue is busy with %3 deliveries, retries to endpoints that are still down included; the bulk retry goes on when there is room.</source>
        <translation>Warten auf die Engine (%1 von %2 gesendet): Ihre Zustellwarteschlange ist mit %3 Zustellungen ausgelastet, Wiederholungen an noch ausgefallene Endpoints eingeschlossen; die Sammelwiederholung geht weiter, sobald Platz ist.</translation>
    </message>
    <message>
        <source>Waiting for the engine (%1 of %2 sent).</source>
        <translation>Warten auf die Engine (%1 von %2 gesendet).</translation>
    </message>
    <message>
        <source>Waiting for the engine (%1 of %2 sent): no answer for %3 s.</source>
        <translation>Warten auf die Engine (%1 von %2 gesendet): seit %3 s keine Antwort.</translation>
    </message>
    <message>
        <source>Bulk retry left deliveries alone</source>
        <translation>Sammelwiederholung hat Zustellungen ausgelassen</translation>
    </message>
    <message>
        <source>The bulk retry of %1 sent %2 of %3 again. Not sent:
%4</source>
        <translation>Die Sammelwiederholung von %1 hat %2 von %3 erneut gesendet. Nicht gesendet:
%4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dead delivery(s) not sent, because their endpoint is disabled (%2). Enable it on the Endpoints tab, then retry.</source>
        <translation>
            <numerusform>%1: %n tote Zustellung nicht gesendet, weil ihr Endpunkt deaktiviert ist (%2). Aktivieren Sie ihn im Tab „Endpoints“ und wiederholen Sie dann.</numerusform>
            <numerusform>%1: %n tote Zustellungen nicht gesendet, weil ihr Endpunkt deaktiviert ist (%2). Aktivieren Sie ihn im Tab „Endpoints“ und wiederholen Sie dann.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bulk retry of %1 sent nothing. Not sent:
%2</source>
        <translation>Die Sammelwiederholung von %1 hat nichts gesendet. Nicht gesendet:
%2</translation>
    </message>
    <message numerus="yes">
        <source>The bulk retry of %1 sent %n dead delivery(s) again. Not sent:
%2</source>
        <translation>
            <numerusform>Die Sammelwiederholung von %1 hat %n Dead Letter erneut gesendet. Nicht gesendet:
%2</numerusform>
            <numerusform>Die Sammelwiederholung von %1 hat %n Dead Letters erneut gesendet. Nicht gesendet:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::CallRetryFlow</name>
    <message>
        <source>The last retry of this call is still being sent.</source>
        <translation>Die letzte Wiederholung dieses Anrufs wird noch gesendet.</translation>
    </message>
    <message>
        <source>Nothing failed for this call: there is nothing to retry.</source>
        <translation>Für diesen Anruf ist nichts fehlgeschlagen: Es gibt nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>Retry this call</source>
        <translation>Diesen Anruf wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>Send %n failed delivery(s) of call %1 again?</source>
        <translation>
            <numerusform>%n fehlgeschlagene Zustellung des Anrufs %1 erneut senden?</numerusform>
            <numerusform>%n fehlgeschlagene Zustellungen des Anrufs %1 erneut senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n delivery(s) of call %1 again…</source>
        <translation>
            <numerusform>%n Zustellung des Anrufs %1 wird erneut gesendet…</numerusform>
            <numerusform>%n Zustellungen des Anrufs %1 werden erneut gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n delivery(s) again; the rows change as the results arrive.</source>
        <translation>
            <numerusform>%n Zustellung erneut gesendet; die Zeilen ändern sich, sobald die Ergebnisse eintreffen.</numerusform>
            <numerusform>%n Zustellungen erneut gesendet; die Zeilen ändern sich, sobald die Ergebnisse eintreffen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1 of %2 again; the engine refused %3.</source>
        <translation>%1 von %2 erneut gesendet; die Engine hat %3 abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>The engine refused to send %n delivery(s) of call %1 again:</source>
        <translation>
            <numerusform>Die Engine hat abgelehnt, %n Zustellung des Anrufs %1 erneut zu senden:</numerusform>
            <numerusform>Die Engine hat abgelehnt, %n Zustellungen des Anrufs %1 erneut zu senden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::CallStoryModel</name>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Dead letter — not delivered</source>
        <translation>Dead Letter — nicht zugestellt</translation>
    </message>
    <message>
        <source>Retrying — not delivered yet</source>
        <translation>Wird wiederholt — noch nicht zugestellt</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Pending — not sent yet</source>
        <translation>Ausstehend — noch nicht gesendet</translation>
    </message>
    <message>
        <source>HTTP %1 (%2)</source>
        <translation>HTTP %1 (%2)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: dead letter after %n attempt(s)</source>
        <translation>
            <numerusform>%1: Dead Letter nach %n Versuch</numerusform>
            <numerusform>%1: Dead Letter nach %n Versuchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: retrying, %n attempt(s) so far</source>
        <translation>
            <numerusform>%1: wird wiederholt, bisher %n Versuch</numerusform>
            <numerusform>%1: wird wiederholt, bisher %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not sent yet</source>
        <translation>%1: noch nicht gesendet</translation>
    </message>
    <message>
        <source> (last: %1)</source>
        <translation> (zuletzt: %1)</translation>
    </message>
    <message>
        <source>Held — waits for an earlier event</source>
        <translation>Zurückgehalten — wartet auf ein früheres Ereignis</translation>
    </message>
    <message>
        <source>Held — waits for %1</source>
        <translation>Zurückgehalten — wartet auf %1</translation>
    </message>
    <message>
        <source>%1 delivers each call&apos;s events in order: this one is sent once %2 is through.</source>
        <translation>%1 stellt die Ereignisse jedes Anrufs der Reihe nach zu: dieses wird gesendet, sobald %2 durch ist.</translation>
    </message>
    <message numerus="yes">
        <source>    it holds %n later event(s) of the call to %1, which delivers each call in order: send it again to let the call go on</source>
        <translation>
            <numerusform>    es hält %n spätere Ereignis des Anrufs an %1 zurück, das jeden Anruf der Reihe nach zustellt: erneut senden, damit der Anruf weitergeht</numerusform>
            <numerusform>    es hält %n spätere Ereignisse des Anrufs an %1 zurück, das jeden Anruf der Reihe nach zustellt: erneut senden, damit der Anruf weitergeht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    %n later event(s) of the call to %1 wait for it: %1 delivers each call in order</source>
        <translation>
            <numerusform>    %n späteres Ereignis des Anrufs an %1 wartet darauf: %1 stellt jeden Anruf der Reihe nach zu</numerusform>
            <numerusform>    %n spätere Ereignisse des Anrufs an %1 warten darauf: %1 stellt jeden Anruf der Reihe nach zu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::CallView</name>
    <message>
        <source>&amp;Retry everything that failed for this call</source>
        <translation>Alles Fehlgeschlagene dieses Anrufs &amp;wiederholen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Anruf %1</translation>
    </message>
    <message>
        <source>Deliveries of the call</source>
        <translation>Zustellungen des Anrufs</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the call from the local history again (F5); it also updates by itself</source>
        <translation>Den Anruf erneut aus dem lokalen Verlauf lesen (F5); er aktualisiert sich auch von selbst</translation>
    </message>
    <message>
        <source>Show in &amp;log</source>
        <translation>Im Protokoll &amp;anzeigen</translation>
    </message>
    <message>
        <source>Filter the delivery log to this call</source>
        <translation>Das Zustellprotokoll auf diesen Anruf filtern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Call %1 of %2</source>
        <translation>Anruf %1 von %2</translation>
    </message>
    <message>
        <source>Reading the call from the local history…</source>
        <translation>Der Anruf wird aus dem lokalen Verlauf gelesen…</translation>
    </message>
    <message>
        <source>This console&apos;s history holds no delivery of this call (it may be older than the history kept).</source>
        <translation>Der Verlauf dieser Konsole enthält keine Zustellung dieses Anrufs (er ist vielleicht älter als der aufbewahrte Verlauf).</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n endpoint(s)</source>
        <translation>
            <numerusform>an %n Endpoint</numerusform>
            <numerusform>an %n Endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>Every event of this call reached every endpoint.</source>
        <translation>Jedes Ereignis dieses Anrufs hat jeden Endpoint erreicht.</translation>
    </message>
    <message>
        <source>Not delivered:</source>
        <translation>Nicht zugestellt:</translation>
    </message>
    <message>
        <source>Retrying needs the operator or admin role; this token is %1.</source>
        <translation>Zum Wiederholen ist die Rolle operator oder admin nötig; Rolle dieses Tokens: %1.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <source>Nothing failed for this call.</source>
        <translation>Für diesen Anruf ist nichts fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n failed delivery(s) of this call again (Ctrl+R)</source>
        <translation>
            <numerusform>Die %n fehlgeschlagene Zustellung dieses Anrufs erneut senden (Strg+R)</numerusform>
            <numerusform>Die %n fehlgeschlagenen Zustellungen dieses Anrufs erneut senden (Strg+R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, all in the table below.</source>
        <translation>
            <numerusform>… und %n weitere, alle in der Tabelle unten.</numerusform>
            <numerusform>… und %n weitere, alle in der Tabelle unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of its %n delivery(s), </source>
        <translation>
            <numerusform>von seiner %n Zustellung: </numerusform>
            <numerusform>von seinen %n Zustellungen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 delivered, %n dead letter(s), %2 not delivered yet.</source>
        <translation>
            <numerusform>%1 zugestellt, %n Dead Letter, %2 noch nicht zugestellt.</numerusform>
            <numerusform>%1 zugestellt, %n Dead Letters, %2 noch nicht zugestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveriesView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Retry &amp;all matching…</source>
        <translation>&amp;Alle passenden wiederholen…</translation>
    </message>
    <message>
        <source>Send &amp;test event…</source>
        <translation>&amp;Testereignis senden…</translation>
    </message>
    <message>
        <source>Filter: status:failed code:5xx event:call.* endpoint:crm after:-1h, or any text</source>
        <translation>Filter: status:failed code:5xx event:call.* endpoint:crm after:-1h oder beliebiger Text</translation>
    </message>
    <message>
        <source>Delivery filter</source>
        <translation>Zustellungsfilter</translation>
    </message>
    <message>
        <source>Go to &amp;oldest</source>
        <translation>Zur ä&amp;ltesten</translation>
    </message>
    <message>
        <source>Show the oldest deliveries first and select the oldest (Ctrl+End)</source>
        <translation>Älteste Zustellungen zuerst anzeigen und die älteste auswählen (Strg+Ende)</translation>
    </message>
    <message>
        <source>Go to &amp;newest</source>
        <translation>Zur &amp;neuesten</translation>
    </message>
    <message>
        <source>Show the newest deliveries first, live, and select the newest (Ctrl+Home)</source>
        <translation>Neueste Zustellungen zuerst (live) anzeigen und die neueste auswählen (Strg+Pos1)</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>Send the selected delivery again now (R)</source>
        <translation>Ausgewählte Zustellung jetzt erneut senden (R)</translation>
    </message>
    <message>
        <source>Save the rows of the current filter as CSV or JSON (Ctrl+E)</source>
        <translation>Zeilen des aktuellen Filters als CSV oder JSON speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Export deliveries</source>
        <translation>Zustellungen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting… %1 rows</source>
        <translation>Export läuft… %1 Zeilen</translation>
    </message>
    <message>
        <source>Exported %1 rows.</source>
        <translation>%1 Zeilen exportiert.</translation>
    </message>
    <message>
        <source>Export stopped: %1</source>
        <translation>Export abgebrochen: %1</translation>
    </message>
    <message>
        <source>Send a test event to the selected row&apos;s endpoint (Ctrl+T)</source>
        <translation>Testereignis an den Endpoint der ausgewählten Zeile senden (Strg+T)</translation>
    </message>
    <message>
        <source>Sending test events needs the operator or admin role; this token is %1.</source>
        <translation>Zum Senden von Testereignissen ist die Rolle operator oder admin nötig; Rolle dieses Tokens: %1.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <source>Retrying needs the operator or admin role; this token is %1.</source>
        <translation>Zum Wiederholen ist die Rolle operator oder admin nötig; Rolle dieses Tokens: %1.</translation>
    </message>
    <message>
        <source>Oldest deliveries first; Ctrl+Home returns to the newest.</source>
        <translation>Älteste Zustellungen zuerst; Strg+Pos1 kehrt zu den neuesten zurück.</translation>
    </message>
    <message>
        <source>Newest deliveries first.</source>
        <translation>Neueste Zustellungen zuerst.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>Der Filter ist ungültig: %1</translation>
    </message>
    <message>
        <source>Retrying %1…</source>
        <translation>%1 wird wiederholt…</translation>
    </message>
    <message>
        <source>Retry of %1 sent; the row updates when the result arrives.</source>
        <translation>Wiederholung von %1 gesendet; die Zeile wird aktualisiert, sobald das Ergebnis eintrifft.</translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation>Wiederholung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>No attempt to copy yet.</source>
        <translation>Noch kein Versuch zum Kopieren vorhanden.</translation>
    </message>
    <message>
        <source>Copy as cURL failed: %1</source>
        <translation>Kopieren als cURL fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Copied a cURL command for the latest attempt (its signature expires with its timestamp).</source>
        <translation>cURL-Befehl für den letzten Versuch kopiert (seine Signatur läuft mit seinem Zeitstempel ab).</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Follow this &amp;call</source>
        <translation>Diesem &amp;Anruf folgen</translation>
    </message>
    <message>
        <source>Show every event of the selected delivery&apos;s call, to every endpoint (F)</source>
        <translation>Jedes Ereignis des Anrufs der gewählten Zustellung an jeden Endpoint zeigen (F)</translation>
    </message>
    <message>
        <source>This delivery&apos;s message carries no call id.</source>
        <translation>Die Nachricht dieser Zustellung trägt keine Anruf-ID.</translation>
    </message>
    <message>
        <source>Copied a cURL command for the latest attempt, with the payload as masked for your role: it does not repeat what the endpoint received.</source>
        <translation>cURL-Befehl für den letzten Versuch kopiert, mit der Payload so maskiert, wie Ihre Rolle sie sieht: Er wiederholt nicht, was der Endpoint erhalten hat.</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveryDetailPane</name>
    <message>
        <source>Delivery detail</source>
        <translation>Zustellungsdetails</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a delivery (arrow keys, Enter) to see its message, payload and every attempt. &lt;b&gt;R&lt;/b&gt; retries it, &lt;b&gt;Ctrl+C&lt;/b&gt; copies its id, &lt;b&gt;Ctrl+F&lt;/b&gt; filters.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Wählen Sie eine Zustellung (Pfeiltasten, Enter), um ihre Nachricht, ihre Payload und jeden Versuch zu sehen. &lt;b&gt;R&lt;/b&gt; wiederholt sie, &lt;b&gt;Strg+C&lt;/b&gt; kopiert ihre ID, &lt;b&gt;Strg+F&lt;/b&gt; filtert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Message &lt;code&gt;%1&lt;/code&gt; to endpoint &lt;code&gt;%2&lt;/code&gt;: %3</source>
        <translation>Nachricht &lt;code&gt;%1&lt;/code&gt; an Endpoint &lt;code&gt;%2&lt;/code&gt;: %3</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Nächster Versuch: %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading attempts…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Versuche werden geladen…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading payload…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Payload wird geladen…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>%1 ms (connect %2, TLS %3, first byte %4)</source>
        <translation>%1 ms (Verbindung %2, TLS %3, erstes Byte %4)</translation>
    </message>
    <message>
        <source>Attempts unavailable: %1 (the engine is offline; the log shows stored history).</source>
        <translation>Versuche nicht verfügbar: %1 (die Engine ist offline; das Protokoll zeigt den gespeicherten Verlauf).</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>Noch kein Versuch.</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Attempt %1 unavailable: %2</source>
        <translation>Versuch %1 nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>POST %1 → &lt;b&gt;%2&lt;/b&gt;, error class %3, %4 ms total (connect %5, TLS %6, first byte %7)</source>
        <translation>POST %1 → &lt;b&gt;%2&lt;/b&gt;, Fehlerklasse %3, %4 ms gesamt (Verbindung %5, TLS %6, erstes Byte %7)</translation>
    </message>
    <message>
        <source>Request headers as sent</source>
        <translation>Anfrage-Header wie gesendet</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message>
        <source>Call &lt;code&gt;%1&lt;/code&gt;: F follows the whole call.</source>
        <translation>Anruf &lt;code&gt;%1&lt;/code&gt;: F folgt dem ganzen Anruf.</translation>
    </message>
    <message>
        <source>Values shown as [masked] are hidden from your role; the endpoint received them.</source>
        <translation>Als [masked] angezeigte Werte sind für Ihre Rolle verborgen; der Endpoint hat sie erhalten.</translation>
    </message>
    <message>
        <source>Tags: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Tags: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Kanäle: %1</translation>
    </message>
    <message>
        <source>Producer&apos;s event id: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Ereignis-ID des Produzenten: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Scheduled: held until %1 (deliverAt).</source>
        <translation>Geplant: zurückgehalten bis %1 (deliverAt).</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveryFilter</name>
    <message>
        <source>&quot;%1&quot; cannot be sent to the engine; bulk retry understands app:, endpoint:, event: (exact names), code:Nxx, after:, before:, status:dead, status:failed and attempt:failed</source>
        <translation>&quot;%1&quot; kann nicht an die Engine gesendet werden; die Sammelwiederholung versteht app:, endpoint:, event: (exakte Namen), code:Nxx, after:, before:, status:dead, status:failed und attempt:failed</translation>
    </message>
    <message>
        <source>name the endpoint&apos;s app too (app:…) to retry one endpoint</source>
        <translation>geben Sie auch die App des Endpoints an (app:…), um einen einzelnen Endpoint zu wiederholen</translation>
    </message>
    <message>
        <source>missing closing quote</source>
        <translation>schließendes Anführungszeichen fehlt</translation>
    </message>
    <message>
        <source>status is one of: %1</source>
        <translation>status ist einer der Werte: %1</translation>
    </message>
    <message>
        <source>code is a status (404), a class (5xx), a comparison (&gt;=500) or none</source>
        <translation>code ist ein Status (404), eine Klasse (5xx), ein Vergleich (&gt;=500) oder none</translation>
    </message>
    <message>
        <source>error is one of: %1</source>
        <translation>error ist einer der Werte: %1</translation>
    </message>
    <message>
        <source>name an event type, e.g. event:call.* </source>
        <translation>geben Sie einen Ereignistyp an, z. B. event:call.* </translation>
    </message>
    <message>
        <source>%1 takes a time such as -30m, -1h, -7d, 2026-11-20 or 2026-11-20T10:00</source>
        <translation>%1 erwartet eine Zeit wie -30m, -1h, -7d, 2026-11-20 oder 2026-11-20T10:00</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; fields are %2</source>
        <translation>unbekanntes Feld &quot;%1&quot;; die Felder sind %2</translation>
    </message>
    <message>
        <source>name an application or endpoint, or part of its name, e.g. %1:acme</source>
        <translation>nennen Sie eine Anwendung oder einen Endpoint oder einen Teil des Namens, z.&#xa0;B. %1:acme</translation>
    </message>
    <message>
        <source>name a call id, e.g. call:c_42</source>
        <translation>eine Anruf-ID angeben, z.&#xa0;B. call:c_42</translation>
    </message>
    <message>
        <source>attempt:failed is the only attempt: term (some attempt failed, even if a later one succeeded)</source>
        <translation>attempt:failed ist der einzige attempt:-Begriff (ein Versuch schlug fehl, auch wenn ein späterer gelang)</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveryLogModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Dead Letter</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EndpointDirectory</name>
    <message>
        <source>The engine answered %1.</source>
        <translation>Die Engine antwortete mit %1.</translation>
    </message>
    <message>
        <source>Operational webhooks</source>
        <translation>Betriebs-Webhooks</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EndpointEditor</name>
    <message>
        <source>Custom headers</source>
        <translation>Eigene Header</translation>
    </message>
    <message>
        <source>The application the new endpoint belongs to</source>
        <translation>Die Anwendung, zu der der neue Endpoint gehört</translation>
    </message>
    <message>
        <source>An endpoint stays in its application</source>
        <translation>Ein Endpoint bleibt in seiner Anwendung</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Neuer Endpoint</translation>
    </message>
    <message>
        <source>Not an absolute http or https URL (https://host/path).</source>
        <translation>Keine absolute http- oder https-URL (https://host/path).</translation>
    </message>
    <message>
        <source>Plain http: payloads, custom headers and signatures cross the network unencrypted. Use https outside a lab.</source>
        <translation>Einfaches http: Payloads, eigene Header und Signaturen gehen unverschlüsselt über das Netz. Verwenden Sie außerhalb einer Testumgebung https.</translation>
    </message>
    <message>
        <source>Not a schedule: %1. Write delays such as 0, 5s, 30s, 5m, 2h.</source>
        <translation>Kein gültiger Plan: %1. Geben Sie Verzögerungen wie 0, 5s, 30s, 5m, 2h an.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saving with another scheme gives the endpoint a new secret.</source>
        <translation>Beim Speichern mit einem anderen Verfahren erhält der Endpoint ein neues Signaturgeheimnis.</translation>
    </message>
    <message>
        <source>Enter the URL the engine delivers to.</source>
        <translation>Geben Sie die URL ein, an die die Engine zustellt.</translation>
    </message>
    <message>
        <source>Create an application first: endpoints belong to one.</source>
        <translation>Legen Sie zuerst eine Anwendung an: Endpoints gehören immer zu einer.</translation>
    </message>
    <message>
        <source>The engine refused the endpoint; see the marked fields.</source>
        <translation>Die Engine hat den Endpoint abgelehnt; siehe die markierten Felder.</translation>
    </message>
    <message>
        <source>The engine refused the endpoint: %1</source>
        <translation>Die Engine hat den Endpoint abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EndpointHealthModel</name>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Success over the range</source>
        <translation>Erfolg im Zeitraum</translation>
    </message>
    <message>
        <source>No recent traffic</source>
        <translation>Kein aktueller Verkehr</translation>
    </message>
    <message>
        <source>Now: %1 of its last %2 attempts (within %3 minutes) succeeded.</source>
        <translation>Jetzt: %1 der letzten %2 Versuche (innerhalb von %3 Minuten) erfolgreich.</translation>
    </message>
    <message>
        <source>No attempts in the last %1 minutes.</source>
        <translation>Keine Versuche in den letzten %1 Minuten.</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EndpointList</name>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Endpoints by application</source>
        <translation>Endpoints nach Anwendung</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EndpointsView</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Deak&amp;tivieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Send test event…</source>
        <translation>Testereignis senden…</translation>
    </message>
    <message>
        <source>Search endpoints by name, URL, id or application (Ctrl+F)</source>
        <translation>Endpoints nach Name, URL, ID oder Anwendung durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search endpoints</source>
        <translation>Endpoints durchsuchen</translation>
    </message>
    <message>
        <source>Loading endpoints…</source>
        <translation>Endpoints werden geladen…</translation>
    </message>
    <message>
        <source>Start a new endpoint in the selected application (Ctrl+N)</source>
        <translation>Neuen Endpoint in der ausgewählten Anwendung anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Could not read the endpoints: %1</source>
        <translation>Die Endpoints konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>No applications yet: producers create them through the API.</source>
        <translation>Noch keine Anwendungen: Produzenten legen sie über die API an.</translation>
    </message>
    <message>
        <source>No endpoints yet: New (Ctrl+N) adds one.</source>
        <translation>Noch keine Endpoints: Neu (Strg+N) legt einen an.</translation>
    </message>
    <message>
        <source>the new endpoint</source>
        <translation>dem neuen Endpoint</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to %1?</source>
        <translation>Ungespeicherte Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>New endpoint: fill in at least its URL, then Save (Ctrl+S).</source>
        <translation>Neuer Endpoint: mindestens die URL ausfüllen, dann Speichern (Strg+S).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Endpoint created.</source>
        <translation>Endpoint angelegt.</translation>
    </message>
    <message>
        <source>Endpoint saved.</source>
        <translation>Endpoint gespeichert.</translation>
    </message>
    <message>
        <source>The engine refused the endpoint; the form says why.</source>
        <translation>Die Engine hat den Endpoint abgelehnt; das Formular nennt den Grund.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Could not change the endpoint: %1</source>
        <translation>Der Endpoint konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Endpoint disabled: nothing is delivered to it until it is enabled again.</source>
        <translation>Endpoint deaktiviert: Bis er wieder aktiviert wird, wird nichts an ihn zugestellt.</translation>
    </message>
    <message>
        <source>Endpoint enabled.</source>
        <translation>Endpoint aktiviert.</translation>
    </message>
    <message>
        <source>Delete the endpoint “%1” (%2)? Deliveries still pending for it are dropped; this cannot be undone.</source>
        <translation>Endpoint „%1“ (%2) löschen? Noch ausstehende Zustellungen an ihn werden verworfen; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Endpoint deleted.</source>
        <translation>Endpoint gelöscht.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <source>Changing endpoints needs the admin role; this token is %1.</source>
        <translation>Zum Ändern von Endpoints ist die Rolle admin nötig; Rolle dieses Tokens: %1.</translation>
    </message>
    <message>
        <source>Save the endpoint on the engine (Ctrl+S)</source>
        <translation>Endpoint in der Engine speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Ak&amp;tivieren</translation>
    </message>
    <message>
        <source>Deliver to this endpoint again</source>
        <translation>Wieder an diesen Endpoint zustellen</translation>
    </message>
    <message>
        <source>Stop delivering to this endpoint; messages for it are not queued meanwhile</source>
        <translation>Nicht mehr an diesen Endpoint zustellen; Nachrichten für ihn werden in der Zwischenzeit nicht vorgehalten</translation>
    </message>
    <message>
        <source>Delete this endpoint (asks first)</source>
        <translation>Diesen Endpoint löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Sending test events needs the operator or admin role; this token is %1.</source>
        <translation>Zum Senden von Testereignissen ist die Rolle operator oder admin nötig; Rolle dieses Tokens: %1.</translation>
    </message>
    <message>
        <source>Send an event of your choice to this endpoint and watch the answer (Ctrl+T)</source>
        <translation>Ein beliebiges Ereignis an diesen Endpoint senden und die Antwort verfolgen (Strg+T)</translation>
    </message>
    <message>
        <source>Save the endpoint first</source>
        <translation>Speichern Sie den Endpoint zuerst</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EngineClient</name>
    <message>
        <source>The engine answered %1.</source>
        <translation>Die Engine antwortete mit %1.</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EventTypePicker</name>
    <message>
        <source>Search event types</source>
        <translation>Ereignistypen durchsuchen</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>Not in the catalogue</source>
        <translation>Nicht im Katalog</translation>
    </message>
    <message numerus="yes">
        <source>%n event type(s) checked.</source>
        <translation>
            <numerusform>%n Ereignistyp ausgewählt.</numerusform>
            <numerusform>%n Ereignistypen ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>None checked: the endpoint gets every event type.</source>
        <translation>Keiner ausgewählt: Der Endpoint erhält alle Ereignistypen.</translation>
    </message>
    <message>
        <source>An endpoint was disabled: it answered 410 Gone, failed too long, or by hand.</source>
        <translation>Ein Endpunkt wurde deaktiviert: Er antwortete 410 Gone, schlug zu lange fehl oder wurde von Hand deaktiviert.</translation>
    </message>
    <message>
        <source>A message used up its retries: a dead letter.</source>
        <translation>Eine Nachricht hat ihre Wiederholungen aufgebraucht: ein toter Brief.</translation>
    </message>
    <message>
        <source>A message failed its first attempts and is still being retried.</source>
        <translation>Eine Nachricht ist bei den ersten Versuchen gescheitert und wird weiter wiederholt.</translation>
    </message>
    <message>
        <source>A failing message got through.</source>
        <translation>Eine fehlschlagende Nachricht ist durchgekommen.</translation>
    </message>
    <message>
        <source>An endpoint was created.</source>
        <translation>Ein Endpunkt wurde angelegt.</translation>
    </message>
    <message>
        <source>An endpoint was changed.</source>
        <translation>Ein Endpunkt wurde geändert.</translation>
    </message>
    <message>
        <source>An endpoint was deleted.</source>
        <translation>Ein Endpunkt wurde gelöscht.</translation>
    </message>
    <message>
        <source>A bulk retry, recovery or replay finished.</source>
        <translation>Eine Sammelwiederholung, Wiederherstellung oder erneute Zustellung ist beendet.</translation>
    </message>
    <message>
        <source>Operational events</source>
        <translation>Betriebsereignisse</translation>
    </message>
    <message>
        <source>What the engine tells its operators</source>
        <translation>Was die Engine ihren Betreibern mitteilt</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::HeldCallsPanel</name>
    <message>
        <source>Held call</source>
        <translation>Angehaltener Anruf</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Angehalten seit</translation>
    </message>
    <message>
        <source>Dead letter holding it</source>
        <translation>Anhaltender Dead Letter</translation>
    </message>
    <message>
        <source>Held calls</source>
        <translation>Angehaltene Anrufe</translation>
    </message>
    <message>
        <source>Send the dead letter again</source>
        <translation>Dead Letter erneut senden</translation>
    </message>
    <message>
        <source>Each call&apos;s events go in order. A dead letter holds its call until it is sent again.</source>
        <translation>Die Ereignisse jedes Anrufs gehen in Reihenfolge. Ein Dead Letter hält seinen Anruf an, bis er erneut gesendet wird.</translation>
    </message>
    <message>
        <source>Each call&apos;s events go in order. A dead letter is skipped: its call goes on.</source>
        <translation>Die Ereignisse jedes Anrufs gehen in Reihenfolge. Ein Dead Letter wird übersprungen: sein Anruf geht weiter.</translation>
    </message>
    <message>
        <source>Could not read the held calls: %1</source>
        <translation>Die angehaltenen Anrufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Each call&apos;s events go in order. No call is held by a dead letter.</source>
        <translation>Die Ereignisse jedes Anrufs gehen in Reihenfolge. Kein Anruf wird von einem Dead Letter angehalten.</translation>
    </message>
    <message>
        <source>Calls held by a dead letter: %1. Send a call&apos;s dead letter again to let the call go on, in order.</source>
        <translation>Von einem Dead Letter angehaltene Anrufe: %1. Senden Sie den Dead Letter eines Anrufs erneut, damit der Anruf in Reihenfolge weitergeht.</translation>
    </message>
    <message>
        <source>Sending the dead letter of %1 again; the call goes on once it is delivered.</source>
        <translation>Der Dead Letter von %1 wird erneut gesendet; der Anruf geht weiter, sobald er zugestellt ist.</translation>
    </message>
    <message>
        <source>Could not send the dead letter of %1 again: %2</source>
        <translation>Der Dead Letter von %1 konnte nicht erneut gesendet werden: %2</translation>
    </message>
    <message>
        <source>Deliver the selected call&apos;s dead letter again now (Enter)</source>
        <translation>Den Dead Letter des gewählten Anrufs jetzt erneut zustellen (Eingabe)</translation>
    </message>
    <message>
        <source>Sending again needs the operator or admin role; this token is %1.</source>
        <translation>Erneutes Senden erfordert die Rolle operator oder admin; dieses Token ist %1.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <source>Show in log</source>
        <translation>Im Protokoll zeigen</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::HistoryReader</name>
    <message>
        <source>The local history is not open yet.</source>
        <translation>Der lokale Verlauf ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::KpiTile</name>
    <message>
        <source> pts</source>
        <translation> Pp.</translation>
    </message>
    <message>
        <source>→ same as the previous period</source>
        <translation>→ wie im vorherigen Zeitraum</translation>
    </message>
    <message>
        <source>%1 %2 vs the previous period</source>
        <translation>%1 %2 ggü. dem vorherigen Zeitraum</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::LogEmptyState</name>
    <message>
        <source>No deliveries yet: they appear here as the engine sends them.</source>
        <translation>Noch keine Zustellungen: Sie erscheinen hier, sobald die Engine sie sendet.</translation>
    </message>
    <message>
        <source>No deliveries match %1 — clear the filter (Esc)</source>
        <translation>Keine Zustellungen passen zu %1 — Filter leeren (Esc)</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::LogPauseBar</name>
    <message>
        <source>New deliveries while paused</source>
        <translation>Neue Zustellungen während der Pause</translation>
    </message>
    <message>
        <source>Resume the live log and go to the newest deliveries</source>
        <translation>Live-Protokoll fortsetzen und zu den neuesten Zustellungen gehen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Let new deliveries into the log again (Space in the log)</source>
        <translation>Neue Zustellungen wieder ins Protokoll lassen (Leertaste im Protokoll)</translation>
    </message>
    <message>
        <source>Hold the rows in view still; new deliveries are still received, stored and counted (Space in the log)</source>
        <translation>Die sichtbaren Zeilen festhalten; neue Zustellungen werden weiter empfangen, gespeichert und gezählt (Leertaste im Protokoll)</translation>
    </message>
    <message>
        <source>%1 new — show them</source>
        <translation>%1 neu — anzeigen</translation>
    </message>
    <message>
        <source>Paused: no new deliveries yet</source>
        <translation>Angehalten: noch keine neuen Zustellungen</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Not connected to an engine: delivery health appears here once you are.</source>
        <translation>Nicht mit einer Engine verbunden: Der Zustand der Zustellungen erscheint hier, sobald Sie verbunden sind.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Not connected to an engine. Choose Engine ▸ Profiles… (Ctrl+Shift+P) to add one, or start with --engine URL and SWITCHBOARD_TOKEN set.</source>
        <translation>Nicht mit einer Engine verbunden. Wählen Sie Engine ▸ Profile… (Strg+Umschalt+P), um eine hinzuzufügen, oder starten Sie mit --engine URL und gesetztem SWITCHBOARD_TOKEN.</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>Zu&amp;stellungen</translation>
    </message>
    <message>
        <source>Not connected to an engine: its applications and endpoints appear here once you are.</source>
        <translation>Nicht mit einer Engine verbunden: Deren Anwendungen und Endpoints erscheinen hier, sobald Sie verbunden sind.</translation>
    </message>
    <message>
        <source>Endpoint&amp;s</source>
        <translation>&amp;Endpoints</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>E&amp;ngine</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Filter language</source>
        <translation>&amp;Filtersprache</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>Ü&amp;ber Switchboard</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Webhook delivery for voice-AI and telephony platforms.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Webhook-Zustellung für Voice-AI- und Telefonieplattformen.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Switchboard keeps running</source>
        <translation>Switchboard läuft weiter</translation>
    </message>
    <message>
        <source>Alerts still arrive here. Quit from the tray icon&apos;s menu or with Ctrl+Q.</source>
        <translation>Warnungen kommen weiterhin hier an. Beenden Sie Switchboard über das Menü des Symbols im Infobereich oder mit Strg+Q.</translation>
    </message>
    <message>
        <source>The engine had already pruned changes %1–%2, which this computer never received; the history goes on after them.</source>
        <translation>Die Engine hatte die Änderungen %1–%2 bereits bereinigt, bevor dieser Computer sie erhalten hat; der Verlauf geht danach weiter.</translation>
    </message>
    <message>
        <source>Switchboard — %1</source>
        <translation>Switchboard — %1</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>Verbinden mit</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>No token is stored for “%1”: add one in Engine ▸ Profiles.</source>
        <translation>Für „%1“ ist kein Token gespeichert: Fügen Sie unter Engine ▸ Profile eines hinzu.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Filter language</source>
        <translation>Filtersprache</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Catching up…</source>
        <translation>Holt auf…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Offline — showing stored history; reconnecting in about %1 s</source>
        <translation>Offline — gespeicherter Verlauf wird angezeigt; neuer Verbindungsversuch in etwa %1 s</translation>
    </message>
    <message>
        <source>Offline — showing stored history</source>
        <translation>Offline — gespeicherter Verlauf wird angezeigt</translation>
    </message>
    <message>
        <source>seq %1 · lag %2</source>
        <translation>Seq. %1 · Rückstand %2</translation>
    </message>
    <message>
        <source>role unknown</source>
        <translation>Rolle unbekannt</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Engine not answering since %1</source>
        <translation>Engine antwortet nicht seit %1</translation>
    </message>
    <message>
        <source>seq %1 · lag unknown</source>
        <translation>Seq. %1 · Rückstand unbekannt</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Warnmeldungen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>The recent past is here and live. Older deliveries are being copied from the engine; the log&apos;s older rows and the totals of longer ranges fill in as they arrive.</source>
        <translation>Die jüngste Vergangenheit ist da und live. Ältere Zustellungen werden von der Engine kopiert; ältere Zeilen des Protokolls und die Summen längerer Zeiträume erscheinen, sobald sie ankommen.</translation>
    </message>
    <message>
        <source>Copying older history: %1 %</source>
        <translation>Ältere Historie wird kopiert: %1 %</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Filtering the delivery log&lt;/h3&gt;&lt;p&gt;Type terms separated by spaces; every term must match. Press Enter to apply. A filter with a mistake turns red, says why, and is not applied.&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:failed&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the last attempt failed (retrying or dead)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;attempt:failed&lt;/code&gt;&lt;/td&gt;&lt;td&gt;some attempt failed, even if a later one succeeded&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:dead&lt;/code&gt;&lt;/td&gt;&lt;td&gt;every retry used up: dead letters&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:retrying&lt;/code&gt;, &lt;code&gt;status:pending&lt;/code&gt;, &lt;code&gt;status:succeeded&lt;/code&gt;&lt;/td&gt;&lt;td&gt;by state&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;code:5xx&lt;/code&gt;, &lt;code&gt;code:404&lt;/code&gt;, &lt;code&gt;code:&amp;gt;=500&lt;/code&gt;, &lt;code&gt;code:none&lt;/code&gt;&lt;/td&gt;&lt;td&gt;HTTP status of the last attempt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;error:timeout&lt;/code&gt;&lt;/td&gt;&lt;td&gt;error class: timeout, dns, connect, tls, http, redirect, body-too-large, policy&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;event:call.*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;event type, &lt;code&gt;*&lt;/code&gt; matches anything&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;endpoint:crm&lt;/code&gt;, &lt;code&gt;app:acme&lt;/code&gt;&lt;/td&gt;&lt;td&gt;part of a name, uid, description or URL, in any case, or the beginning of an id&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;call:c_42&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the deliveries of one call: its call id, exactly as the engine found it in the payload&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;after:-1h&lt;/code&gt;, &lt;code&gt;before:2026-11-20T10:00&lt;/code&gt;&lt;/td&gt;&lt;td&gt;relative (s, m, h) or absolute, local time&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-status:succeeded&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a leading minus negates a term&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;msg_2Lq…&lt;/code&gt;, &lt;code&gt;atmpt_…&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a message or attempt id, or its beginning (fast)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;call_42&lt;/code&gt; or &lt;code&gt;&quot;quoted text&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;words of event types and of responses (a full-text index)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Keys: Ctrl+F filter, Esc clear the filter, Enter detail, R retry, F follow the delivery&apos;s call, Ctrl+Shift+R retry all matching dead letters, Ctrl+End oldest first, Ctrl+Home newest first, Ctrl+C copy id, Ctrl+Shift+C copy as cURL, Ctrl+E export, Space pause or resume the live log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Das Zustellprotokoll filtern&lt;/h3&gt;&lt;p&gt;Geben Sie durch Leerzeichen getrennte Begriffe ein; jeder Begriff muss zutreffen. Enter wendet den Filter an. Ein fehlerhafter Filter wird rot, nennt den Grund und wird nicht angewendet.&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:failed&lt;/code&gt;&lt;/td&gt;&lt;td&gt;der letzte Versuch ist fehlgeschlagen (wird wiederholt oder Dead Letter)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;attempt:failed&lt;/code&gt;&lt;/td&gt;&lt;td&gt;ein Versuch schlug fehl, auch wenn ein späterer gelang&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:dead&lt;/code&gt;&lt;/td&gt;&lt;td&gt;alle Wiederholungen aufgebraucht: Dead Letters&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:retrying&lt;/code&gt;, &lt;code&gt;status:pending&lt;/code&gt;, &lt;code&gt;status:succeeded&lt;/code&gt;&lt;/td&gt;&lt;td&gt;nach Zustand&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;code:5xx&lt;/code&gt;, &lt;code&gt;code:404&lt;/code&gt;, &lt;code&gt;code:&amp;gt;=500&lt;/code&gt;, &lt;code&gt;code:none&lt;/code&gt;&lt;/td&gt;&lt;td&gt;HTTP-Status des letzten Versuchs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;error:timeout&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Fehlerklasse: timeout, dns, connect, tls, http, redirect, body-too-large, policy&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;event:call.*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Ereignistyp, &lt;code&gt;*&lt;/code&gt; passt auf alles&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;endpoint:crm&lt;/code&gt;, &lt;code&gt;app:acme&lt;/code&gt;&lt;/td&gt;&lt;td&gt;ein Teil von Name, UID, Beschreibung oder URL, in beliebiger Schreibweise, oder der Anfang einer ID&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;call:c_42&lt;/code&gt;&lt;/td&gt;&lt;td&gt;die Zustellungen eines Anrufs: seine Anruf-ID, genau so, wie die Engine sie in der Nutzlast gefunden hat&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;after:-1h&lt;/code&gt;, &lt;code&gt;before:2026-11-20T10:00&lt;/code&gt;&lt;/td&gt;&lt;td&gt;relativ (s, m, h) oder absolut, in Ortszeit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-status:succeeded&lt;/code&gt;&lt;/td&gt;&lt;td&gt;ein vorangestelltes Minus verneint einen Begriff&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;msg_2Lq…&lt;/code&gt;, &lt;code&gt;atmpt_…&lt;/code&gt;&lt;/td&gt;&lt;td&gt;eine Nachrichten- oder Versuchs-ID oder ihr Anfang (schnell)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;call_42&lt;/code&gt; oder &lt;code&gt;&quot;Text in Anführungszeichen&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;Wörter aus Ereignistypen und Antworten (ein Volltextindex)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Tasten: Strg+F Filter, Esc Filter leeren, Enter Details, R wiederholen, F dem Anruf der Zustellung folgen, Strg+Umschalt+R alle passenden Dead Letters wiederholen, Strg+Ende älteste zuerst, Strg+Pos1 neueste zuerst, Strg+C ID kopieren, Strg+Umschalt+C als cURL kopieren, Strg+E exportieren, Leertaste Live-Protokoll anhalten oder fortsetzen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::OverviewCharts</name>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Throughput (attempts per minute)</source>
        <translation>Durchsatz (Versuche pro Minute)</translation>
    </message>
    <message>
        <source>attempts/min</source>
        <translation>Versuche/min</translation>
    </message>
    <message>
        <source>Success rate chart</source>
        <translation>Diagramm Erfolgsquote</translation>
    </message>
    <message>
        <source>Latency chart</source>
        <translation>Diagramm Latenz</translation>
    </message>
    <message>
        <source>Outcomes chart</source>
        <translation>Diagramm Ergebnisse</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Diagramm Durchsatz</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>no attempts</source>
        <translation>keine Versuche</translation>
    </message>
    <message>
        <source>%1 attempts, %2 % succeeded</source>
        <translation>%1 Versuche, %2 % erfolgreich</translation>
    </message>
    <message>
        <source>p50 %1 ms · p95 %2 ms · p99 %3 ms</source>
        <translation>p50 %1 ms · p95 %2 ms · p99 %3 ms</translation>
    </message>
    <message>
        <source>Click to see these deliveries in the log.</source>
        <translation>Klicken, um diese Zustellungen im Protokoll zu sehen.</translation>
    </message>
    <message>
        <source>engine not answering</source>
        <translation>Engine antwortet nicht</translation>
    </message>
    <message>
        <source>The engine did not answer from %1 to %2: these minutes are unknown, not quiet.</source>
        <translation>Die Engine hat von %1 bis %2 nicht geantwortet: Diese Minuten sind unbekannt, nicht ruhig.</translation>
    </message>
    <message>
        <source>The engine did not answer for part of this time.</source>
        <translation>Die Engine hat während eines Teils dieser Zeit nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::OverviewView</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Alle Anwendungen</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Alle Endpoints</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>End&amp;point:</translation>
    </message>
    <message>
        <source>Deliveries per minute</source>
        <translation>Zustellungen pro Minute</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95-Latenz</translation>
    </message>
    <message>
        <source>Awaiting retry</source>
        <translation>Warten auf Wiederholung</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>Disabled endpoints</source>
        <translation>Deaktivierte Endpoints</translation>
    </message>
    <message>
        <source>Endpoint health</source>
        <translation>Endpoint-Zustand</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>now</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Show &amp;failures in the log</source>
        <translation>&amp;Fehlschläge im Protokoll zeigen</translation>
    </message>
    <message>
        <source>&amp;Edit endpoint settings</source>
        <translation>Endpoint-Einstellungen &amp;bearbeiten</translation>
    </message>
    <message>
        <source>data since %1</source>
        <translation>Daten seit %1</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::ProfilesDialog</name>
    <message>
        <source>C&amp;onnect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Reading the token…</source>
        <translation>Token wird gelesen…</translation>
    </message>
    <message>
        <source>Paste the engine&apos;s API token (the engine&apos;s admin sets it up).</source>
        <translation>Fügen Sie das API-Token der Engine ein (der Admin der Engine richtet es ein).</translation>
    </message>
    <message>
        <source>Storing the token…</source>
        <translation>Token wird gespeichert…</translation>
    </message>
    <message>
        <source>Delete the profile “%1”, its stored token and its local history?</source>
        <translation>Profil „%1“, sein gespeichertes Token und seinen lokalen Verlauf löschen?</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::SecretPanel</name>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotieren…</translation>
    </message>
    <message>
        <source>old one signs for</source>
        <translation>das alte signiert noch</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Fetch the secret from the engine and show it</source>
        <translation>Geheimnis von der Engine abrufen und anzeigen</translation>
    </message>
    <message>
        <source>Put the secret on the clipboard without showing it</source>
        <translation>Geheimnis in die Zwischenablage kopieren, ohne es anzuzeigen</translation>
    </message>
    <message>
        <source>Generate a new secret; the old one keeps signing for the grace period</source>
        <translation>Neues Geheimnis erzeugen; das alte signiert während der Übergangszeit weiter</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Grace period of the old secret, in hours</source>
        <translation>Übergangszeit des alten Geheimnisses, in Stunden</translation>
    </message>
    <message>
        <source>How long the old secret keeps signing beside the new one (0: stops at once)</source>
        <translation>Wie lange das alte Geheimnis neben dem neuen weiter signiert (0: endet sofort)</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Geheimnis rotieren</translation>
    </message>
    <message>
        <source>Only admins may see or rotate signing secrets; this token is %1.</source>
        <translation>Nur Admins dürfen Signaturgeheimnisse sehen oder rotieren; Rolle dieses Tokens: %1.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <source>The engine generates the secret when the endpoint is first saved.</source>
        <translation>Die Engine erzeugt das Geheimnis beim ersten Speichern des Endpoints.</translation>
    </message>
    <message>
        <source>Could not read the secret: %1</source>
        <translation>Das Geheimnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>The signing secret is on the clipboard.</source>
        <translation>Das Signaturgeheimnis ist in der Zwischenablage.</translation>
    </message>
    <message numerus="yes">
        <source>Generate a new signing secret? The current one keeps signing beside it for %n hour(s), so receivers can switch over.</source>
        <translation>
            <numerusform>Neues Signaturgeheimnis erzeugen? Das aktuelle signiert noch %n Stunde lang daneben weiter, damit Empfänger umstellen können.</numerusform>
            <numerusform>Neues Signaturgeheimnis erzeugen? Das aktuelle signiert noch %n Stunden lang daneben weiter, damit Empfänger umstellen können.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate a new signing secret? The current one stops signing at once: receivers that still check it will reject deliveries.</source>
        <translation>Neues Signaturgeheimnis erzeugen? Das aktuelle signiert sofort nicht mehr: Empfänger, die noch damit prüfen, lehnen Zustellungen ab.</translation>
    </message>
    <message>
        <source>Rotation failed: %1</source>
        <translation>Rotation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The secret was rotated.</source>
        <translation>Das Geheimnis wurde rotiert.</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Receivers verify the v1a signatures with this key; it cannot sign, so it may be shared</source>
        <translation>Empfänger prüfen die v1a-Signaturen mit diesem Schlüssel; er kann nicht signieren und darf weitergegeben werden</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::SendAgainBox</name>
    <message>
        <source>&amp;Send again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::SigningChoice</name>
    <message>
        <source>Standard Webhooks (webhook-signature)</source>
        <translation>Standard Webhooks (webhook-signature)</translation>
    </message>
    <message>
        <source>Standard Webhooks, ed25519 (v1a; receivers verify with a public key)</source>
        <translation>Standard Webhooks, ed25519 (v1a; Empfänger prüfen mit einem öffentlichen Schlüssel)</translation>
    </message>
    <message>
        <source>sha256=&lt;hex&gt; in a header of its own</source>
        <translation>sha256=&lt;hex&gt; in einem eigenen Header</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::StreamConnection</name>
    <message>
        <source>The engine stopped answering pings.</source>
        <translation>Die Engine antwortet nicht mehr auf Pings.</translation>
    </message>
    <message>
        <source>The engine sent a frame this version cannot read: %1</source>
        <translation>Die Engine hat einen Frame gesendet, den diese Version nicht lesen kann: %1</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::TestEventDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Show in &amp;log</source>
        <translation>Im Protokoll &amp;anzeigen</translation>
    </message>
    <message>
        <source>Open the delivery log filtered to this test message</source>
        <translation>Das Zustellprotokoll gefiltert auf diese Testnachricht öffnen</translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation>Payload-JSON</translation>
    </message>
    <message>
        <source>Loading endpoints…</source>
        <translation>Endpoints werden geladen…</translation>
    </message>
    <message>
        <source>Deliver this payload to the endpoint now, as a test (Ctrl+Enter)</source>
        <translation>Diese Payload jetzt als Test an den Endpoint zustellen (Strg+Enter)</translation>
    </message>
    <message>
        <source>Could not read the endpoints: %1</source>
        <translation>Die Endpoints konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing sent yet. The engine delivers the payload to this endpoint only and marks the attempt as a test.</source>
        <translation>Noch nichts gesendet. Die Engine stellt die Payload nur an diesen Endpoint zu und markiert den Versuch als Test.</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>No endpoints</source>
        <translation>Keine Endpoints</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The payload must be a JSON object: { … }.</source>
        <translation>Die Payload muss ein JSON-Objekt sein: { … }.</translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON, %n byte(s).</source>
        <translation>
            <numerusform>Gültiges JSON, %n Byte.</numerusform>
            <numerusform>Gültiges JSON, %n Bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid JSON, so it cannot be sent. %1</source>
        <translation>Kein gültiges JSON, daher kann es nicht gesendet werden. %1</translation>
    </message>
    <message>
        <source>Sending test events needs the operator or admin role; this token is %1.</source>
        <translation>Zum Senden von Testereignissen ist die Rolle operator oder admin nötig; Rolle dieses Tokens: %1.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <source>Fix the payload first: %1</source>
        <translation>Korrigieren Sie zuerst die Payload: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sent as %1; waiting for the endpoint&apos;s answer…</source>
        <translation>Gesendet als %1; warte auf die Antwort des Endpoints…</translation>
    </message>
    <message>
        <source>✔ Delivered: HTTP %1 in %2 ms (trigger: %3).</source>
        <translation>✔ Zugestellt: HTTP %1 in %2 ms (Auslöser: %3).</translation>
    </message>
    <message>
        <source>✘ Failed: HTTP %1 in %2 ms (%3 error, trigger: %4).</source>
        <translation>✘ Fehlgeschlagen: HTTP %1 in %2 ms (Fehler %3, Auslöser: %4).</translation>
    </message>
    <message>
        <source>✘ Failed: no HTTP answer (%1 error) after %2 ms.</source>
        <translation>✘ Fehlgeschlagen: keine HTTP-Antwort (Fehler %1) nach %2 ms.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::TokenVault</name>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation>Das Token wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept in %1, a file only you can read.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Das Token wird in %1 aufbewahrt, einer Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>No token is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::TrayAlerts</name>
    <message>
        <source>&amp;Show Switchboard</source>
        <translation>Switchboard &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Mute alerts</source>
        <translation>Warnungen &amp;stummschalten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Switchboard: deliveries healthy</source>
        <translation>Switchboard: Zustellungen in Ordnung</translation>
    </message>
    <message>
        <source>Switchboard: needs attention</source>
        <translation>Switchboard: erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Switchboard: deliveries failing or engine unreachable</source>
        <translation>Switchboard: Zustellungen schlagen fehl oder Engine nicht erreichbar</translation>
    </message>
    <message>
        <source>Switchboard: no data yet</source>
        <translation>Switchboard: noch keine Daten</translation>
    </message>
</context>
</TS>
