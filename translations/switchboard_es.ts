<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConsoleTranslations</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>A&amp;pplication:</source>
        <translation>Apli&amp;cación:</translation>
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
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>What this endpoint is for: CRM sync, call analytics…</source>
        <translation>Para qué sirve este endpoint: sincronización con el CRM, análisis de llamadas…</translation>
    </message>
    <message>
        <source>E&amp;vent types:</source>
        <translation>Tipos de e&amp;vento:</translation>
    </message>
    <message>
        <source>&amp;Channels:</source>
        <translation>Ca&amp;nales:</translation>
    </message>
    <message>
        <source>Comma-separated; empty: every message</source>
        <translation>Separados por comas; vacío: todos los mensajes</translation>
    </message>
    <message>
        <source>He&amp;aders:</source>
        <translation>Cabecera&amp;s:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a header</source>
        <translation>Añadir una cabecera</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the selected header</source>
        <translation>Quitar la cabecera seleccionada</translation>
    </message>
    <message>
        <source>Si&amp;gning scheme:</source>
        <translation>Es&amp;quema de firma:</translation>
    </message>
    <message>
        <source>S&amp;ignature header:</source>
        <translation>Cabecera de &amp;firma:</translation>
    </message>
    <message>
        <source>X-Signature (sha256-hex only)</source>
        <translation>X-Signature (solo sha256-hex)</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>T&amp;iempo de espera:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Rate limi&amp;t:</source>
        <translation>Límite de &amp;tasa:</translation>
    </message>
    <message>
        <source> / s</source>
        <translation> / s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Ma&amp;x concurrency:</source>
        <translation>Concurrencia má&amp;x.:</translation>
    </message>
    <message>
        <source>Retr&amp;y schedule:</source>
        <translation>Calendario de &amp;reintentos:</translation>
    </message>
    <message>
        <source>The engine&apos;s schedule, e.g. 0, 5s, 30s, 5m, 30m, 2h</source>
        <translation>El calendario del motor, p. ej. 0, 5s, 30s, 5m, 30m, 2h</translation>
    </message>
    <message>
        <source>E&amp;nabled: deliver to this endpoint</source>
        <translation>&amp;Habilitado: entregar a este endpoint</translation>
    </message>
    <message>
        <source>Signing secret:</source>
        <translation>Secreto de firma:</translation>
    </message>
    <message>
        <source>Call order:</source>
        <translation>Orden por llamada:</translation>
    </message>
    <message>
        <source>Per call: events with the same call id (the application&apos;s correlation key) are delivered one after the other, in the order they were accepted; different calls still go in parallel.</source>
        <translation>Por llamada: los eventos con el mismo id de llamada (la clave de correlación de la aplicación) se entregan uno tras otro, en el orden en que se aceptaron; las distintas llamadas siguen en paralelo.</translation>
    </message>
    <message>
        <source>Any order (fastest)</source>
        <translation>Cualquier orden (lo más rápido)</translation>
    </message>
    <message>
        <source>Per call, in order; a dead letter is skipped</source>
        <translation>Por llamada, en orden; un mensaje muerto se omite</translation>
    </message>
    <message>
        <source>Per call, in order; a dead letter holds its call</source>
        <translation>Por llamada, en orden; un mensaje muerto detiene su llamada</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Asigne un nombre al perfil.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Ya hay otro perfil llamado «%1».</translation>
    </message>
    <message>
        <source>The engine URL must look like http://host:8071 or https://host.</source>
        <translation>La URL del motor debe tener la forma http://host:8071 o https://host.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Engine profiles</source>
        <translation>Perfiles de motor</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Production, Staging…</source>
        <translation>Producción, Staging…</translation>
    </message>
    <message>
        <source>Engine &amp;URL:</source>
        <translation>&amp;URL del motor:</translation>
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
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>&amp;Verify the engine&apos;s TLS certificate</source>
        <translation>&amp;Verificar el certificado TLS del motor</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time Switchboard starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Switchboard.</translation>
    </message>
    <message>
        <source>Local history</source>
        <translation>Historial local</translation>
    </message>
    <message>
        <source>&amp;Keep history for:</source>
        <translation>&amp;Conservar el historial durante:</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Older deliveries, attempts and chart data are removed from this computer every hour. The engine keeps its own history.</source>
        <translation>Las entregas, los intentos y los datos de gráficos más antiguos se eliminan de este equipo cada hora. El motor conserva su propio historial.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Alert when an endpoint&apos;s &amp;failures reach:</source>
        <translation>Alertar cuando los &amp;fallos de un endpoint alcancen:</translation>
    </message>
    <message>
        <source> % over 5 minutes</source>
        <translation> % en 5 minutos</translation>
    </message>
    <message>
        <source>&amp;Mute desktop notifications (the tray icon still shows health)</source>
        <translation>&amp;Silenciar las notificaciones de escritorio (el icono de la bandeja sigue mostrando el estado)</translation>
    </message>
</context>
<context>
    <name>TestEventDialog</name>
    <message>
        <source>Send a test event</source>
        <translation>Enviar un evento de prueba</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>E&amp;vent type:</source>
        <translation>&amp;Tipo de evento:</translation>
    </message>
    <message>
        <source>&amp;Payload (the catalogue&apos;s sample; edit freely):</source>
        <translation>&amp;Carga útil (el ejemplo del catálogo; edítela libremente):</translation>
    </message>
    <message>
        <source>&amp;Reset to sample</source>
        <translation>&amp;Restablecer el ejemplo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Response &amp;body:</source>
        <translation>Cuerpo de la resp&amp;uesta:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Switchboard: desktop console for webhook delivery.
With --engine, the engine&apos;s token comes from SWITCHBOARD_TOKEN; otherwise the
console opens the last engine profile used (Engine &gt; Profiles to manage them).</source>
        <translation>Switchboard: consola de escritorio para la entrega de webhooks.
Con --engine, el token del motor se toma de SWITCHBOARD_TOKEN; si no, la consola
abre el último perfil de motor usado (se gestionan en Motor &gt; Perfiles).</translation>
    </message>
    <message>
        <source>Engine to open, e.g. http://127.0.0.1:8071.</source>
        <translation>Motor que abrir, p. ej. http://127.0.0.1:8071.</translation>
    </message>
    <message>
        <source>Engine profile to open, by name.</source>
        <translation>Perfil de motor que abrir, por nombre.</translation>
    </message>
    <message>
        <source>switchboard: --engine needs an http or https URL
</source>
        <translation>switchboard: --engine necesita una URL http o https
</translation>
    </message>
    <message>
        <source>switchboard: no engine profile is called “%1”
</source>
        <translation>switchboard: ningún perfil de motor se llama «%1»
</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::AlertCentre</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>No system tray on this desktop: alerts appear only here and in the status bar, not as desktop notifications.</source>
        <translation>Este escritorio no tiene bandeja del sistema: las alertas aparecen solo aquí y en la barra de estado, no como notificaciones del escritorio.</translation>
    </message>
    <message>
        <source>Open the alert centre (Ctrl+Shift+A)</source>
        <translation>Abrir el centro de alertas (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Sin alertas</translation>
    </message>
    <message>
        <source>1 alert</source>
        <translation>1 alerta</translation>
    </message>
    <message>
        <source>%1 alerts</source>
        <translation>%1 alertas</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::AlertLogModel</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Enter or double-click: open the log filtered to %1</source>
        <translation>Intro o doble clic: abrir el registro filtrado por %1</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Resuelta %1</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::AlertRules</name>
    <message>
        <source>Endpoint disabled: %1</source>
        <translation>Endpoint deshabilitado: %1</translation>
    </message>
    <message>
        <source>%1 no longer receives deliveries (it answered 410 Gone, failed for too long, or was disabled by hand).</source>
        <translation>%1 ya no recibe entregas (respondió 410 Gone, falló durante demasiado tiempo o se deshabilitó manualmente).</translation>
    </message>
    <message>
        <source>Endpoint failing: %1</source>
        <translation>Endpoint con fallos: %1</translation>
    </message>
    <message>
        <source>%1 of %2 deliveries to %3 failed in the last 5 minutes.</source>
        <translation>%1 de %2 entregas a %3 fallaron en los últimos 5 minutos.</translation>
    </message>
    <message numerus="yes">
        <source>Dead letters: %n more</source>
        <translation>
            <numerusform>Fallidas definitivamente: %n más</numerusform>
            <numerusform>Fallidas definitivamente: %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deliveries that used up every retry and were dead-lettered: %n more. Retry them from the log.</source>
        <translation>
            <numerusform>%n entrega más agotó todos los reintentos y falló definitivamente; reinténtala desde el registro.</numerusform>
            <numerusform>%n entregas más agotaron todos los reintentos y fallaron definitivamente; reinténtalas desde el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Engine connection lost</source>
        <translation>Se perdió la conexión con el motor</translation>
    </message>
    <message>
        <source>The console cannot reach the engine&apos;s event stream; it keeps retrying and shows stored history meanwhile.</source>
        <translation>La consola no puede acceder al flujo de eventos del motor; sigue reintentándolo y, mientras tanto, muestra el historial guardado.</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::BulkRetryFlow</name>
    <message>
        <source>Bulk retry: %1</source>
        <translation>Reintento masivo: %1</translation>
    </message>
    <message>
        <source>Retry all matching</source>
        <translation>Reintentar todas las coincidentes</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>todo</translation>
    </message>
    <message>
        <source>Bulk retry not started</source>
        <translation>Reintento masivo no iniciado</translation>
    </message>
    <message>
        <source>Nothing to retry</source>
        <translation>Nada que reintentar</translation>
    </message>
    <message>
        <source>No dead deliveries match “%1” in this console&apos;s history.</source>
        <translation>Ninguna entrega fallida definitivamente coincide con «%1» en el historial de esta consola.</translation>
    </message>
    <message>
        <source>every application</source>
        <translation>todas las aplicaciones</translation>
    </message>
    <message>
        <source>They match “%1” in this console&apos;s history. The engine sends each one again now; the log shows every result as it arrives.</source>
        <translation>Coinciden con «%1» en el historial de esta consola. El motor vuelve a enviar cada una ahora; el registro muestra cada resultado en cuanto llega.</translation>
    </message>
    <message>
        <source>Bulk retry refused</source>
        <translation>Reintento masivo rechazado</translation>
    </message>
    <message>
        <source>The engine refused the bulk retry:
%1</source>
        <translation>El motor rechazó el reintento masivo:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Send %n dead delivery(s) of %1 again?</source>
        <translation>
            <numerusform>¿Volver a enviar %n entrega fallida definitivamente de %1?</numerusform>
            <numerusform>¿Volver a enviar %n entregas fallidas definitivamente de %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::BulkRetryProgress</name>
    <message>
        <source>Retry all matching</source>
        <translation>Reintentar todas las coincidentes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>lost (the engine no longer knows the task; did it restart?)</source>
        <translation>perdida (el motor ya no conoce la tarea; ¿se reinició?)</translation>
    </message>
    <message>
        <source>Retrying the dead deliveries of %1 (%2).</source>
        <translation>Reintentando las entregas fallidas definitivamente de %1 (%2).</translation>
    </message>
    <message>
        <source>The engine does not answer (%1); asking again.</source>
        <translation>El motor no responde (%1); se vuelve a preguntar.</translation>
    </message>
    <message>
        <source>Engine task %1: %2 of %3 sent again.</source>
        <translation>Tarea del motor %1: %2 de %3 reenviadas.</translation>
    </message>
    <message>
        <source>%1: %2, %3 of %4 sent again</source>
        <translation>%1: %2, %3 de %4 reenviadas</translation>
    </message>
    <message>
        <source>Bulk retry did not finish</source>
        <translation>El reintento masivo no terminó</translation>
    </message>
    <message>
        <source>The bulk retry of %1 ended early:
%2</source>
        <translation>El reintento masivo de %1 terminó antes de tiempo:
%2</translation>
    </message>
    <message>
        <source>Bulk retry cancelled: %1 of %2 sent again.</source>
        <translation>Reintento masivo cancelado: %1 de %2 reenviadas.</translation>
    </message>
    <message>
        <source>Bulk retry finished: %1 of %2 sent again; the log shows each result as it arrives.</source>
        <translation>Reintento masivo terminado: %1 de %2 reenviadas; el registro muestra cada resultado en cuanto llega.</translation>
    </message>
    <message>
        <source>Cancelling failed: %1</source>
        <translation>No se pudo cancelar: %1</translation>
    </message>
    <message>
        <source>Waiting for the engine (%1 of %2 sent): its delivery queue is busy with %3 deliveries, retries to endpoints that are still down included; the bulk retry goes on when there is room.</source>
        <translation>Esperando al motor (%1 de %2 enviadas): su cola de entregas está ocupada con %3 entregas, incluidos los reintentos a endpoints que siguen caídos; el reintento masivo continúa cuando haya sitio.</translation>
    </message>
    <message>
        <source>Waiting for the engine (%1 of %2 sent).</source>
        <translation>Esperando al motor (%1 de %2 enviadas).</translation>
    </message>
    <message>
        <source>Waiting for the engine (%1 of %2 sent): no answer for %3 s.</source>
        <translation>Esperando al motor (%1 de %2 enviadas): sin respuesta desde hace %3 s.</translation>
    </message>
    <message>
        <source>Bulk retry left deliveries alone</source>
        <translation>El reintento masivo dejó entregas sin enviar</translation>
    </message>
    <message>
        <source>The bulk retry of %1 sent %2 of %3 again. Not sent:
%4</source>
        <translation>El reintento masivo de %1 volvió a enviar %2 de %3. No enviadas:
%4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n dead delivery(s) not sent, because their endpoint is disabled (%2). Enable it on the Endpoints tab, then retry.</source>
        <translation>
            <numerusform>%1: %n entrega muerta no enviada porque su endpoint está desactivado (%2). Actívelo en la pestaña Endpoints y vuelva a intentarlo.</numerusform>
            <numerusform>%1: %n entregas muertas no enviadas porque su endpoint está desactivado (%2). Actívelo en la pestaña Endpoints y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bulk retry of %1 sent nothing. Not sent:
%2</source>
        <translation>El reintento masivo de %1 no envió nada. No enviadas:
%2</translation>
    </message>
    <message numerus="yes">
        <source>The bulk retry of %1 sent %n dead delivery(s) again. Not sent:
%2</source>
        <translation>
            <numerusform>El reintento masivo de %1 volvió a enviar %n entrega fallida definitivamente. No enviadas:
%2</numerusform>
            <numerusform>El reintento masivo de %1 volvió a enviar %n entregas fallidas definitivamente. No enviadas:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::CallRetryFlow</name>
    <message>
        <source>The last retry of this call is still being sent.</source>
        <translation>El último reintento de esta llamada aún se está enviando.</translation>
    </message>
    <message>
        <source>Nothing failed for this call: there is nothing to retry.</source>
        <translation>Nada falló en esta llamada: no hay nada que reintentar.</translation>
    </message>
    <message>
        <source>Retry this call</source>
        <translation>Reintentar esta llamada</translation>
    </message>
    <message numerus="yes">
        <source>Send %n failed delivery(s) of call %1 again?</source>
        <translation>
            <numerusform>¿Volver a enviar %n entrega fallida de la llamada %1?</numerusform>
            <numerusform>¿Volver a enviar %n entregas fallidas de la llamada %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n delivery(s) of call %1 again…</source>
        <translation>
            <numerusform>Volviendo a enviar %n entrega de la llamada %1…</numerusform>
            <numerusform>Volviendo a enviar %n entregas de la llamada %1…</numerusform>
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
            <numerusform>%n entrega enviada de nuevo; las filas cambian a medida que llegan los resultados.</numerusform>
            <numerusform>%n entregas enviadas de nuevo; las filas cambian a medida que llegan los resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1 of %2 again; the engine refused %3.</source>
        <translation>%1 de %2 enviadas de nuevo; el motor rechazó %3.</translation>
    </message>
    <message numerus="yes">
        <source>The engine refused to send %n delivery(s) of call %1 again:</source>
        <translation>
            <numerusform>El motor se negó a volver a enviar %n entrega de la llamada %1:</numerusform>
            <numerusform>El motor se negó a volver a enviar %n entregas de la llamada %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::CallStoryModel</name>
    <message>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Dead letter — not delivered</source>
        <translation>Fallida definitivamente — no entregada</translation>
    </message>
    <message>
        <source>Retrying — not delivered yet</source>
        <translation>Reintentando — aún no entregada</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Pending — not sent yet</source>
        <translation>Pendiente — aún no enviada</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Próximo reintento</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: dead letter after %n attempt(s)</source>
        <translation>
            <numerusform>%1: fallida definitivamente tras %n intento</numerusform>
            <numerusform>%1: fallida definitivamente tras %n intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: retrying, %n attempt(s) so far</source>
        <translation>
            <numerusform>%1: reintentando, %n intento hasta ahora</numerusform>
            <numerusform>%1: reintentando, %n intentos hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not sent yet</source>
        <translation>%1: aún no enviada</translation>
    </message>
    <message>
        <source> (last: %1)</source>
        <translation> (último: %1)</translation>
    </message>
    <message>
        <source>Held — waits for an earlier event</source>
        <translation>Retenida — espera a un evento anterior</translation>
    </message>
    <message>
        <source>Held — waits for %1</source>
        <translation>Retenida — espera a %1</translation>
    </message>
    <message>
        <source>%1 delivers each call&apos;s events in order: this one is sent once %2 is through.</source>
        <translation>%1 entrega los eventos de cada llamada en orden: esta se envía cuando %2 haya pasado.</translation>
    </message>
    <message numerus="yes">
        <source>    it holds %n later event(s) of the call to %1, which delivers each call in order: send it again to let the call go on</source>
        <translation>
            <numerusform>    retiene %n evento posterior de la llamada para %1, que entrega cada llamada en orden: reenvíelo para que la llamada continúe</numerusform>
            <numerusform>    retiene %n eventos posteriores de la llamada para %1, que entrega cada llamada en orden: reenvíelo para que la llamada continúe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    %n later event(s) of the call to %1 wait for it: %1 delivers each call in order</source>
        <translation>
            <numerusform>    %n evento posterior de la llamada para %1 lo espera: %1 entrega cada llamada en orden</numerusform>
            <numerusform>    %n eventos posteriores de la llamada para %1 lo esperan: %1 entrega cada llamada en orden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::CallView</name>
    <message>
        <source>&amp;Retry everything that failed for this call</source>
        <translation>&amp;Reintentar todo lo que falló en esta llamada</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamada %1</translation>
    </message>
    <message>
        <source>Deliveries of the call</source>
        <translation>Entregas de la llamada</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Read the call from the local history again (F5); it also updates by itself</source>
        <translation>Volver a leer la llamada del historial local (F5); también se actualiza sola</translation>
    </message>
    <message>
        <source>Show in &amp;log</source>
        <translation>Mostrar en el re&amp;gistro</translation>
    </message>
    <message>
        <source>Filter the delivery log to this call</source>
        <translation>Filtrar el registro de entregas por esta llamada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Call %1 of %2</source>
        <translation>Llamada %1 de %2</translation>
    </message>
    <message>
        <source>Reading the call from the local history…</source>
        <translation>Leyendo la llamada del historial local…</translation>
    </message>
    <message>
        <source>This console&apos;s history holds no delivery of this call (it may be older than the history kept).</source>
        <translation>El historial de esta consola no tiene ninguna entrega de esta llamada (quizá sea más antigua que el historial conservado).</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n endpoint(s)</source>
        <translation>
            <numerusform>a %n endpoint</numerusform>
            <numerusform>a %n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>Every event of this call reached every endpoint.</source>
        <translation>Todos los eventos de esta llamada llegaron a todos los endpoints.</translation>
    </message>
    <message>
        <source>Not delivered:</source>
        <translation>No entregado:</translation>
    </message>
    <message>
        <source>Retrying needs the operator or admin role; this token is %1.</source>
        <translation>Reintentar requiere el rol operator o admin; rol de este token: %1.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>Nothing failed for this call.</source>
        <translation>Nada falló en esta llamada.</translation>
    </message>
    <message numerus="yes">
        <source>Send the %n failed delivery(s) of this call again (Ctrl+R)</source>
        <translation>
            <numerusform>Volver a enviar la %n entrega fallida de esta llamada (Ctrl+R)</numerusform>
            <numerusform>Volver a enviar las %n entregas fallidas de esta llamada (Ctrl+R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, all in the table below.</source>
        <translation>
            <numerusform>… y %n más, todas en la tabla de abajo.</numerusform>
            <numerusform>… y %n más, todas en la tabla de abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of its %n delivery(s), </source>
        <translation>
            <numerusform>de su %n entrega, </numerusform>
            <numerusform>de sus %n entregas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 delivered, %n dead letter(s), %2 not delivered yet.</source>
        <translation>
            <numerusform>%1 entregadas, %n fallida definitivamente, %2 aún no entregadas.</numerusform>
            <numerusform>%1 entregadas, %n fallidas definitivamente, %2 aún no entregadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveriesView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>Copiar &amp;id</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copiar como c&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Retry &amp;all matching…</source>
        <translation>Reintentar tod&amp;as las coincidentes…</translation>
    </message>
    <message>
        <source>Send &amp;test event…</source>
        <translation>Enviar evento de &amp;prueba…</translation>
    </message>
    <message>
        <source>Filter: status:failed code:5xx event:call.* endpoint:crm after:-1h, or any text</source>
        <translation>Filtro: status:failed code:5xx event:call.* endpoint:crm after:-1h, o cualquier texto</translation>
    </message>
    <message>
        <source>Delivery filter</source>
        <translation>Filtro de entregas</translation>
    </message>
    <message>
        <source>Go to &amp;oldest</source>
        <translation>Ir a la más a&amp;ntigua</translation>
    </message>
    <message>
        <source>Show the oldest deliveries first and select the oldest (Ctrl+End)</source>
        <translation>Mostrar primero las entregas más antiguas y seleccionar la más antigua (Ctrl+Fin)</translation>
    </message>
    <message>
        <source>Go to &amp;newest</source>
        <translation>Ir a la más &amp;reciente</translation>
    </message>
    <message>
        <source>Show the newest deliveries first, live, and select the newest (Ctrl+Home)</source>
        <translation>Mostrar primero las entregas más recientes, en directo, y seleccionar la más reciente (Ctrl+Inicio)</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Registro de entregas</translation>
    </message>
    <message>
        <source>Send the selected delivery again now (R)</source>
        <translation>Volver a enviar ahora la entrega seleccionada (R)</translation>
    </message>
    <message>
        <source>Save the rows of the current filter as CSV or JSON (Ctrl+E)</source>
        <translation>Guardar las filas del filtro actual como CSV o JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export deliveries</source>
        <translation>Exportar entregas</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting… %1 rows</source>
        <translation>Exportando… %1 filas</translation>
    </message>
    <message>
        <source>Exported %1 rows.</source>
        <translation>Se exportaron %1 filas.</translation>
    </message>
    <message>
        <source>Export stopped: %1</source>
        <translation>Exportación detenida: %1</translation>
    </message>
    <message>
        <source>Send a test event to the selected row&apos;s endpoint (Ctrl+T)</source>
        <translation>Enviar un evento de prueba al endpoint de la fila seleccionada (Ctrl+T)</translation>
    </message>
    <message>
        <source>Sending test events needs the operator or admin role; this token is %1.</source>
        <translation>Enviar eventos de prueba requiere el rol operator o admin; rol de este token: %1.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>Retrying needs the operator or admin role; this token is %1.</source>
        <translation>Reintentar requiere el rol operator o admin; rol de este token: %1.</translation>
    </message>
    <message>
        <source>Oldest deliveries first; Ctrl+Home returns to the newest.</source>
        <translation>Primero las entregas más antiguas; Ctrl+Inicio vuelve a las más recientes.</translation>
    </message>
    <message>
        <source>Newest deliveries first.</source>
        <translation>Primero las entregas más recientes.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>No aplicado: %1</translation>
    </message>
    <message>
        <source>The filter is not valid: %1</source>
        <translation>El filtro no es válido: %1</translation>
    </message>
    <message>
        <source>Retrying %1…</source>
        <translation>Reintentando %1…</translation>
    </message>
    <message>
        <source>Retry of %1 sent; the row updates when the result arrives.</source>
        <translation>Reintento de %1 enviado; la fila se actualizará cuando llegue el resultado.</translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation>El reintento falló: %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>No attempt to copy yet.</source>
        <translation>Todavía no hay ningún intento que copiar.</translation>
    </message>
    <message>
        <source>Copy as cURL failed: %1</source>
        <translation>No se pudo copiar como cURL: %1</translation>
    </message>
    <message>
        <source>Copied a cURL command for the latest attempt (its signature expires with its timestamp).</source>
        <translation>Se copió un comando cURL para el último intento (su firma caduca con su marca de tiempo).</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>Follow this &amp;call</source>
        <translation>Seguir esta &amp;llamada</translation>
    </message>
    <message>
        <source>Show every event of the selected delivery&apos;s call, to every endpoint (F)</source>
        <translation>Mostrar todos los eventos de la llamada de la entrega seleccionada, a todos los endpoints (F)</translation>
    </message>
    <message>
        <source>This delivery&apos;s message carries no call id.</source>
        <translation>El mensaje de esta entrega no lleva id de llamada.</translation>
    </message>
    <message>
        <source>Copied a cURL command for the latest attempt, with the payload as masked for your role: it does not repeat what the endpoint received.</source>
        <translation>Se copió un comando cURL del último intento, con la carga útil enmascarada para su rol: no repite lo que recibió el endpoint.</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveryDetailPane</name>
    <message>
        <source>Delivery detail</source>
        <translation>Detalle de la entrega</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a delivery (arrow keys, Enter) to see its message, payload and every attempt. &lt;b&gt;R&lt;/b&gt; retries it, &lt;b&gt;Ctrl+C&lt;/b&gt; copies its id, &lt;b&gt;Ctrl+F&lt;/b&gt; filters.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Seleccione una entrega (teclas de flecha, Intro) para ver su mensaje, su carga útil y cada intento. &lt;b&gt;R&lt;/b&gt; la reintenta, &lt;b&gt;Ctrl+C&lt;/b&gt; copia su id, &lt;b&gt;Ctrl+F&lt;/b&gt; filtra.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Message &lt;code&gt;%1&lt;/code&gt; to endpoint &lt;code&gt;%2&lt;/code&gt;: %3</source>
        <translation>Mensaje &lt;code&gt;%1&lt;/code&gt; al endpoint &lt;code&gt;%2&lt;/code&gt;: %3</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Próximo intento: %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading attempts…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cargando los intentos…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Loading payload…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cargando la carga útil…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>%1 ms (connect %2, TLS %3, first byte %4)</source>
        <translation>%1 ms (conexión %2, TLS %3, primer byte %4)</translation>
    </message>
    <message>
        <source>Attempts unavailable: %1 (the engine is offline; the log shows stored history).</source>
        <translation>Intentos no disponibles: %1 (el motor está desconectado; el registro muestra el historial guardado).</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>Todavía no hay intentos.</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Attempt %1 unavailable: %2</source>
        <translation>Intento %1 no disponible: %2</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Intento %1</translation>
    </message>
    <message>
        <source>POST %1 → &lt;b&gt;%2&lt;/b&gt;, error class %3, %4 ms total (connect %5, TLS %6, first byte %7)</source>
        <translation>POST %1 → &lt;b&gt;%2&lt;/b&gt;, clase de error %3, %4 ms en total (conexión %5, TLS %6, primer byte %7)</translation>
    </message>
    <message>
        <source>Request headers as sent</source>
        <translation>Cabeceras de la solicitud tal como se enviaron</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Cabeceras de la respuesta</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Call &lt;code&gt;%1&lt;/code&gt;: F follows the whole call.</source>
        <translation>Llamada &lt;code&gt;%1&lt;/code&gt;: F sigue toda la llamada.</translation>
    </message>
    <message>
        <source>Values shown as [masked] are hidden from your role; the endpoint received them.</source>
        <translation>Los valores mostrados como [masked] están ocultos para su rol; el endpoint los recibió.</translation>
    </message>
    <message>
        <source>Tags: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Etiquetas: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Canales: %1</translation>
    </message>
    <message>
        <source>Producer&apos;s event id: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Id. de evento del productor: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Scheduled: held until %1 (deliverAt).</source>
        <translation>Programado: retenido hasta %1 (deliverAt).</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveryFilter</name>
    <message>
        <source>&quot;%1&quot; cannot be sent to the engine; bulk retry understands app:, endpoint:, event: (exact names), code:Nxx, after:, before:, status:dead, status:failed and attempt:failed</source>
        <translation>&quot;%1&quot; no se puede enviar al motor; el reintento masivo admite app:, endpoint:, event: (nombres exactos), code:Nxx, after:, before:, status:dead, status:failed y attempt:failed</translation>
    </message>
    <message>
        <source>name the endpoint&apos;s app too (app:…) to retry one endpoint</source>
        <translation>indique también la app del endpoint (app:…) para reintentar un solo endpoint</translation>
    </message>
    <message>
        <source>missing closing quote</source>
        <translation>falta la comilla de cierre</translation>
    </message>
    <message>
        <source>status is one of: %1</source>
        <translation>status es uno de estos valores: %1</translation>
    </message>
    <message>
        <source>code is a status (404), a class (5xx), a comparison (&gt;=500) or none</source>
        <translation>code es un estado (404), una clase (5xx), una comparación (&gt;=500) o none</translation>
    </message>
    <message>
        <source>error is one of: %1</source>
        <translation>error es uno de estos valores: %1</translation>
    </message>
    <message>
        <source>name an event type, e.g. event:call.* </source>
        <translation>indique un tipo de evento, p. ej. event:call.* </translation>
    </message>
    <message>
        <source>%1 takes a time such as -30m, -1h, -7d, 2026-11-20 or 2026-11-20T10:00</source>
        <translation>%1 admite un tiempo como -30m, -1h, -7d, 2026-11-20 o 2026-11-20T10:00</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; fields are %2</source>
        <translation>campo desconocido &quot;%1&quot;; los campos son %2</translation>
    </message>
    <message>
        <source>name an application or endpoint, or part of its name, e.g. %1:acme</source>
        <translation>indique una aplicación o un endpoint, o parte de su nombre, p. ej. %1:acme</translation>
    </message>
    <message>
        <source>name a call id, e.g. call:c_42</source>
        <translation>indique un id de llamada, p. ej. call:c_42</translation>
    </message>
    <message>
        <source>attempt:failed is the only attempt: term (some attempt failed, even if a later one succeeded)</source>
        <translation>attempt:failed es el único término attempt: (algún intento falló, aunque uno posterior tuviera éxito)</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::DeliveryLogModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Fallida definitivamente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
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
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Próximo reintento</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EndpointDirectory</name>
    <message>
        <source>The engine answered %1.</source>
        <translation>El motor respondió %1.</translation>
    </message>
    <message>
        <source>Operational webhooks</source>
        <translation>Webhooks operativos</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EndpointEditor</name>
    <message>
        <source>Custom headers</source>
        <translation>Cabeceras personalizadas</translation>
    </message>
    <message>
        <source>The application the new endpoint belongs to</source>
        <translation>La aplicación a la que pertenece el nuevo endpoint</translation>
    </message>
    <message>
        <source>An endpoint stays in its application</source>
        <translation>Un endpoint permanece en su aplicación</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Nuevo endpoint</translation>
    </message>
    <message>
        <source>Not an absolute http or https URL (https://host/path).</source>
        <translation>No es una URL http o https absoluta (https://host/path).</translation>
    </message>
    <message>
        <source>Plain http: payloads, custom headers and signatures cross the network unencrypted. Use https outside a lab.</source>
        <translation>http simple: las cargas útiles, las cabeceras personalizadas y las firmas viajan por la red sin cifrar. Use https fuera de un entorno de pruebas.</translation>
    </message>
    <message>
        <source>Not a schedule: %1. Write delays such as 0, 5s, 30s, 5m, 2h.</source>
        <translation>No es un calendario válido: %1. Escriba retrasos como 0, 5s, 30s, 5m, 2h.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saving with another scheme gives the endpoint a new secret.</source>
        <translation>Al guardar con otro esquema, el endpoint recibe un nuevo secreto de firma.</translation>
    </message>
    <message>
        <source>Enter the URL the engine delivers to.</source>
        <translation>Introduzca la URL a la que entrega el motor.</translation>
    </message>
    <message>
        <source>Create an application first: endpoints belong to one.</source>
        <translation>Cree primero una aplicación: los endpoints pertenecen a una.</translation>
    </message>
    <message>
        <source>The engine refused the endpoint; see the marked fields.</source>
        <translation>El motor rechazó el endpoint; revise los campos marcados.</translation>
    </message>
    <message>
        <source>The engine refused the endpoint: %1</source>
        <translation>El motor rechazó el endpoint: %1</translation>
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
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Con fallos</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Último éxito</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Último fallo</translation>
    </message>
    <message>
        <source>Success over the range</source>
        <translation>Éxito en el intervalo</translation>
    </message>
    <message>
        <source>No recent traffic</source>
        <translation>Sin tráfico reciente</translation>
    </message>
    <message>
        <source>Now: %1 of its last %2 attempts (within %3 minutes) succeeded.</source>
        <translation>Ahora: %1 de sus últimos %2 intentos (en %3 minutos) tuvieron éxito.</translation>
    </message>
    <message>
        <source>No attempts in the last %1 minutes.</source>
        <translation>Sin intentos en los últimos %1 minutos.</translation>
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
        <translation>Endpoints por aplicación</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deshabilitado)</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EndpointsView</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Desha&amp;bilitar</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Send test event…</source>
        <translation>Enviar evento de prueba…</translation>
    </message>
    <message>
        <source>Search endpoints by name, URL, id or application (Ctrl+F)</source>
        <translation>Buscar endpoints por nombre, URL, id o aplicación (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search endpoints</source>
        <translation>Buscar endpoints</translation>
    </message>
    <message>
        <source>Loading endpoints…</source>
        <translation>Cargando endpoints…</translation>
    </message>
    <message>
        <source>Start a new endpoint in the selected application (Ctrl+N)</source>
        <translation>Crear un endpoint nuevo en la aplicación seleccionada (Ctrl+N)</translation>
    </message>
    <message>
        <source>Could not read the endpoints: %1</source>
        <translation>No se pudieron leer los endpoints: %1</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>No applications yet: producers create them through the API.</source>
        <translation>Aún no hay aplicaciones: los productores las crean a través de la API.</translation>
    </message>
    <message>
        <source>No endpoints yet: New (Ctrl+N) adds one.</source>
        <translation>Aún no hay endpoints: Nuevo (Ctrl+N) añade uno.</translation>
    </message>
    <message>
        <source>the new endpoint</source>
        <translation>el nuevo endpoint</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to %1?</source>
        <translation>¿Descartar los cambios sin guardar en %1?</translation>
    </message>
    <message>
        <source>New endpoint: fill in at least its URL, then Save (Ctrl+S).</source>
        <translation>Nuevo endpoint: rellene al menos su URL y después pulse Guardar (Ctrl+S).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Endpoint created.</source>
        <translation>Endpoint creado.</translation>
    </message>
    <message>
        <source>Endpoint saved.</source>
        <translation>Endpoint guardado.</translation>
    </message>
    <message>
        <source>The engine refused the endpoint; the form says why.</source>
        <translation>El motor rechazó el endpoint; el formulario indica el motivo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Could not change the endpoint: %1</source>
        <translation>No se pudo cambiar el endpoint: %1</translation>
    </message>
    <message>
        <source>Endpoint disabled: nothing is delivered to it until it is enabled again.</source>
        <translation>Endpoint deshabilitado: no se le entrega nada hasta que se vuelva a habilitar.</translation>
    </message>
    <message>
        <source>Endpoint enabled.</source>
        <translation>Endpoint habilitado.</translation>
    </message>
    <message>
        <source>Delete the endpoint “%1” (%2)? Deliveries still pending for it are dropped; this cannot be undone.</source>
        <translation>¿Eliminar el endpoint «%1» (%2)? Se descartan sus entregas pendientes; esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>No eliminado: %1</translation>
    </message>
    <message>
        <source>Endpoint deleted.</source>
        <translation>Endpoint eliminado.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>Changing endpoints needs the admin role; this token is %1.</source>
        <translation>Cambiar endpoints requiere el rol admin; rol de este token: %1.</translation>
    </message>
    <message>
        <source>Save the endpoint on the engine (Ctrl+S)</source>
        <translation>Guardar el endpoint en el motor (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Ha&amp;bilitar</translation>
    </message>
    <message>
        <source>Deliver to this endpoint again</source>
        <translation>Volver a entregar a este endpoint</translation>
    </message>
    <message>
        <source>Stop delivering to this endpoint; messages for it are not queued meanwhile</source>
        <translation>Dejar de entregar a este endpoint; mientras tanto, sus mensajes no se ponen en cola</translation>
    </message>
    <message>
        <source>Delete this endpoint (asks first)</source>
        <translation>Eliminar este endpoint (pide confirmación)</translation>
    </message>
    <message>
        <source>Sending test events needs the operator or admin role; this token is %1.</source>
        <translation>Enviar eventos de prueba requiere el rol operator o admin; rol de este token: %1.</translation>
    </message>
    <message>
        <source>Send an event of your choice to this endpoint and watch the answer (Ctrl+T)</source>
        <translation>Enviar el evento que quiera a este endpoint y ver la respuesta (Ctrl+T)</translation>
    </message>
    <message>
        <source>Save the endpoint first</source>
        <translation>Guarde primero el endpoint</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EngineClient</name>
    <message>
        <source>The engine answered %1.</source>
        <translation>El motor respondió %1.</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::EventTypePicker</name>
    <message>
        <source>Search event types</source>
        <translation>Buscar tipos de evento</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Tipos de evento</translation>
    </message>
    <message>
        <source>Not in the catalogue</source>
        <translation>No está en el catálogo</translation>
    </message>
    <message numerus="yes">
        <source>%n event type(s) checked.</source>
        <translation>
            <numerusform>%n tipo de evento marcado.</numerusform>
            <numerusform>%n tipos de evento marcados.</numerusform>
        </translation>
    </message>
    <message>
        <source>None checked: the endpoint gets every event type.</source>
        <translation>Ninguno marcado: el endpoint recibe todos los tipos de evento.</translation>
    </message>
    <message>
        <source>An endpoint was disabled: it answered 410 Gone, failed too long, or by hand.</source>
        <translation>Se desactivó un endpoint: respondió 410 Gone, falló demasiado tiempo o se desactivó a mano.</translation>
    </message>
    <message>
        <source>A message used up its retries: a dead letter.</source>
        <translation>Un mensaje agotó sus reintentos: una carta muerta.</translation>
    </message>
    <message>
        <source>A message failed its first attempts and is still being retried.</source>
        <translation>Un mensaje falló en sus primeros intentos y se sigue reintentando.</translation>
    </message>
    <message>
        <source>A failing message got through.</source>
        <translation>Un mensaje que fallaba llegó a su destino.</translation>
    </message>
    <message>
        <source>An endpoint was created.</source>
        <translation>Se creó un endpoint.</translation>
    </message>
    <message>
        <source>An endpoint was changed.</source>
        <translation>Se modificó un endpoint.</translation>
    </message>
    <message>
        <source>An endpoint was deleted.</source>
        <translation>Se eliminó un endpoint.</translation>
    </message>
    <message>
        <source>A bulk retry, recovery or replay finished.</source>
        <translation>Terminó un reintento masivo, una recuperación o una reproducción.</translation>
    </message>
    <message>
        <source>Operational events</source>
        <translation>Eventos operativos</translation>
    </message>
    <message>
        <source>What the engine tells its operators</source>
        <translation>Lo que el motor comunica a sus operadores</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::HeldCallsPanel</name>
    <message>
        <source>Held call</source>
        <translation>Llamada detenida</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Detenida desde</translation>
    </message>
    <message>
        <source>Dead letter holding it</source>
        <translation>Mensaje muerto que la detiene</translation>
    </message>
    <message>
        <source>Held calls</source>
        <translation>Llamadas detenidas</translation>
    </message>
    <message>
        <source>Send the dead letter again</source>
        <translation>Reenviar el mensaje muerto</translation>
    </message>
    <message>
        <source>Each call&apos;s events go in order. A dead letter holds its call until it is sent again.</source>
        <translation>Los eventos de cada llamada van en orden. Un mensaje muerto detiene su llamada hasta que se reenvía.</translation>
    </message>
    <message>
        <source>Each call&apos;s events go in order. A dead letter is skipped: its call goes on.</source>
        <translation>Los eventos de cada llamada van en orden. Un mensaje muerto se omite: su llamada continúa.</translation>
    </message>
    <message>
        <source>Could not read the held calls: %1</source>
        <translation>No se pudieron leer las llamadas detenidas: %1</translation>
    </message>
    <message>
        <source>Each call&apos;s events go in order. No call is held by a dead letter.</source>
        <translation>Los eventos de cada llamada van en orden. Ninguna llamada está detenida por un mensaje muerto.</translation>
    </message>
    <message>
        <source>Calls held by a dead letter: %1. Send a call&apos;s dead letter again to let the call go on, in order.</source>
        <translation>Llamadas detenidas por un mensaje muerto: %1. Reenvíe el mensaje muerto de una llamada para que continúe, en orden.</translation>
    </message>
    <message>
        <source>Sending the dead letter of %1 again; the call goes on once it is delivered.</source>
        <translation>Reenviando el mensaje muerto de %1; la llamada continúa en cuanto se entregue.</translation>
    </message>
    <message>
        <source>Could not send the dead letter of %1 again: %2</source>
        <translation>No se pudo reenviar el mensaje muerto de %1: %2</translation>
    </message>
    <message>
        <source>Deliver the selected call&apos;s dead letter again now (Enter)</source>
        <translation>Entregar ahora de nuevo el mensaje muerto de la llamada seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Sending again needs the operator or admin role; this token is %1.</source>
        <translation>Reenviar requiere el rol operator o admin; este token es %1.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>Show in log</source>
        <translation>Mostrar en el registro</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::HistoryReader</name>
    <message>
        <source>The local history is not open yet.</source>
        <translation>El historial local aún no está abierto.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::KpiTile</name>
    <message>
        <source> pts</source>
        <translation> p. p.</translation>
    </message>
    <message>
        <source>→ same as the previous period</source>
        <translation>→ igual que en el periodo anterior</translation>
    </message>
    <message>
        <source>%1 %2 vs the previous period</source>
        <translation>%1 %2 respecto al periodo anterior</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::LogEmptyState</name>
    <message>
        <source>No deliveries yet: they appear here as the engine sends them.</source>
        <translation>Aún no hay entregas: aparecen aquí a medida que el motor las envía.</translation>
    </message>
    <message>
        <source>No deliveries match %1 — clear the filter (Esc)</source>
        <translation>Ninguna entrega coincide con %1 — borre el filtro (Esc)</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::LogPauseBar</name>
    <message>
        <source>New deliveries while paused</source>
        <translation>Entregas nuevas durante la pausa</translation>
    </message>
    <message>
        <source>Resume the live log and go to the newest deliveries</source>
        <translation>Reanudar el registro en vivo e ir a las entregas más recientes</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Let new deliveries into the log again (Space in the log)</source>
        <translation>Dejar que las entregas nuevas vuelvan a entrar en el registro (Espacio en el registro)</translation>
    </message>
    <message>
        <source>Hold the rows in view still; new deliveries are still received, stored and counted (Space in the log)</source>
        <translation>Mantener quietas las filas visibles; las entregas nuevas se siguen recibiendo, guardando y contando (Espacio en el registro)</translation>
    </message>
    <message>
        <source>%1 new — show them</source>
        <translation>%1 nuevas — mostrarlas</translation>
    </message>
    <message>
        <source>Paused: no new deliveries yet</source>
        <translation>En pausa: aún no hay entregas nuevas</translation>
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
        <translation>Sin conexión a un motor: el estado de las entregas aparece aquí cuando se conecte.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Vista &amp;general</translation>
    </message>
    <message>
        <source>Not connected to an engine. Choose Engine ▸ Profiles… (Ctrl+Shift+P) to add one, or start with --engine URL and SWITCHBOARD_TOKEN set.</source>
        <translation>Sin conexión a un motor. Elija Motor ▸ Perfiles… (Ctrl+Mayús+P) para añadir uno, o inicie con --engine URL y SWITCHBOARD_TOKEN definido.</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>&amp;Entregas</translation>
    </message>
    <message>
        <source>Not connected to an engine: its applications and endpoints appear here once you are.</source>
        <translation>Sin conexión a un motor: sus aplicaciones y endpoints aparecen aquí cuando se conecte.</translation>
    </message>
    <message>
        <source>Endpoint&amp;s</source>
        <translation>End&amp;points</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Motor</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Filter language</source>
        <translation>&amp;Lenguaje de filtros</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>&amp;Acerca de Switchboard</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>Acerca de Switchboard</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Webhook delivery for voice-AI and telephony platforms.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Entrega de webhooks para plataformas de IA de voz y telefonía.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Switchboard keeps running</source>
        <translation>Switchboard sigue en ejecución</translation>
    </message>
    <message>
        <source>Alerts still arrive here. Quit from the tray icon&apos;s menu or with Ctrl+Q.</source>
        <translation>Las alertas siguen llegando aquí. Salga desde el menú del icono de la bandeja o con Ctrl+Q.</translation>
    </message>
    <message>
        <source>The engine had already pruned changes %1–%2, which this computer never received; the history goes on after them.</source>
        <translation>El motor ya había depurado los cambios %1–%2, que este equipo nunca recibió; el historial continúa después de ellos.</translation>
    </message>
    <message>
        <source>Switchboard — %1</source>
        <translation>Switchboard — %1</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfiles…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>Conectar a</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>No token is stored for “%1”: add one in Engine ▸ Profiles.</source>
        <translation>No hay ningún token guardado para «%1»: añada uno en Motor ▸ Perfiles.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>Filter language</source>
        <translation>Lenguaje de filtros</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Catching up…</source>
        <translation>Poniéndose al día…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Offline — showing stored history; reconnecting in about %1 s</source>
        <translation>Sin conexión — se muestra el historial guardado; reconexión en unos %1 s</translation>
    </message>
    <message>
        <source>Offline — showing stored history</source>
        <translation>Sin conexión — se muestra el historial guardado</translation>
    </message>
    <message>
        <source>seq %1 · lag %2</source>
        <translation>sec. %1 · retraso %2</translation>
    </message>
    <message>
        <source>role unknown</source>
        <translation>rol desconocido</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>rol: %1</translation>
    </message>
    <message>
        <source>Engine not answering since %1</source>
        <translation>El motor no responde desde las %1</translation>
    </message>
    <message>
        <source>seq %1 · lag unknown</source>
        <translation>sec. %1 · retraso desconocido</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>The recent past is here and live. Older deliveries are being copied from the engine; the log&apos;s older rows and the totals of longer ranges fill in as they arrive.</source>
        <translation>El pasado reciente ya está aquí y en vivo. Las entregas anteriores se están copiando desde el motor; las filas antiguas del registro y los totales de rangos más largos aparecen a medida que llegan.</translation>
    </message>
    <message>
        <source>Copying older history: %1 %</source>
        <translation>Copiando el historial anterior: %1 %</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Filtering the delivery log&lt;/h3&gt;&lt;p&gt;Type terms separated by spaces; every term must match. Press Enter to apply. A filter with a mistake turns red, says why, and is not applied.&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:failed&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the last attempt failed (retrying or dead)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;attempt:failed&lt;/code&gt;&lt;/td&gt;&lt;td&gt;some attempt failed, even if a later one succeeded&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:dead&lt;/code&gt;&lt;/td&gt;&lt;td&gt;every retry used up: dead letters&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:retrying&lt;/code&gt;, &lt;code&gt;status:pending&lt;/code&gt;, &lt;code&gt;status:succeeded&lt;/code&gt;&lt;/td&gt;&lt;td&gt;by state&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;code:5xx&lt;/code&gt;, &lt;code&gt;code:404&lt;/code&gt;, &lt;code&gt;code:&amp;gt;=500&lt;/code&gt;, &lt;code&gt;code:none&lt;/code&gt;&lt;/td&gt;&lt;td&gt;HTTP status of the last attempt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;error:timeout&lt;/code&gt;&lt;/td&gt;&lt;td&gt;error class: timeout, dns, connect, tls, http, redirect, body-too-large, policy&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;event:call.*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;event type, &lt;code&gt;*&lt;/code&gt; matches anything&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;endpoint:crm&lt;/code&gt;, &lt;code&gt;app:acme&lt;/code&gt;&lt;/td&gt;&lt;td&gt;part of a name, uid, description or URL, in any case, or the beginning of an id&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;call:c_42&lt;/code&gt;&lt;/td&gt;&lt;td&gt;the deliveries of one call: its call id, exactly as the engine found it in the payload&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;after:-1h&lt;/code&gt;, &lt;code&gt;before:2026-11-20T10:00&lt;/code&gt;&lt;/td&gt;&lt;td&gt;relative (s, m, h) or absolute, local time&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-status:succeeded&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a leading minus negates a term&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;msg_2Lq…&lt;/code&gt;, &lt;code&gt;atmpt_…&lt;/code&gt;&lt;/td&gt;&lt;td&gt;a message or attempt id, or its beginning (fast)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;call_42&lt;/code&gt; or &lt;code&gt;&quot;quoted text&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;words of event types and of responses (a full-text index)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Keys: Ctrl+F filter, Esc clear the filter, Enter detail, R retry, F follow the delivery&apos;s call, Ctrl+Shift+R retry all matching dead letters, Ctrl+End oldest first, Ctrl+Home newest first, Ctrl+C copy id, Ctrl+Shift+C copy as cURL, Ctrl+E export, Space pause or resume the live log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Filtrar el registro de entregas&lt;/h3&gt;&lt;p&gt;Escriba términos separados por espacios; deben cumplirse todos. Pulse Intro para aplicar el filtro. Un filtro con un error se vuelve rojo, indica el motivo y no se aplica.&lt;/p&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:failed&lt;/code&gt;&lt;/td&gt;&lt;td&gt;el último intento falló (reintentando o fallida definitivamente)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;attempt:failed&lt;/code&gt;&lt;/td&gt;&lt;td&gt;algún intento falló, aunque uno posterior tuviera éxito&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:dead&lt;/code&gt;&lt;/td&gt;&lt;td&gt;todos los reintentos agotados: fallidas definitivamente&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;status:retrying&lt;/code&gt;, &lt;code&gt;status:pending&lt;/code&gt;, &lt;code&gt;status:succeeded&lt;/code&gt;&lt;/td&gt;&lt;td&gt;por estado&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;code:5xx&lt;/code&gt;, &lt;code&gt;code:404&lt;/code&gt;, &lt;code&gt;code:&amp;gt;=500&lt;/code&gt;, &lt;code&gt;code:none&lt;/code&gt;&lt;/td&gt;&lt;td&gt;estado HTTP del último intento&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;error:timeout&lt;/code&gt;&lt;/td&gt;&lt;td&gt;clase de error: timeout, dns, connect, tls, http, redirect, body-too-large, policy&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;event:call.*&lt;/code&gt;&lt;/td&gt;&lt;td&gt;tipo de evento; &lt;code&gt;*&lt;/code&gt; coincide con cualquier cosa&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;endpoint:crm&lt;/code&gt;, &lt;code&gt;app:acme&lt;/code&gt;&lt;/td&gt;&lt;td&gt;parte de un nombre, uid, descripción o URL, en mayúsculas o minúsculas, o el comienzo de un id&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;call:c_42&lt;/code&gt;&lt;/td&gt;&lt;td&gt;las entregas de una llamada: su id de llamada, exactamente como el motor lo encontró en la carga útil&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;after:-1h&lt;/code&gt;, &lt;code&gt;before:2026-11-20T10:00&lt;/code&gt;&lt;/td&gt;&lt;td&gt;relativo (s, m, h) o absoluto, en hora local&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;-status:succeeded&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un signo menos delante niega el término&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;msg_2Lq…&lt;/code&gt;, &lt;code&gt;atmpt_…&lt;/code&gt;&lt;/td&gt;&lt;td&gt;un id de mensaje o de intento, o su comienzo (rápido)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;code&gt;call_42&lt;/code&gt; o &lt;code&gt;&quot;texto entre comillas&quot;&lt;/code&gt;&lt;/td&gt;&lt;td&gt;palabras de los tipos de evento y de las respuestas (un índice de texto completo)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Teclas: Ctrl+F filtrar, Esc borrar el filtro, Intro detalle, R reintentar, F seguir la llamada de la entrega, Ctrl+Mayús+R reintentar todas las fallidas definitivamente que coincidan, Ctrl+Fin primero las más antiguas, Ctrl+Inicio primero las más recientes, Ctrl+C copiar id, Ctrl+Mayús+C copiar como cURL, Ctrl+E exportar, Espacio pausar o reanudar el registro en vivo.&lt;/p&gt;</translation>
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
        <translation>tiempo de espera</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>política</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otros</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
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
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Throughput (attempts per minute)</source>
        <translation>Rendimiento (intentos por minuto)</translation>
    </message>
    <message>
        <source>attempts/min</source>
        <translation>intentos/min</translation>
    </message>
    <message>
        <source>Success rate chart</source>
        <translation>Gráfico de tasa de éxito</translation>
    </message>
    <message>
        <source>Latency chart</source>
        <translation>Gráfico de latencia</translation>
    </message>
    <message>
        <source>Outcomes chart</source>
        <translation>Gráfico de resultados</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Gráfico de rendimiento</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>no attempts</source>
        <translation>sin intentos</translation>
    </message>
    <message>
        <source>%1 attempts, %2 % succeeded</source>
        <translation>%1 intentos, %2 % correctos</translation>
    </message>
    <message>
        <source>p50 %1 ms · p95 %2 ms · p99 %3 ms</source>
        <translation>p50 %1 ms · p95 %2 ms · p99 %3 ms</translation>
    </message>
    <message>
        <source>Click to see these deliveries in the log.</source>
        <translation>Haga clic para ver estas entregas en el registro.</translation>
    </message>
    <message>
        <source>engine not answering</source>
        <translation>el motor no responde</translation>
    </message>
    <message>
        <source>The engine did not answer from %1 to %2: these minutes are unknown, not quiet.</source>
        <translation>El motor no respondió de %1 a %2: estos minutos son desconocidos, no tranquilos.</translation>
    </message>
    <message>
        <source>The engine did not answer for part of this time.</source>
        <translation>El motor no respondió durante parte de este tiempo.</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::OverviewView</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>Últimos 15 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Últimas 6 horas</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Todas las aplicaciones</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Todos los endpoints</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>Ap&amp;licación:</translation>
    </message>
    <message>
        <source>E&amp;ndpoint:</source>
        <translation>E&amp;ndpoint:</translation>
    </message>
    <message>
        <source>Deliveries per minute</source>
        <translation>Entregas por minuto</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>Latencia p95</translation>
    </message>
    <message>
        <source>Awaiting retry</source>
        <translation>En espera de reintento</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Fallidas definitivamente</translation>
    </message>
    <message>
        <source>Disabled endpoints</source>
        <translation>Endpoints deshabilitados</translation>
    </message>
    <message>
        <source>Endpoint health</source>
        <translation>Estado de los endpoints</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>actualizado a las %1</translation>
    </message>
    <message>
        <source>Show &amp;failures in the log</source>
        <translation>Mostrar &amp;fallos en el registro</translation>
    </message>
    <message>
        <source>&amp;Edit endpoint settings</source>
        <translation>&amp;Editar la configuración del endpoint</translation>
    </message>
    <message>
        <source>data since %1</source>
        <translation>datos desde %1</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::ProfilesDialog</name>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Reading the token…</source>
        <translation>Leyendo el token…</translation>
    </message>
    <message>
        <source>Paste the engine&apos;s API token (the engine&apos;s admin sets it up).</source>
        <translation>Pegue el token de API del motor (lo configura el administrador del motor).</translation>
    </message>
    <message>
        <source>Storing the token…</source>
        <translation>Guardando el token…</translation>
    </message>
    <message>
        <source>Delete the profile “%1”, its stored token and its local history?</source>
        <translation>¿Eliminar el perfil «%1», su token guardado y su historial local?</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::SecretPanel</name>
    <message>
        <source>Sho&amp;w</source>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotar…</translation>
    </message>
    <message>
        <source>old one signs for</source>
        <translation>el anterior firma durante</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>Fetch the secret from the engine and show it</source>
        <translation>Obtener el secreto del motor y mostrarlo</translation>
    </message>
    <message>
        <source>Put the secret on the clipboard without showing it</source>
        <translation>Copiar el secreto al portapapeles sin mostrarlo</translation>
    </message>
    <message>
        <source>Generate a new secret; the old one keeps signing for the grace period</source>
        <translation>Generar un secreto nuevo; el anterior sigue firmando durante el periodo de gracia</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Grace period of the old secret, in hours</source>
        <translation>Periodo de gracia del secreto anterior, en horas</translation>
    </message>
    <message>
        <source>How long the old secret keeps signing beside the new one (0: stops at once)</source>
        <translation>Cuánto tiempo sigue firmando el secreto anterior junto al nuevo (0: deja de firmar de inmediato)</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Rotar el secreto</translation>
    </message>
    <message>
        <source>Only admins may see or rotate signing secrets; this token is %1.</source>
        <translation>Solo los administradores pueden ver o rotar los secretos de firma; rol de este token: %1.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>The engine generates the secret when the endpoint is first saved.</source>
        <translation>El motor genera el secreto la primera vez que se guarda el endpoint.</translation>
    </message>
    <message>
        <source>Could not read the secret: %1</source>
        <translation>No se pudo leer el secreto: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>The signing secret is on the clipboard.</source>
        <translation>El secreto de firma está en el portapapeles.</translation>
    </message>
    <message numerus="yes">
        <source>Generate a new signing secret? The current one keeps signing beside it for %n hour(s), so receivers can switch over.</source>
        <translation>
            <numerusform>¿Generar un nuevo secreto de firma? El actual sigue firmando junto a él durante %n hora, para que los receptores puedan cambiar.</numerusform>
            <numerusform>¿Generar un nuevo secreto de firma? El actual sigue firmando junto a él durante %n horas, para que los receptores puedan cambiar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate a new signing secret? The current one stops signing at once: receivers that still check it will reject deliveries.</source>
        <translation>¿Generar un nuevo secreto de firma? El actual deja de firmar de inmediato: los receptores que aún lo comprueben rechazarán las entregas.</translation>
    </message>
    <message>
        <source>Rotation failed: %1</source>
        <translation>La rotación falló: %1</translation>
    </message>
    <message>
        <source>The secret was rotated.</source>
        <translation>El secreto se rotó.</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clave pública:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>Receivers verify the v1a signatures with this key; it cannot sign, so it may be shared</source>
        <translation>Los receptores verifican las firmas v1a con esta clave; no puede firmar, así que se puede compartir</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::SendAgainBox</name>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Volver a enviar</translation>
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
        <translation>Standard Webhooks, ed25519 (v1a; los receptores verifican con una clave pública)</translation>
    </message>
    <message>
        <source>sha256=&lt;hex&gt; in a header of its own</source>
        <translation>sha256=&lt;hex&gt; en una cabecera propia</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::StreamConnection</name>
    <message>
        <source>The engine stopped answering pings.</source>
        <translation>El motor dejó de responder a los pings.</translation>
    </message>
    <message>
        <source>The engine sent a frame this version cannot read: %1</source>
        <translation>El motor envió una trama que esta versión no puede leer: %1</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::TestEventDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>Show in &amp;log</source>
        <translation>Mostrar en el re&amp;gistro</translation>
    </message>
    <message>
        <source>Open the delivery log filtered to this test message</source>
        <translation>Abrir el registro de entregas filtrado por este mensaje de prueba</translation>
    </message>
    <message>
        <source>Payload JSON</source>
        <translation>JSON de la carga útil</translation>
    </message>
    <message>
        <source>Loading endpoints…</source>
        <translation>Cargando endpoints…</translation>
    </message>
    <message>
        <source>Deliver this payload to the endpoint now, as a test (Ctrl+Enter)</source>
        <translation>Entregar ahora esta carga útil al endpoint, como prueba (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Could not read the endpoints: %1</source>
        <translation>No se pudieron leer los endpoints: %1</translation>
    </message>
    <message>
        <source>Nothing sent yet. The engine delivers the payload to this endpoint only and marks the attempt as a test.</source>
        <translation>Todavía no se ha enviado nada. El motor entrega la carga útil solo a este endpoint y marca el intento como prueba.</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deshabilitado)</translation>
    </message>
    <message>
        <source>No endpoints</source>
        <translation>No hay endpoints</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>The payload must be a JSON object: { … }.</source>
        <translation>La carga útil debe ser un objeto JSON: { … }.</translation>
    </message>
    <message numerus="yes">
        <source>Valid JSON, %n byte(s).</source>
        <translation>
            <numerusform>JSON válido, %n byte.</numerusform>
            <numerusform>JSON válido, %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid JSON, so it cannot be sent. %1</source>
        <translation>No es JSON válido, así que no se puede enviar. %1</translation>
    </message>
    <message>
        <source>Sending test events needs the operator or admin role; this token is %1.</source>
        <translation>Enviar eventos de prueba requiere el rol operator o admin; rol de este token: %1.</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>Fix the payload first: %1</source>
        <translation>Corrija primero la carga útil: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Sent as %1; waiting for the endpoint&apos;s answer…</source>
        <translation>Enviado como %1; esperando la respuesta del endpoint…</translation>
    </message>
    <message>
        <source>✔ Delivered: HTTP %1 in %2 ms (trigger: %3).</source>
        <translation>✔ Entregado: HTTP %1 en %2 ms (disparador: %3).</translation>
    </message>
    <message>
        <source>✘ Failed: HTTP %1 in %2 ms (%3 error, trigger: %4).</source>
        <translation>✘ Falló: HTTP %1 en %2 ms (error %3, disparador: %4).</translation>
    </message>
    <message>
        <source>✘ Failed: no HTTP answer (%1 error) after %2 ms.</source>
        <translation>✘ Falló: sin respuesta HTTP (error %1) tras %2 ms.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::TokenVault</name>
    <message>
        <source>The token is kept in the system keychain.</source>
        <translation>El token se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is kept in %1, a file only you can read.</source>
        <translation>No hay ningún llavero del sistema disponible: el token se guarda en %1, un archivo que solo usted puede leer.</translation>
    </message>
    <message>
        <source>No token is stored for this profile.</source>
        <translation>No hay ningún token guardado para este perfil.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>sb::dashboard::TrayAlerts</name>
    <message>
        <source>&amp;Show Switchboard</source>
        <translation>&amp;Mostrar Switchboard</translation>
    </message>
    <message>
        <source>&amp;Mute alerts</source>
        <translation>Silenciar &amp;alertas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Switchboard: deliveries healthy</source>
        <translation>Switchboard: entregas correctas</translation>
    </message>
    <message>
        <source>Switchboard: needs attention</source>
        <translation>Switchboard: requiere atención</translation>
    </message>
    <message>
        <source>Switchboard: deliveries failing or engine unreachable</source>
        <translation>Switchboard: entregas con fallos o motor inaccesible</translation>
    </message>
    <message>
        <source>Switchboard: no data yet</source>
        <translation>Switchboard: aún no hay datos</translation>
    </message>
</context>
</TS>
