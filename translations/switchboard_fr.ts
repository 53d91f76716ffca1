<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConsoleTranslations</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>A&amp;pplication:</source>
        <translation>A&amp;pplication&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>https://crm.example.com/hooks/voice</source>
        <translation>https://crm.example.com/hooks/voice</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>Descripti&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>What this endpoint is for: CRM sync, call analytics…</source>
        <translation>À quoi sert cet endpoint&#xa0;: synchronisation CRM, analyse des appels…</translation>
    </message>
    <message>
        <source>E&amp;vent types:</source>
        <translation>T&amp;ypes d&apos;événements&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>&amp;Canaux&#xa0;:</translation>
    </message>
    <message>
        <source>Comma-separated; empty: every message</source>
        <translation>Séparés par des virgules&#xa0;; vide&#xa0;: tous les messages</translation>
    </message>
    <message>
        <source>He&amp;aders:</source>
        <translation>E&amp;n-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected header</source>
        <translation>Retirer l&apos;en-tête sélectionné</translation>
    </message>
    <message>
        <source>Si&amp;gning scheme:</source>
        <translation>Schéma &amp;de signature&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ignature header:</source>
        <translation>En-tête de si&amp;gnature&#xa0;:</translation>
    </message>
    <message>
        <source>X-Signature (sha256-hex only)</source>
        <translation>X-Signature (sha256-hex uniquement)</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>Délai d&apos;e&amp;xpiration&#xa0;:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Rate limi&amp;t:</source>
        <translation>Limite de dé&amp;bit&#xa0;:</translation>
    </message>
    <message>
        <source> / s</source>
        <translation> / s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Ma&amp;x concurrency:</source>
        <translation>Re&amp;quêtes simultanées max.&#xa0;:</translation>
    </message>
    <message>
        <source>Retr&amp;y schedule:</source>
        <translation>Calendrier des &amp;relances&#xa0;:</translation>
    </message>
    <message>
        <source>The engine&apos;s schedule, e.g. 0, 5s, 30s, 5m, 30m, 2h</source>
        <translation>Le calendrier du moteur, p. ex. 0, 5s, 30s, 5m, 30m, 2h</translation>
    </message>
    <message>
        <source>E&amp;nabled: deliver to this endpoint</source>
        <translation>Ac&amp;tivé&#xa0;: livrer à cet endpoint</translation>
    </message>
    <message>
        <source>Signing secret:</source>
        <translation>Secret de signature&#xa0;:</translation>
    </message>
    <message>
        <source>Call order:</source>
        <translation>Ordre par appel :</translation>
    </message>
    <message>
        <source>Per call: events with the same call id (the application&apos;s correlation key) are delivered one after the other, in the order they were accepted; different calls still go in parallel.</source>
        <translation>Par appel : les événements d&apos;un même identifiant d&apos;appel (la clé de corrélation de l&apos;application) sont livrés l&apos;un après l&apos;autre, dans l&apos;ordre où ils ont été acceptés ; les appels différents restent en parallèle.</translation>
    </message>
    <message>
        <source>Any order (fastest)</source>
        <translation>N&apos;importe quel ordre (le plus rapide)</translation>
    </message>
    <message>
        <source>Per call, in order; a dead letter is skipped</source>
        <translation>Par appel, dans l&apos;ordre ; une lettre morte est sautée</translation>
    </message>
    <message>
        <source>Per call, in order; a dead letter holds its call</source>
        <translation>Par appel, dans l&apos;ordre ; une lettre morte retient son appel</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Un autre profil s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The engine URL must look like http://host:8071 or https://host.</source>
        <translation>L&apos;URL du moteur doit avoir la forme http://host:8071 ou https://host.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Engine profiles</source>
        <translation>Profils de moteur</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>Production, Staging…</source>
        <translation>Production, Préproduction…</translation>
    </message>
    <message>
        <source>Engine &amp;URL:</source>
        <translation>&amp;URL du moteur&#xa0;:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8071</source>
        <translation>http://127.0.0.1:8071</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>&amp;Verify the engine&apos;s TLS certificate</source>
        <translation>&amp;Vérifier le certificat TLS du moteur</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time Switchboard starts.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Switchboard.</translation>
    </message>
    <message>
        <source>Local history</source>
        <translation>Historique local</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>&amp;Conserver l&apos;historique pendant&#xa0;:</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Older deliveries, attempts and chart data are removed from this computer every hour. The engine keeps its own history.</source>
        <translation>Les livraisons, tentatives et données de graphiques plus anciennes sont supprimées de cet ordinateur toutes les heures. Le moteur conserve son propre historique.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Alert when an endpoint&apos;s &amp;failures reach:</source>
        <translation>&amp;Alerter quand les échecs d&apos;un endpoint atteignent&#xa0;:</translation>
    </message>
    <message>
        <source> % over 5 minutes</source>
        <translation> % sur 5 minutes</translation>
    </message>
    <message>
        <source>&amp;Mute desktop notifications (the tray icon still shows health)</source>
        <translation>&amp;Désactiver les notifications du bureau (l&apos;icône de la zone de notification indique toujours l&apos;état)</translation>
    </message>
</context>
<context>
    <name>TestEventDialog</name>
    <message>
        <source>Send a test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;vent type:</source>
        <translation>&amp;Type d&apos;événement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Payload (the catalogue&apos;s sample; edit freely):</source>
        <translation>&amp;Charge utile (l&apos;exemple du catalogue&#xa0;; modifiable librement)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reset to sample</source>
        <translation>&amp;Rétablir l&apos;exemple</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Response &amp;body:</source>
        <translation>Corps de la ré&amp;ponse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Switchboard: desktop console for webhook delivery.
With --engine, the engine&apos;s token comes from SWITCHBOARD_TOKEN; otherwise the
console opens the last engine profile used (Engine &gt; Profiles to manage them).</source>
        <translation>Switchboard&#xa0;: console de bureau pour la livraison de webhooks.
Avec --engine, le jeton du moteur provient de SWITCHBOARD_TOKEN&#xa0;; sinon, la
console ouvre le dernier profil de moteur utilisé (gestion dans Moteur &gt; Profils).</translation>
    </message>
    <message>
        <source>Engine to open, e.g. http://127.0.0.1:8071.</source>
        <translation>Moteur à ouvrir, p. ex. http://127.0.0.1:8071.</translation>
    </message>
    <message>
        <source>Engine profile to open, by name.</source>
        <translation>Profil de moteur à ouvrir, par son nom.</translation>
    </message>
    <message>
        <source>switchboard: --engine needs an http or https URL
</source>
        <translation>switchboard&#xa0;: --engine attend une URL http ou https
</translation>
    </message>
    <message>
        <source>switchboard: no engine profile is called “%1”
</source>
        <translation>switchboard&#xa0;: aucun profil de moteur ne s&apos;appelle «&#xa0;%1&#xa0;»
</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::AlertCentre</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>No system tray on this desktop: alerts appear only here and in the status bar, not as desktop notifications.</source>
        <translation>Ce bureau n’a pas de zone de notification&#xa0;: les alertes n’apparaissent qu’ici et dans la barre d’état, pas en notifications du bureau.</translation>
    </message>
    <message>
        <source>Open the alert centre (Ctrl+Shift+A)</source>
        <translation>Ouvrir le centre d’alertes (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Aucune alerte</translation>
    </message>
    <message>
        <source>1 alert</source>
        <translation>1 alerte</translation>
    </message>
    <message>
        <source>%1 alerts</source>
        <translation>%1 alertes</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::AlertLogModel</name>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Enter or double-click: open the log filtered to %1</source>
        <translation>Entrée ou double-clic&#xa0;: ouvrir le journal filtré sur %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Résolue %1</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::AlertRules</name>
    <message>
        <source>Endpoint disabled: %1</source>
        <translation>Endpoint désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 no longer receives deliveries (it answered 410 Gone, failed for too long, or was disabled by hand).</source>
        <translation>%1 ne reçoit plus de livraisons (il a répondu 410 Gone, a échoué trop longtemps ou a été désactivé manuellement).</translation>
    </message>
    <message>
        <source>Endpoint failing: %1</source>
        <translation>Endpoint en échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 deliveries to %3 failed in the last 5 minutes.</source>
        <translation>%1 livraisons sur %2 vers %3 ont échoué au cours des 5 dernières minutes.</translation>
    </message>
    <message numerus="yes">
        <source>Dead letters: %n more</source>
        <translation>
            <numerusform>Lettres mortes&#xa0;: %n de plus</numerusform>
            <numerusform>Lettres mortes&#xa0;: %n de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deliveries that used up every retry and were dead-lettered: %n more. Retry them from the log.</source>
        <translation>
            <numerusform>%n livraison de plus a épuisé toutes les relances et est devenue une lettre morte&#xa0;; relancez-la depuis le journal.</numerusform>
            <numerusform>%n livraisons de plus ont épuisé toutes les relances et sont devenues des lettres mortes&#xa0;; relancez-les depuis le journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engine connection lost</source>
        <translation>Connexion au moteur perdue</translation>
    </message>
    <message>
        <source>The console cannot reach the engine&apos;s event stream; it keeps retrying and shows stored history meanwhile.</source>
        <translation>La console ne parvient pas à joindre le flux d&apos;événements du moteur&#xa0;; elle réessaie et affiche en attendant l&apos;historique enregistré.</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::BulkRetryFlow</name>
    <message>
        <source>Bulk retry: %1</source>
        <translation>Relance groupée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry all matching</source>
        <translation>Relancer toutes les livraisons correspondantes</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>Bulk retry not started</source>
        <translation>Relance groupée non lancée</translation>
    </message>
    <message>
        <source>Nothing to retry</source>
        <translation>Rien à relancer</translation>
    </message>
    <message>
        <source>No dead deliveries match “%1” in this console&apos;s history.</source>
        <translation>Aucune livraison en lettre morte ne correspond à «&#xa0;%1&#xa0;» dans l&apos;historique de cette console.</translation>
    </message>
    <message>
        <source>every application</source>
        <translation>toutes les applications</translation>
    </message>
    <message>
        <source>They match “%1” in this console&apos;s history. The engine sends each one again now; the log shows every result as it arrives.</source>
        <translation>Elles correspondent à «&#xa0;%1&#xa0;» dans l&apos;historique de cette console. Le moteur renvoie chacune maintenant&#xa0;; le journal affiche chaque résultat dès son arrivée.</translation>
    </message>
    <message>
        <source>Bulk retry refused</source>
        <translation>Relance groupée refusée</translation>
    </message>
    <message>
        <source>The engine refused the bulk retry:
%1</source>
        <translation>Le moteur a refusé la relance groupée&#xa0;:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Send %n dead delivery(s) of %1 again?</source>
        <translation>
            <numerusform>Renvoyer %n livraison en lettre morte de %1&#xa0;?</numerusform>
            <numerusform>Renvoyer %n livraisons en lettre morte de %1&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::BulkRetryProgress</name>
    <message>
        <source>Retry all matching</source>
        <translation>Relancer toutes les livraisons correspondantes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>lost (the engine no longer knows the task; did it restart?)</source>
        <translation>perdue (le moteur ne connaît plus la tâche&#xa0;; a-t-il redémarré&#xa0;?)</translation>
    </message>
    <message>
        <source>Retrying the dead deliveries of %1 (%2).</source>
        <translation>Relance des livraisons en lettre morte de %1 (%2).</translation>
    </message>
    <message>
        <source>The engine does not answer (%1); asking again.</source>
        <translation>Le moteur ne répond pas (%1)&#xa0;; nouvelle demande.</translation>
    </message>
    <message>
        <source>Engine task %1: %2 of %3 sent again.</source>
        <translation>Tâche du moteur %1&#xa0;: %2 sur %3 renvoyées.</translation>
    </message>
    <message>
        <source>%1: %2, %3 of %4 sent again</source>
        <translation>%1&#xa0;: %2, %3 sur %4 renvoyées</translation>
    </message>
    <message>
        <source>Bulk retry did not finish</source>
        <translation>La relance groupée n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>The bulk retry of %1 ended early:
%2</source>
        <translation>La relance groupée de %1 s&apos;est arrêtée avant la fin&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Bulk retry cancelled: %1 of %2 sent again.</source>
        <translation>Relance groupée annulée&#xa0;: %1 sur %2 renvoyées.</translation>
    </message>
    <message>
        <source>Bulk retry finished: %1 of %2 sent again; the log shows each result as it arrives.</source>
        <translation>Relance groupée terminée&#xa0;: %1 sur %2 renvoyées&#xa0;; le journal affiche chaque résultat dès son arrivée.</translation>
    </message>
    <message>
        <source>Cancelling failed: %1</source>
        <translation>Échec de l&apos;annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for the engine (%1 of %2 sent): its delivery queue is busy with %3 deliveries, retries to endpoints that are still down included; the bulk retry goes on when there is room.</source>
        <translation>En attente du moteur (%1 sur %2 envoyées)&#xa0;: sa file de livraison est occupée par %3 livraisons, relances vers des endpoints encore en panne comprises&#xa0;; la relance groupée reprend dès qu&apos;il y a de la place.</translation>
    </message>
    <message>
        <source>Waiting for the engine (%1 of %2 sent).</source>
        <translation>En attente du moteur (%1 sur %2 envoyées).</translation>
    </message>
    <message>
        <source>Waiting for the engine (%1 of %2 sent): no answer for %3 s.</source>
        <translation>En attente du moteur (%1 sur %2 envoyées)&#xa0;: aucune réponse depuis %3 s.</translation>
    </message>
    <message>
        <source>Bulk retry left deliveries alone</source>
        <translation>La relance groupée a laissé des livraisons de côté</translation>
    </message>
    <message>
        <source>The bulk retry of %1 sent %2 of %3 again. Not sent:
%4</source>
        <translation>La relance groupée de %1 a renvoyé %2 sur %3. Non envoyées :
%4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dead delivery(s) not sent, because their endpoint is disabled (%2). Enable it on the Endpoints tab, then retry.</source>
        <translation>
            <numerusform>%1 : %n livraison morte non envoyée, car son point de terminaison est désactivé (%2). Activez-le dans l’onglet Endpoints, puis réessayez.</numerusform>
            <numerusform>%1 : %n livraisons mortes non envoyées, car leur point de terminaison est désactivé (%2). Activez-le dans l’onglet Endpoints, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bulk retry of %1 sent nothing. Not sent:
%2</source>
        <translation>La relance groupée de %1 n’a rien envoyé. Non envoyées :
%2</translation>
    </message>
    <message numerus="yes">
        <source>The bulk retry of %1 sent %n dead delivery(s) again. Not sent:
%2</source>
        <translation>
            <numerusform>La relance groupée de %1 a renvoyé %n lettre morte. Non envoyées :
%2</numerusform>
            <numerusform>La relance groupée de %1 a renvoyé %n lettres mortes. Non envoyées :
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::CallRetryFlow</name>
    <message>
        <source>The last retry of this call is still being sent.</source>
        <translation>La dernière relance de cet appel est encore en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Nothing failed for this call: there is nothing to retry.</source>
        <translation>Rien n&apos;a échoué pour cet appel&#xa0;: il n&apos;y a rien à relancer.</translation>
    </message>
    <message>
        <source>Retry this call</source>
        <translation>Relancer cet appel</translation>
    </message>
    <message numerus="yes">
        <source>Send %n failed delivery(s) of call %1 again?</source>
        <translation>
            <numerusform>Renvoyer %n livraison échouée de l&apos;appel %1&#xa0;?</numerusform>
            <numerusform>Renvoyer %n livraisons échouées de l&apos;appel %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n delivery(s) of call %1 again…</source>
        <translation>
            <numerusform>Renvoi de %n livraison de l&apos;appel %1…</numerusform>
            <numerusform>Renvoi de %n livraisons de l&apos;appel %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n delivery(s) again; the rows change as the results arrive.</source>
        <translation>
            <numerusform>%n livraison renvoyée&#xa0;; les lignes changent à mesure que les résultats arrivent.</numerusform>
            <numerusform>%n livraisons renvoyées&#xa0;; les lignes changent à mesure que les résultats arrivent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1 of %2 again; the engine refused %3.</source>
        <translation>%1 sur %2 renvoyées&#xa0;; le moteur en a refusé %3.</translation>
    </message>
    <message numerus="yes">
        <source>The engine refused to send %n delivery(s) of call %1 again:</source>
        <translation>
            <numerusform>Le moteur a refusé de renvoyer %n livraison de l&apos;appel %1&#xa0;:</numerusform>
            <numerusform>Le moteur a refusé de renvoyer %n livraisons de l&apos;appel %1&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::CallStoryModel</name>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Dead letter — not delivered</source>
        <translation>Lettre morte — non livrée</translation>
    </message>
    <message>
        <source>Retrying — not delivered yet</source>
        <translation>En relance — pas encore livrée</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Pending — not sent yet</source>
        <translation>En attente — pas encore envoyée</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: dead letter after %n attempt(s)</source>
        <translation>
            <numerusform>%1&#xa0;: lettre morte après %n tentative</numerusform>
            <numerusform>%1&#xa0;: lettre morte après %n tentatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: retrying, %n attempt(s) so far</source>
        <translation>
            <numerusform>%1&#xa0;: en relance, %n tentative jusqu&apos;ici</numerusform>
            <numerusform>%1&#xa0;: en relance, %n tentatives jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not sent yet</source>
        <translation>%1&#xa0;: pas encore envoyée</translation>
    </message>
    <message>
        <source> (last: %1)</source>
        <translation> (dernier&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Held — waits for an earlier event</source>
        <translation>Retenue — attend un événement antérieur</translation>
    </message>
    <message>
        <source>Held — waits for %1</source>
        <translation>Retenue — attend %1</translation>
    </message>
    <message>
        <source>%1 delivers each call&apos;s events in order: this one is sent once %2 is through.</source>
        <translation>%1 livre les événements de chaque appel dans l’ordre : celui-ci part une fois %2 passé.</translation>
    </message>
    <message numerus="yes">
        <source>    it holds %n later event(s) of the call to %1, which delivers each call in order: send it again to let the call go on</source>
        <translation>
            <numerusform>    il retient %n événement suivant de l’appel pour %1, qui livre chaque appel dans l’ordre : renvoyez-le pour que l’appel continue</numerusform>
            <numerusform>    il retient %n événements suivants de l’appel pour %1, qui livre chaque appel dans l’ordre : renvoyez-le pour que l’appel continue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    %n later event(s) of the call to %1 wait for it: %1 delivers each call in order</source>
        <translation>
            <numerusform>    %n événement suivant de l’appel pour %1 l’attend : %1 livre chaque appel dans l’ordre</numerusform>
            <numerusform>    %n événements suivants de l’appel pour %1 l’attendent : %1 livre chaque appel dans l’ordre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::CallView</name>
    <message>
        <source>&amp;Retry everything that failed for this call</source>
        <translation>&amp;Relancer tout ce qui a échoué pour cet appel</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appel %1</translation>
    </message>
    <message>
        <source>Deliveries of the call</source>
        <translation>Livraisons de l&apos;appel</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Read the call from the local history again (F5); it also updates by itself</source>
        <translation>Relire l&apos;appel dans l&apos;historique local (F5)&#xa0;; il se met aussi à jour tout seul</translation>
    </message>
    <message>
        <source>Show in &amp;log</source>
        <translation>Afficher dans le &amp;journal</translation>
    </message>
    <message>
        <source>Filter the delivery log to this call</source>
        <translation>Filtrer le journal des livraisons sur cet appel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Call %1 of %2</source>
        <translation>Appel %1 de %2</translation>
    </message>
    <message>
        <source>Reading the call from the local history…</source>
        <translation>Lecture de l&apos;appel dans l&apos;historique local…</translation>
    </message>
    <message>
        <source>This console&apos;s history holds no delivery of this call (it may be older than the history kept).</source>
        <translation>L&apos;historique de cette console ne contient aucune livraison de cet appel (il est peut-être plus ancien que l&apos;historique conservé).</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n endpoint(s)</source>
        <translation>
            <numerusform>vers %n endpoint</numerusform>
            <numerusform>vers %n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Every event of this call reached every endpoint.</source>
        <translation>Chaque événement de cet appel a atteint chaque endpoint.</translation>
    </message>
    <message>
        <source>Not delivered:</source>
        <translation>Non livré&#xa0;:</translation>
    </message>
    <message>
        <source>Retrying needs the operator or admin role; this token is %1.</source>
        <translation>La relance nécessite le rôle operator ou admin&#xa0;; rôle de ce jeton&#xa0;: %1.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>encore inconnu</translation>
    </message>
    <message>
        <source>Nothing failed for this call.</source>
        <translation>Rien n&apos;a échoué pour cet appel.</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n failed delivery(s) of this call again (Ctrl+R)</source>
        <translation>
            <numerusform>Renvoyer la %n livraison échouée de cet appel (Ctrl+R)</numerusform>
            <numerusform>Renvoyer les %n livraisons échouées de cet appel (Ctrl+R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, all in the table below.</source>
        <translation>
            <numerusform>… et %n de plus, toutes dans le tableau ci-dessous.</numerusform>
            <numerusform>… et %n de plus, toutes dans le tableau ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of its %n delivery(s), </source>
        <translation>
            <numerusform>sur sa %n livraison, </numerusform>
            <numerusform>sur ses %n livraisons, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 delivered, %n dead letter(s), %2 not delivered yet.</source>
        <translation>
            <numerusform>%1 livrées, %n lettre morte, %2 pas encore livrées.</numerusform>
            <numerusform>%1 livrées, %n lettres mortes, %2 pas encore livrées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveriesView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>Copier l&apos;&amp;id</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copier comme c&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Retry &amp;all matching…</source>
        <translation>Relancer &amp;tout ce qui correspond…</translation>
    </message>
    <message>
        <source>Send &amp;test event…</source>
        <translation>Envoyer un événement de te&amp;st…</translation>
    </message>
    <message>
        <source>Filter: status:failed code:5xx event:call.* endpoint:crm after:-1h, or any text</source>
        <translation>Filtre&#xa0;: status:failed code:5xx event:call.* endpoint:crm after:-1h, ou n&apos;importe quel texte</translation>
    </message>
    <message>
        <source>Delivery filter</source>
        <translation>Filtre des livraisons</translation>
    </message>
    <message>
        <source>Go to &amp;oldest</source>
        <translation>Aller à la plus a&amp;ncienne</translation>
    </message>
    <message>
        <source>Show the oldest deliveries first and select the oldest (Ctrl+End)</source>
        <translation>Afficher d&apos;abord les livraisons les plus anciennes et sélectionner la plus ancienne (Ctrl+Fin)</translation>
    </message>
    <message>
        <source>Go to &amp;newest</source>
        <translation>Aller à la plus &amp;récente</translation>
    </message>
    <message>
        <source>Show the newest deliveries first, live, and select the newest (Ctrl+Home)</source>
        <translation>Afficher d&apos;abord les livraisons les plus récentes, en direct, et sélectionner la plus récente (Ctrl+Début)</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Journal des livraisons</translation>
    </message>
    <message>
        <source>Send the selected delivery again now (R)</source>
        <translation>Renvoyer maintenant la livraison sélectionnée (R)</translation>
    </message>
    <message>
        <source>Save the rows of the current filter as CSV or JSON (Ctrl+E)</source>
        <translation>Enregistrer les lignes du filtre actuel en CSV ou JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export deliveries</source>
        <translation>Exporter les livraisons</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting… %1 rows</source>
        <translation>Export en cours… %1 lignes</translation>
    </message>
    <message>
        <source>Exported %1 rows.</source>
        <translation>%1 lignes exportées.</translation>
    </message>
    <message>
        <source>Export stopped: %1</source>
        <translation>Export interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send a test event to the selected row&apos;s endpoint (Ctrl+T)</source>
        <translation>Envoyer un événement de test à l&apos;endpoint de la ligne sélectionnée (Ctrl+T)</translation>
    </message>
    <message>
        <source>Sending test events needs the operator or admin role; this token is %1.</source>
        <translation>L&apos;envoi d&apos;événements de test nécessite le rôle operator ou admin&#xa0;; rôle de ce jeton&#xa0;: %1.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>encore inconnu</translation>
    </message>
    <message>
        <source>Retrying needs the operator or admin role; this token is %1.</source>
        <translation>La relance nécessite le rôle operator ou admin&#xa0;; rôle de ce jeton&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Oldest deliveries first; Ctrl+Home returns to the newest.</source>
        <translation>Livraisons les plus anciennes d&apos;abord&#xa0;; Ctrl+Début revient aux plus récentes.</translation>
    </message>
    <message>
        <source>Newest deliveries first.</source>
        <translation>Livraisons les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>Le filtre n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retrying %1…</source>
        <translation>Relance de %1…</translation>
    </message>
    <message>
        <source>Retry of %1 sent; the row updates when the result arrives.</source>
        <translation>Relance de %1 envoyée&#xa0;; la ligne se met à jour à l&apos;arrivée du résultat.</translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation>Échec de la relance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>No attempt to copy yet.</source>
        <translation>Aucune tentative à copier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Copy as cURL failed: %1</source>
        <translation>Échec de la copie comme cURL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied a cURL command for the latest attempt (its signature expires with its timestamp).</source>
        <translation>Commande cURL copiée pour la dernière tentative (sa signature expire avec son horodatage).</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Follow this &amp;call</source>
        <translation>Suivre cet a&amp;ppel</translation>
    </message>
    <message>
        <source>Show every event of the selected delivery&apos;s call, to every endpoint (F)</source>
        <translation>Afficher chaque événement de l&apos;appel de la livraison choisie, vers chaque endpoint (F)</translation>
    </message>
    <message>
        <source>This delivery&apos;s message carries no call id.</source>
        <translation>Le message de cette livraison ne porte aucun identifiant d&apos;appel.</translation>
    </message>
    <message>
        <source>Copied a cURL command for the latest attempt, with the payload as masked for your role: it does not repeat what the endpoint received.</source>
        <translation>Commande cURL de la dernière tentative copiée, avec la charge utile masquée pour votre rôle&#xa0;: elle ne reproduit pas ce que l&apos;endpoint a reçu.</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveryDetailPane</name>
    <message>
        <source>Delivery detail</source>
        <translation>Détail de la livraison</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a delivery (arrow keys, Enter) to see its message, payload and every attempt. &lt;b&gt;R&lt;/b&gt; retries it, &lt;b&gt;Ctrl+C&lt;/b&gt; copies its id, &lt;b&gt;Ctrl+F&lt;/b&gt; filters.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Sélectionnez une livraison (touches fléchées, Entrée) pour voir son message, sa charge utile et chaque tentative. &lt;b&gt;R&lt;/b&gt; la relance, &lt;b&gt;Ctrl+C&lt;/b&gt; copie son id, &lt;b&gt;Ctrl+F&lt;/b&gt; filtre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Message &lt;code&gt;%1&lt;/code&gt; to endpoint &lt;code&gt;%2&lt;/code&gt;: %3</source>
        <translation>Message &lt;code&gt;%1&lt;/code&gt; vers l&apos;endpoint &lt;code&gt;%2&lt;/code&gt;&#xa0;: %3</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Prochaine tentative&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading attempts…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chargement des tentatives…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading payload…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chargement de la charge utile…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>%1 ms (connect %2, TLS %3, first byte %4)</source>
        <translation>%1 ms (connexion %2, TLS %3, premier octet %4)</translation>
    </message>
    <message>
        <source>Attempts unavailable: %1 (the engine is offline; the log shows stored history).</source>
        <translation>Tentatives indisponibles&#xa0;: %1 (le moteur est hors ligne&#xa0;; le journal affiche l&apos;historique enregistré).</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>Aucune tentative pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Attempt %1 unavailable: %2</source>
        <translation>Tentative %1 indisponible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Tentative %1</translation>
    </message>
    <message>
        <source>POST %1 → &lt;b&gt;%2&lt;/b&gt;, error class %3, %4 ms total (connect %5, TLS %6, first byte %7)</source>
        <translation>POST %1 → &lt;b&gt;%2&lt;/b&gt;, classe d&apos;erreur %3, %4 ms au total (connexion %5, TLS %6, premier octet %7)</translation>
    </message>
    <message>
        <source>Request headers as sent</source>
        <translation>En-têtes de la requête tels qu&apos;envoyés</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>Call &lt;code&gt;%1&lt;/code&gt;: F follows the whole call.</source>
        <translation>Appel &lt;code&gt;%1&lt;/code&gt;&#xa0;: F suit tout l&apos;appel.</translation>
    </message>
    <message>
        <source>Values shown as [masked] are hidden from your role; the endpoint received them.</source>
        <translation>Les valeurs affichées comme [masked] sont cachées pour votre rôle&#xa0;; l&apos;endpoint les a reçues.</translation>
    </message>
    <message>
        <source>Tags: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Étiquettes : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Canaux : %1</translation>
    </message>
    <message>
        <source>Producer&apos;s event id: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Identifiant d’événement du producteur : &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Scheduled: held until %1 (deliverAt).</source>
        <translation>Planifié : retenu jusqu’à %1 (deliverAt).</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveryFilter</name>
    <message>
        <source>&quot;%1&quot; cannot be sent to the engine; bulk retry understands app:, endpoint:, event: (exact names), code:Nxx, after:, before:, status:dead, status:failed and attempt:failed</source>
        <translation>&quot;%1&quot; ne peut pas être envoyé au moteur&#xa0;; la relance groupée accepte app:, endpoint:, event: (noms exacts), code:Nxx, after:, before:, status:dead, status:failed et attempt:failed</translation>
    </message>
    <message>
        <source>name the endpoint&apos;s app too (app:…) to retry one endpoint</source>
        <translation>indiquez aussi l&apos;app de l&apos;endpoint (app:…) pour relancer un seul endpoint</translation>
    </message>
    <message>
        <source>missing closing quote</source>
        <translation>guillemet fermant manquant</translation>
    </message>
    <message>
        <source>status is one of: %1</source>
        <translation>status prend l&apos;une de ces valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>code is a status (404), a class (5xx), a comparison (&gt;=500) or none</source>
        <translation>code est un statut (404), une classe (5xx), une comparaison (&gt;=500) ou none</translation>
    </message>
    <message>
        <source>error is one of: %1</source>
        <translation>error prend l&apos;une de ces valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>name an event type, e.g. event:call.* </source>
        <translation>indiquez un type d&apos;événement, p. ex. event:call.* </translation>
    </message>
    <message>
        <source>%1 takes a time such as -30m, -1h, -7d, 2026-11-20 or 2026-11-20T10:00</source>
        <translation>%1 attend une date ou durée comme -30m, -1h, -7d, 2026-11-20 ou 2026-11-20T10:00</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; fields are %2</source>
        <translation>champ inconnu &quot;%1&quot;&#xa0;; les champs sont %2</translation>
    </message>
    <message>
        <source>name an application or endpoint, or part of its name, e.g. %1:acme</source>
        <translation>nommez une application ou un endpoint, ou une partie de son nom, p.&#xa0;ex. %1:acme</translation>
    </message>
    <message>
        <source>name a call id, e.g. call:c_42</source>
        <translation>indiquez un identifiant d&apos;appel, p.&#xa0;ex. call:c_42</translation>
    </message>
    <message>
        <source>attempt:failed is the only attempt: term (some attempt failed, even if a later one succeeded)</source>
        <translation>attempt:failed est le seul terme attempt: (une tentative a échoué, même si une suivante a réussi)</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveryLogModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Lettre morte</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>En relance</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
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
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Prochaine relance</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EndpointDirectory</name>
    <message>
        <source>The engine answered %1.</source>
        <translation>Le moteur a répondu %1.</translation>
    </message>
    <message>
        <source>Operational webhooks</source>
        <translation>Webhooks opérationnels</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EndpointEditor</name>
    <message>
        <source>Custom headers</source>
        <translation>En-têtes personnalisés</translation>
    </message>
    <message>
        <source>The application the new endpoint belongs to</source>
        <translation>L&apos;application à laquelle appartient le nouvel endpoint</translation>
    </message>
    <message>
        <source>An endpoint stays in its application</source>
        <translation>Un endpoint reste dans son application</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Nouvel endpoint</translation>
    </message>
    <message>
        <source>Not an absolute http or https URL (https://host/path).</source>
        <translation>Ce n&apos;est pas une URL http ou https absolue (https://host/path).</translation>
    </message>
    <message>
        <source>Plain http: payloads, custom headers and signatures cross the network unencrypted. Use https outside a lab.</source>
        <translation>http simple&#xa0;: les charges utiles, en-têtes personnalisés et signatures transitent sur le réseau sans chiffrement. Utilisez https hors d&apos;un environnement de test.</translation>
    </message>
    <message>
        <source>Not a schedule: %1. Write delays such as 0, 5s, 30s, 5m, 2h.</source>
        <translation>Calendrier non valide&#xa0;: %1. Indiquez des délais comme 0, 5s, 30s, 5m, 2h.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saving with another scheme gives the endpoint a new secret.</source>
        <translation>Enregistrer avec un autre schéma donne à l&apos;endpoint un nouveau secret de signature.</translation>
    </message>
    <message>
        <source>Enter the URL the engine delivers to.</source>
        <translation>Saisissez l&apos;URL à laquelle le moteur livre.</translation>
    </message>
    <message>
        <source>Create an application first: endpoints belong to one.</source>
        <translation>Créez d&apos;abord une application&#xa0;: chaque endpoint appartient à une application.</translation>
    </message>
    <message>
        <source>The engine refused the endpoint; see the marked fields.</source>
        <translation>Le moteur a refusé l&apos;endpoint&#xa0;; voir les champs signalés.</translation>
    </message>
    <message>
        <source>The engine refused the endpoint: %1</source>
        <translation>Le moteur a refusé l&apos;endpoint&#xa0;: %1</translation>
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
        <translation>Sain</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernière réussite</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Dernier échec</translation>
    </message>
    <message>
        <source>Success over the range</source>
        <translation>Réussite sur la période</translation>
    </message>
    <message>
        <source>No recent traffic</source>
        <translation>Pas de trafic récent</translation>
    </message>
    <message>
        <source>Now: %1 of its last %2 attempts (within %3 minutes) succeeded.</source>
        <translation>Maintenant&#xa0;: %1 de ses %2 dernières tentatives (sur %3 minutes) ont réussi.</translation>
    </message>
    <message>
        <source>No attempts in the last %1 minutes.</source>
        <translation>Aucune tentative ces %1 dernières minutes.</translation>
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
        <translation>Endpoints par application</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EndpointsView</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Désact&amp;iver</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Send test event…</source>
        <translation>Envoyer un événement de test…</translation>
    </message>
    <message>
        <source>Search endpoints by name, URL, id or application (Ctrl+F)</source>
        <translation>Rechercher des endpoints par nom, URL, id ou application (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search endpoints</source>
        <translation>Rechercher des endpoints</translation>
    </message>
    <message>
        <source>Loading endpoints…</source>
        <translation>Chargement des endpoints…</translation>
    </message>
    <message>
        <source>Start a new endpoint in the selected application (Ctrl+N)</source>
        <translation>Créer un nouvel endpoint dans l&apos;application sélectionnée (Ctrl+N)</translation>
    </message>
    <message>
        <source>Could not read the endpoints: %1</source>
        <translation>Impossible de lire les endpoints&#xa0;: %1</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>No applications yet: producers create them through the API.</source>
        <translation>Aucune application pour l&apos;instant&#xa0;: les producteurs les créent via l&apos;API.</translation>
    </message>
    <message>
        <source>No endpoints yet: New (Ctrl+N) adds one.</source>
        <translation>Aucun endpoint pour l&apos;instant&#xa0;: Nouveau (Ctrl+N) en ajoute un.</translation>
    </message>
    <message>
        <source>the new endpoint</source>
        <translation>le nouvel endpoint</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to %1?</source>
        <translation>Abandonner les modifications non enregistrées pour %1&#xa0;?</translation>
    </message>
    <message>
        <source>New endpoint: fill in at least its URL, then Save (Ctrl+S).</source>
        <translation>Nouvel endpoint&#xa0;: renseignez au moins son URL, puis Enregistrer (Ctrl+S).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Endpoint created.</source>
        <translation>Endpoint créé.</translation>
    </message>
    <message>
        <source>Endpoint saved.</source>
        <translation>Endpoint enregistré.</translation>
    </message>
    <message>
        <source>The engine refused the endpoint; the form says why.</source>
        <translation>Le moteur a refusé l&apos;endpoint&#xa0;; le formulaire indique pourquoi.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not change the endpoint: %1</source>
        <translation>Impossible de modifier l&apos;endpoint&#xa0;: %1</translation>
    </message>
    <message>
        <source>Endpoint disabled: nothing is delivered to it until it is enabled again.</source>
        <translation>Endpoint désactivé&#xa0;: rien ne lui est livré tant qu&apos;il n&apos;est pas réactivé.</translation>
    </message>
    <message>
        <source>Endpoint enabled.</source>
        <translation>Endpoint activé.</translation>
    </message>
    <message>
        <source>Delete the endpoint “%1” (%2)? Deliveries still pending for it are dropped; this cannot be undone.</source>
        <translation>Supprimer l&apos;endpoint «&#xa0;%1&#xa0;» (%2)&#xa0;? Les livraisons encore en attente pour lui sont abandonnées&#xa0;; cette action est irréversible.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Endpoint deleted.</source>
        <translation>Endpoint supprimé.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>encore inconnu</translation>
    </message>
    <message>
        <source>Changing endpoints needs the admin role; this token is %1.</source>
        <translation>La modification des endpoints nécessite le rôle admin&#xa0;; rôle de ce jeton&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Save the endpoint on the engine (Ctrl+S)</source>
        <translation>Enregistrer l&apos;endpoint sur le moteur (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Act&amp;iver</translation>
    </message>
    <message>
        <source>Deliver to this endpoint again</source>
        <translation>Livrer de nouveau à cet endpoint</translation>
    </message>
    <message>
        <source>Stop delivering to this endpoint; messages for it are not queued meanwhile</source>
        <translation>Arrêter de livrer à cet endpoint&#xa0;; les messages qui lui sont destinés ne sont pas mis en file d&apos;attente entre-temps</translation>
    </message>
    <message>
        <source>Delete this endpoint (asks first)</source>
        <translation>Supprimer cet endpoint (avec confirmation)</translation>
    </message>
    <message>
        <source>Sending test events needs the operator or admin role; this token is %1.</source>
        <translation>L&apos;envoi d&apos;événements de test nécessite le rôle operator ou admin&#xa0;; rôle de ce jeton&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Send an event of your choice to this endpoint and watch the answer (Ctrl+T)</source>
        <translation>Envoyer l&apos;événement de votre choix à cet endpoint et observer la réponse (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save the endpoint first</source>
        <translation>Enregistrez d&apos;abord l&apos;endpoint</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EngineClient</name>
    <message>
        <source>The engine answered %1.</source>
        <translation>Le moteur a répondu %1.</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EventTypePicker</name>
    <message>
        <source>Search event types</source>
        <translation>Rechercher des types d&apos;événements</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d&apos;événements</translation>
    </message>
    <message>
        <source>Not in the catalogue</source>
        <translation>Absent du catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%n event type(s) checked.</source>
        <translation>
            <numerusform>%n type d&apos;événement coché.</numerusform>
            <numerusform>%n types d&apos;événements cochés.</numerusform>
        </translation>
    </message>
    <message>
        <source>None checked: the endpoint gets every event type.</source>
        <translation>Aucun coché&#xa0;: l&apos;endpoint reçoit tous les types d&apos;événements.</translation>
    </message>
    <message>
        <source>An endpoint was disabled: it answered 410 Gone, failed too long, or by hand.</source>
        <translation>Un point de terminaison a été désactivé : il a répondu 410 Gone, a échoué trop longtemps ou à la main.</translation>
    </message>
    <message>
        <source>A message used up its retries: a dead letter.</source>
        <translation>Un message a épuisé ses nouvelles tentatives : une lettre morte.</translation>
    </message>
    <message>
        <source>A message failed its first attempts and is still being retried.</source>
        <translation>Un message a échoué à ses premières tentatives et est encore réessayé.</translation>
    </message>
    <message>
        <source>A failing message got through.</source>
        <translation>Un message en échec est passé.</translation>
    </message>
    <message>
        <source>An endpoint was created.</source>
        <translation>Un point de terminaison a été créé.</translation>
    </message>
    <message>
        <source>An endpoint was changed.</source>
        <translation>Un point de terminaison a été modifié.</translation>
    </message>
    <message>
        <source>An endpoint was deleted.</source>
        <translation>Un point de terminaison a été supprimé.</translation>
    </message>
    <message>
        <source>A bulk retry, recovery or replay finished.</source>
        <translation>Une relance groupée, une récupération ou une relecture est terminée.</translation>
    </message>
    <message>
        <source>Operational events</source>
        <translation>Événements opérationnels</translation>
    </message>
    <message>
        <source>What the engine tells its operators</source>
        <translation>Ce que le moteur signale à ses opérateurs</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::HeldCallsPanel</name>
    <message>
        <source>Held call</source>
        <translation>Appel retenu</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Retenu depuis</translation>
    </message>
    <message>
        <source>Dead letter holding it</source>
        <translation>Lettre morte qui le retient</translation>
    </message>
    <message>
        <source>Held calls</source>
        <translation>Appels retenus</translation>
    </message>
    <message>
        <source>Send the dead letter again</source>
        <translation>Renvoyer la lettre morte</translation>
    </message>
    <message>
        <source>Each call&apos;s events go in order. A dead letter holds its call until it is sent again.</source>
        <translation>Les événements de chaque appel partent dans l&apos;ordre. Une lettre morte retient son appel jusqu&apos;à ce qu&apos;elle soit renvoyée.</translation>
    </message>
    <message>
        <source>Each call&apos;s events go in order. A dead letter is skipped: its call goes on.</source>
        <translation>Les événements de chaque appel partent dans l&apos;ordre. Une lettre morte est sautée : son appel continue.</translation>
    </message>
    <message>
        <source>Could not read the held calls: %1</source>
        <translation>Impossible de lire les appels retenus : %1</translation>
    </message>
    <message>
        <source>Each call&apos;s events go in order. No call is held by a dead letter.</source>
        <translation>Les événements de chaque appel partent dans l&apos;ordre. Aucun appel n&apos;est retenu par une lettre morte.</translation>
    </message>
    <message>
        <source>Calls held by a dead letter: %1. Send a call&apos;s dead letter again to let the call go on, in order.</source>
        <translation>Appels retenus par une lettre morte : %1. Renvoyez la lettre morte d&apos;un appel pour qu&apos;il continue, dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Sending the dead letter of %1 again; the call goes on once it is delivered.</source>
        <translation>Renvoi de la lettre morte de %1 ; l&apos;appel continue dès qu&apos;elle est livrée.</translation>
    </message>
    <message>
        <source>Could not send the dead letter of %1 again: %2</source>
        <translation>Impossible de renvoyer la lettre morte de %1 : %2</translation>
    </message>
    <message>
        <source>Deliver the selected call&apos;s dead letter again now (Enter)</source>
        <translation>Relivrer maintenant la lettre morte de l&apos;appel sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Sending again needs the operator or admin role; this token is %1.</source>
        <translation>Le renvoi demande le rôle operator ou admin ; ce jeton est %1.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>encore inconnu</translation>
    </message>
    <message>
        <source>Show in log</source>
        <translation>Afficher dans le journal</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::HistoryReader</name>
    <message>
        <source>The local history is not open yet.</source>
        <translation>L&apos;historique local n&apos;est pas encore ouvert.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::KpiTile</name>
    <message>
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <source>→ same as the previous period</source>
        <translation>→ identique à la période précédente</translation>
    </message>
    <message>
        <source>%1 %2 vs the previous period</source>
        <translation>%1 %2 par rapport à la période précédente</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::LogEmptyState</name>
    <message>
        <source>No deliveries yet: they appear here as the engine sends them.</source>
        <translation>Aucune livraison pour l&apos;instant&#xa0;: elles apparaissent ici à mesure que le moteur les envoie.</translation>
    </message>
    <message>
        <source>No deliveries match %1 — clear the filter (Esc)</source>
        <translation>Aucune livraison ne correspond à %1 — effacez le filtre (Échap)</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::LogPauseBar</name>
    <message>
        <source>New deliveries while paused</source>
        <translation>Nouvelles livraisons pendant la pause</translation>
    </message>
    <message>
        <source>Resume the live log and go to the newest deliveries</source>
        <translation>Reprendre le journal en direct et aller aux livraisons les plus récentes</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Let new deliveries into the log again (Space in the log)</source>
        <translation>Laisser de nouveau entrer les nouvelles livraisons dans le journal (Espace dans le journal)</translation>
    </message>
    <message>
        <source>Hold the rows in view still; new deliveries are still received, stored and counted (Space in the log)</source>
        <translation>Figer les lignes affichées&#xa0;; les nouvelles livraisons sont toujours reçues, enregistrées et comptées (Espace dans le journal)</translation>
    </message>
    <message>
        <source>%1 new — show them</source>
        <translation>%1 nouvelles — les afficher</translation>
    </message>
    <message>
        <source>Paused: no new deliveries yet</source>
        <translation>En pause&#xa0;: aucune nouvelle livraison pour l&apos;instant</translation>
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
        <translation>Non connecté à un moteur&#xa0;: l&apos;état des livraisons s&apos;affiche ici une fois la connexion établie.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Not connected to an engine. Choose Engine ▸ Profiles… (Ctrl+Shift+P) to add one, or start with --engine URL and SWITCHBOARD_TOKEN set.</source>
        <translation>Non connecté à un moteur. Choisissez Moteur ▸ Profils… (Ctrl+Maj+P) pour en ajouter un, ou démarrez avec --engine URL et SWITCHBOARD_TOKEN défini.</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>&amp;Livraisons</translation>
    </message>
    <message>
        <source>Not connected to an engine: its applications and endpoints appear here once you are.</source>
        <translation>Non connecté à un moteur&#xa0;: ses applications et endpoints s&apos;affichent ici une fois la connexion établie.</translation>
    </message>
    <message>
        <source>Endpoint&amp;s</source>
        <translation>&amp;Endpoints</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Moteur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Filter language</source>
        <translation>&amp;Langage de filtre</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>À &amp;propos de Switchboard</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>À propos de Switchboard</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Webhook delivery for voice-AI and telephony platforms.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Livraison de webhooks pour les plateformes d&apos;IA vocale et de téléphonie.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Switchboard keeps running</source>
        <translation>Switchboard reste en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Alerts still arrive here. Quit from the tray icon&apos;s menu or with Ctrl+Q.</source>
        <translation>Les alertes continuent d&apos;arriver ici. Quittez depuis le menu de l&apos;icône de la zone de notification ou avec Ctrl+Q.</translation>
    </message>
    <message>
        <source>The engine had already pruned changes %1–%2, which this computer never received; the history goes on after them.</source>
        <translation>Le moteur avait déjà purgé les modifications %1–%2, que cet ordinateur n&apos;a jamais reçues&#xa0;; l&apos;historique reprend après elles.</translation>
    </message>
    <message>
        <source>Switchboard — %1</source>
        <translation>Switchboard — %1</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>Se connecter à</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>No token is stored for “%1”: add one in Engine ▸ Profiles.</source>
        <translation>Aucun jeton n&apos;est enregistré pour «&#xa0;%1&#xa0;»&#xa0;: ajoutez-en un dans Moteur ▸ Profils.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Filter language</source>
        <translation>Langage de filtre</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Catching up…</source>
        <translation>Rattrapage…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Offline — showing stored history; reconnecting in about %1 s</source>
        <translation>Hors ligne — historique enregistré affiché&#xa0;; reconnexion dans environ %1 s</translation>
    </message>
    <message>
        <source>Offline — showing stored history</source>
        <translation>Hors ligne — historique enregistré affiché</translation>
    </message>
    <message>
        <source>seq %1 · lag %2</source>
        <translation>séq. %1 · retard %2</translation>
    </message>
    <message>
        <source>role unknown</source>
        <translation>rôle inconnu</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Engine not answering since %1</source>
        <translation>Le moteur ne répond plus depuis %1</translation>
    </message>
    <message>
        <source>seq %1 · lag unknown</source>
        <translation>séq. %1 · retard inconnu</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>The recent past is here and live. Older deliveries are being copied from the engine; the log&apos;s older rows and the totals of longer ranges fill in as they arrive.</source>
        <translation>Le passé récent est là, en direct. Les livraisons plus anciennes sont copiées depuis le moteur ; les lignes anciennes du journal et les totaux des périodes plus longues apparaissent à mesure qu&apos;elles arrivent.</translation>
    </message>
    <message>
        <source>Copying older history: %1 %</source>
        <translation>Copie de l&apos;historique ancien : %1 %</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Filtering the delivery log&lt;/h3&gt;&lt;p&gt;Type terms separated by spaces; every term must match. Press Enter to apply. A filter with a mistake turns red, says why, and is not applied.&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:failed&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the last attempt failed (retrying or dead)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;attempt:failed&lt;/code&gt;&lt;/td&gt;&lt;td&gt;some attempt failed, even if a later one succeeded&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:dead&lt;/code&gt;&lt;/td&gt;&lt;td&gt;every retry used up: dead letters&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:retrying&lt;/code&gt;, &lt;code&gt;status:pending&lt;/code&gt;, &lt;code&gt;status:succeeded&lt;/code&gt;&lt;/td&gt;&lt;td&gt;by state&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;code:5xx&lt;/code&gt;, &lt;code&gt;code:404&lt;/code&gt;, &lt;code&gt;code:&amp;gt;=500&lt;/code&gt;, &lt;code&gt;code:none&lt;/code&gt;&lt;/td&gt;&lt;td&gt;HTTP status of the last attempt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;error:timeout&lt;/code&gt;&lt;/td&gt;&lt;td&gt;error class: timeout, dns, connect, tls, http, redirect, body-too-large, policy&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;event:call.*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;event type, &lt;code&gt;*&lt;/code&gt; matches anything&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;endpoint:crm&lt;/code&gt;, &lt;code&gt;app:acme&lt;/code&gt;&lt;/td&gt;&lt;td&gt;part of a name, uid, description or URL, in any case, or the beginning of an id&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;call:c_42&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the deliveries of one call: its call id, exactly as the engine found it in the payload&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;after:-1h&lt;/code&gt;, &lt;code&gt;before:2026-11-20T10:00&lt;/code&gt;&lt;/td&gt;&lt;td&gt;relative (s, m, h) or absolute, local time&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-status:succeeded&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a leading minus negates a term&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;msg_2Lq…&lt;/code&gt;, &lt;code&gt;atmpt_…&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a message or attempt id, or its beginning (fast)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;call_42&lt;/code&gt; or &lt;code&gt;&quot;quoted text&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;words of event types and of responses (a full-text index)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Keys: Ctrl+F filter, Esc clear the filter, Enter detail, R retry, F follow the delivery&apos;s call, Ctrl+Shift+R retry all matching dead letters, Ctrl+End oldest first, Ctrl+Home newest first, Ctrl+C copy id, Ctrl+Shift+C copy as cURL, Ctrl+E export, Space pause or resume the live log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Filtrer le journal des livraisons&lt;/h3&gt;&lt;p&gt;Saisissez des termes séparés par des espaces&#xa0;; chaque terme doit correspondre. Appuyez sur Entrée pour appliquer le filtre. Un filtre comportant une erreur devient rouge, indique pourquoi et n&apos;est pas appliqué.&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:failed&lt;/code&gt;&lt;/td&gt;&lt;td&gt;la dernière tentative a échoué (en relance ou en lettre morte)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;attempt:failed&lt;/code&gt;&lt;/td&gt;&lt;td&gt;une tentative a échoué, même si une suivante a réussi&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:dead&lt;/code&gt;&lt;/td&gt;&lt;td&gt;toutes les relances sont épuisées&#xa0;: lettres mortes&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:retrying&lt;/code&gt;, &lt;code&gt;status:pending&lt;/code&gt;, &lt;code&gt;status:succeeded&lt;/code&gt;&lt;/td&gt;&lt;td&gt;par état&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;code:5xx&lt;/code&gt;, &lt;code&gt;code:404&lt;/code&gt;, &lt;code&gt;code:&amp;gt;=500&lt;/code&gt;, &lt;code&gt;code:none&lt;/code&gt;&lt;/td&gt;&lt;td&gt;statut HTTP de la dernière tentative&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;error:timeout&lt;/code&gt;&lt;/td&gt;&lt;td&gt;classe d&apos;erreur&#xa0;: timeout, dns, connect, tls, http, redirect, body-too-large, policy&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;event:call.*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;type d&apos;événement&#xa0;; &lt;code&gt;*&lt;/code&gt; correspond à n&apos;importe quoi&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;endpoint:crm&lt;/code&gt;, &lt;code&gt;app:acme&lt;/code&gt;&lt;/td&gt;&lt;td&gt;une partie d&apos;un nom, uid, description ou URL, en majuscules ou minuscules, ou le début d&apos;un id&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;call:c_42&lt;/code&gt;&lt;/td&gt;&lt;td&gt;les livraisons d&apos;un appel&#xa0;: son identifiant d&apos;appel, exactement tel que le moteur l&apos;a trouvé dans la charge utile&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;after:-1h&lt;/code&gt;, &lt;code&gt;before:2026-11-20T10:00&lt;/code&gt;&lt;/td&gt;&lt;td&gt;relatif (s, m, h) ou absolu, heure locale&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-status:succeeded&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un signe moins en tête inverse le terme&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;msg_2Lq…&lt;/code&gt;, &lt;code&gt;atmpt_…&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un id de message ou de tentative, ou son début (rapide)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;call_42&lt;/code&gt; ou &lt;code&gt;&quot;texte entre guillemets&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;mots des types d&apos;événements et des réponses (un index plein texte)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Touches&#xa0;: Ctrl+F filtrer, Échap effacer le filtre, Entrée détail, R relancer, F suivre l&apos;appel de la livraison, Ctrl+Maj+R relancer toutes les lettres mortes correspondantes, Ctrl+Fin plus anciennes d&apos;abord, Ctrl+Début plus récentes d&apos;abord, Ctrl+C copier l&apos;id, Ctrl+Maj+C copier comme cURL, Ctrl+E exporter, Espace mettre en pause ou reprendre le journal en direct.&lt;/p&gt;</translation>
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
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>politique</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>success</source>
        <translation>réussite</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
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
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Throughput (attempts per minute)</source>
        <translation>Débit (tentatives par minute)</translation>
    </message>
    <message>
        <source>attempts/min</source>
        <translation>tentatives/min</translation>
    </message>
    <message>
        <source>Success rate chart</source>
        <translation>Graphique du taux de réussite</translation>
    </message>
    <message>
        <source>Latency chart</source>
        <translation>Graphique de latence</translation>
    </message>
    <message>
        <source>Outcomes chart</source>
        <translation>Graphique des résultats</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Graphique du débit</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>no attempts</source>
        <translation>aucune tentative</translation>
    </message>
    <message>
        <source>%1 attempts, %2 % succeeded</source>
        <translation>%1 tentatives, %2 % réussies</translation>
    </message>
    <message>
        <source>p50 %1 ms · p95 %2 ms · p99 %3 ms</source>
        <translation>p50 %1 ms · p95 %2 ms · p99 %3 ms</translation>
    </message>
    <message>
        <source>Click to see these deliveries in the log.</source>
        <translation>Cliquez pour voir ces livraisons dans le journal.</translation>
    </message>
    <message>
        <source>engine not answering</source>
        <translation>le moteur ne répond pas</translation>
    </message>
    <message>
        <source>The engine did not answer from %1 to %2: these minutes are unknown, not quiet.</source>
        <translation>Le moteur n&apos;a pas répondu de %1 à %2 : ces minutes sont inconnues, pas calmes.</translation>
    </message>
    <message>
        <source>The engine did not answer for part of this time.</source>
        <translation>Le moteur n&apos;a pas répondu pendant une partie de ce temps.</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::OverviewView</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Toutes les applications</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Tous les endpoints</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>Applicati&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>E&amp;ndpoint&#xa0;:</translation>
    </message>
    <message>
        <source>Deliveries per minute</source>
        <translation>Livraisons par minute</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>Latence p95</translation>
    </message>
    <message>
        <source>Awaiting retry</source>
        <translation>En attente de relance</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <source>Disabled endpoints</source>
        <translation>Endpoints désactivés</translation>
    </message>
    <message>
        <source>Endpoint health</source>
        <translation>État des endpoints</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>now</source>
        <translation>actuellement</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>mis à jour à %1</translation>
    </message>
    <message>
        <source>Show &amp;failures in the log</source>
        <translation>Afficher les é&amp;checs dans le journal</translation>
    </message>
    <message>
        <source>&amp;Edit endpoint settings</source>
        <translation>&amp;Modifier les réglages du endpoint</translation>
    </message>
    <message>
        <source>data since %1</source>
        <translation>données depuis %1</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::ProfilesDialog</name>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Reading the token…</source>
        <translation>Lecture du jeton…</translation>
    </message>
    <message>
        <source>Paste the engine&apos;s API token (the engine&apos;s admin sets it up).</source>
        <translation>Collez le jeton d&apos;API du moteur (l&apos;administrateur du moteur le configure).</translation>
    </message>
    <message>
        <source>Storing the token…</source>
        <translation>Enregistrement du jeton…</translation>
    </message>
    <message>
        <source>Delete the profile “%1”, its stored token and its local history?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;», son jeton enregistré et son historique local&#xa0;?</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::SecretPanel</name>
    <message>
        <source>Sho&amp;w</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <source>old one signs for</source>
        <translation>l&apos;ancien signe encore pendant</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Fetch the secret from the engine and show it</source>
        <translation>Récupérer le secret auprès du moteur et l&apos;afficher</translation>
    </message>
    <message>
        <source>Put the secret on the clipboard without showing it</source>
        <translation>Copier le secret dans le presse-papiers sans l&apos;afficher</translation>
    </message>
    <message>
        <source>Generate a new secret; the old one keeps signing for the grace period</source>
        <translation>Générer un nouveau secret&#xa0;; l&apos;ancien continue de signer pendant la période de grâce</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Grace period of the old secret, in hours</source>
        <translation>Période de grâce de l&apos;ancien secret, en heures</translation>
    </message>
    <message>
        <source>How long the old secret keeps signing beside the new one (0: stops at once)</source>
        <translation>Durée pendant laquelle l&apos;ancien secret continue de signer à côté du nouveau (0&#xa0;: arrêt immédiat)</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>Only admins may see or rotate signing secrets; this token is %1.</source>
        <translation>Seuls les administrateurs peuvent voir ou renouveler les secrets de signature&#xa0;; rôle de ce jeton&#xa0;: %1.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>encore inconnu</translation>
    </message>
    <message>
        <source>The engine generates the secret when the endpoint is first saved.</source>
        <translation>Le moteur génère le secret au premier enregistrement de l&apos;endpoint.</translation>
    </message>
    <message>
        <source>Could not read the secret: %1</source>
        <translation>Impossible de lire le secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>The signing secret is on the clipboard.</source>
        <translation>Le secret de signature est dans le presse-papiers.</translation>
    </message>
    <message numerus="yes">
        <source>Generate a new signing secret? The current one keeps signing beside it for %n hour(s), so receivers can switch over.</source>
        <translation>
            <numerusform>Générer un nouveau secret de signature&#xa0;? L&apos;actuel continue de signer à côté de lui pendant %n heure, afin que les destinataires puissent basculer.</numerusform>
            <numerusform>Générer un nouveau secret de signature&#xa0;? L&apos;actuel continue de signer à côté de lui pendant %n heures, afin que les destinataires puissent basculer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate a new signing secret? The current one stops signing at once: receivers that still check it will reject deliveries.</source>
        <translation>Générer un nouveau secret de signature&#xa0;? L&apos;actuel cesse immédiatement de signer&#xa0;: les destinataires qui le vérifient encore rejetteront les livraisons.</translation>
    </message>
    <message>
        <source>Rotation failed: %1</source>
        <translation>Échec du renouvellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The secret was rotated.</source>
        <translation>Le secret a été renouvelé.</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clé publique&#xa0;:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clé publique</translation>
    </message>
    <message>
        <source>Receivers verify the v1a signatures with this key; it cannot sign, so it may be shared</source>
        <translation>Les destinataires vérifient les signatures v1a avec cette clé&#xa0;; elle ne peut pas signer et peut donc être partagée</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::SendAgainBox</name>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Renvoyer</translation>
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
        <translation>Standard Webhooks, ed25519 (v1a&#xa0;; les destinataires vérifient avec une clé publique)</translation>
    </message>
    <message>
        <source>sha256=&lt;hex&gt; in a header of its own</source>
        <translation>sha256=&lt;hex&gt; dans un en-tête dédié</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::StreamConnection</name>
    <message>
        <source>The engine stopped answering pings.</source>
        <translation>Le moteur ne répond plus aux pings.</translation>
    </message>
    <message>
        <source>The engine sent a frame this version cannot read: %1</source>
        <translation>Le moteur a envoyé une trame que cette version ne sait pas lire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::TestEventDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>E&amp;nvoyer</translation>
    </message>
    <message>
        <source>Show in &amp;log</source>
        <translation>Afficher dans le &amp;journal</translation>
    </message>
    <message>
        <source>Open the delivery log filtered to this test message</source>
        <translation>Ouvrir le journal des livraisons filtré sur ce message de test</translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation>JSON de la charge utile</translation>
    </message>
    <message>
        <source>Loading endpoints…</source>
        <translation>Chargement des endpoints…</translation>
    </message>
    <message>
        <source>Deliver this payload to the endpoint now, as a test (Ctrl+Enter)</source>
        <translation>Livrer maintenant cette charge utile à l&apos;endpoint, en test (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Could not read the endpoints: %1</source>
        <translation>Impossible de lire les endpoints&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing sent yet. The engine delivers the payload to this endpoint only and marks the attempt as a test.</source>
        <translation>Rien n&apos;a encore été envoyé. Le moteur livre la charge utile à cet endpoint uniquement et marque la tentative comme test.</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>No endpoints</source>
        <translation>Aucun endpoint</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The payload must be a JSON object: { … }.</source>
        <translation>La charge utile doit être un objet JSON&#xa0;: { … }.</translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON, %n byte(s).</source>
        <translation>
            <numerusform>JSON valide, %n octet.</numerusform>
            <numerusform>JSON valide, %n octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid JSON, so it cannot be sent. %1</source>
        <translation>JSON non valide, il ne peut donc pas être envoyé. %1</translation>
    </message>
    <message>
        <source>Sending test events needs the operator or admin role; this token is %1.</source>
        <translation>L&apos;envoi d&apos;événements de test nécessite le rôle operator ou admin&#xa0;; rôle de ce jeton&#xa0;: %1.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>encore inconnu</translation>
    </message>
    <message>
        <source>Fix the payload first: %1</source>
        <translation>Corrigez d&apos;abord la charge utile&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent as %1; waiting for the endpoint&apos;s answer…</source>
        <translation>Envoyé en tant que %1&#xa0;; en attente de la réponse de l&apos;endpoint…</translation>
    </message>
    <message>
        <source>✔ Delivered: HTTP %1 in %2 ms (trigger: %3).</source>
        <translation>✔ Livré&#xa0;: HTTP %1 en %2 ms (déclencheur&#xa0;: %3).</translation>
    </message>
    <message>
        <source>✘ Failed: HTTP %1 in %2 ms (%3 error, trigger: %4).</source>
        <translation>✘ Échec&#xa0;: HTTP %1 en %2 ms (erreur %3, déclencheur&#xa0;: %4).</translation>
    </message>
    <message>
        <source>✘ Failed: no HTTP answer (%1 error) after %2 ms.</source>
        <translation>✘ Échec&#xa0;: aucune réponse HTTP (erreur %1) après %2 ms.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::TokenVault</name>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation>Le jeton est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept in %1, a file only you can read.</source>
        <translation>Aucun trousseau système disponible&#xa0;: le jeton est conservé dans %1, un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <source>No token is stored for this profile.</source>
        <translation>Aucun jeton n&apos;est enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::TrayAlerts</name>
    <message>
        <source>&amp;Show Switchboard</source>
        <translation>&amp;Afficher Switchboard</translation>
    </message>
    <message>
        <source>&amp;Mute alerts</source>
        <translation>Alertes en &amp;sourdine</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Switchboard: deliveries healthy</source>
        <translation>Switchboard&#xa0;: livraisons saines</translation>
    </message>
    <message>
        <source>Switchboard: needs attention</source>
        <translation>Switchboard&#xa0;: attention requise</translation>
    </message>
    <message>
        <source>Switchboard: deliveries failing or engine unreachable</source>
        <translation>Switchboard&#xa0;: livraisons en échec ou moteur injoignable</translation>
    </message>
    <message>
        <source>Switchboard: no data yet</source>
        <translation>Switchboard&#xa0;: pas encore de données</translation>
    </message>
</context>
</TS>
