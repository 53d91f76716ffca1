// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverydetailpane.h"

#include "dashboard/connection/enginesession.h"
#include "dashboard/log/deliverylogmodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sb::dashboard {
namespace {

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

// A timing phase in ms, or a dash where it did not happen (no TLS on http, no connection).
QString phase(const QJsonObject &timing, const char *name)
{
    const double ms = timing.value(QLatin1StringView(name)).toDouble(-1);
    return ms < 0 ? QStringLiteral("—") : QString::number(ms, 'f', 1);
}

QString headerTable(const QJsonArray &headers)
{
    QString html = QStringLiteral("<table cellpadding=1>");
    for (const QJsonValue &h : headers) {
        html.append(u"<tr><td><code>").append(escaped(h.toArray().at(0).toString())).append(u":</code></td><td><code>");
        html.append(escaped(h.toArray().at(1).toString())).append(u"</code></td></tr>");
    }
    return html.append(u"</table>");
}

} // namespace

DeliveryDetailPane::DeliveryDetailPane(EngineSession *session, QWidget *parent)
    : QTextBrowser(parent)
    , m_session(session)
{
    setOpenLinks(false);
    setAccessibleName(tr("Delivery detail"));
    // Links are reachable with Tab and followed with Enter, so every attempt opens by keyboard.
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"attempt")
            showAttempt(url.path());
    });
    showNothing();
}

void DeliveryDetailPane::showNothing()
{
    ++m_generation;
    setHtml(tr("<p style='color:gray'>Select a delivery (arrow keys, Enter) to see its message, payload and "
               "every attempt. <b>R</b> retries it, <b>Ctrl+C</b> copies its id, <b>Ctrl+F</b> filters.</p>"));
}

QString DeliveryDetailPane::highlightedJson(const QJsonObject &object)
{
    const QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    // Tokens of pretty-printed JSON: strings (keys when a colon follows), numbers, literals.
    static const QRegularExpression token(QStringLiteral(R"RX(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)RX"));
    QString html;
    qsizetype at = 0;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        html.append(escaped(text.mid(at, m.capturedStart() - at)));
        QString colour;
        if (m.capturedLength(1))
            colour = m.capturedLength(2) ? QStringLiteral("#1f5fa8") : QStringLiteral("#2e7d32");
        else if (m.capturedLength(3))
            colour = QStringLiteral("#a0522d");
        else
            colour = QStringLiteral("#8e24aa");
        const QString word = m.capturedLength(1) ? m.captured(1) : m.captured(0);
        html.append(u"<span style='color:" + colour + u"'>").append(escaped(word)).append(u"</span>");
        if (m.capturedLength(2))
            html.append(escaped(m.captured(2)));
        at = m.capturedEnd();
    }
    html.append(escaped(text.mid(at)));
    return u"<pre>" + html + u"</pre>";
}

void DeliveryDetailPane::render()
{
    setHtml(m_header + m_timeline + m_attempt + m_payload);
    if (m_pending == 0)
        emit loaded();
}

void DeliveryDetailPane::showDelivery(const DeliveryRow &row, const QString &state)
{
    const quint64 generation = ++m_generation;
    m_row = row;
    m_expandedId.clear();
    m_header = u"<h3>" + escaped(row.eventType) + u"</h3><p>"
        + tr("Message <code>%1</code> to endpoint <code>%2</code>: %3")
              .arg(escaped(row.msgId), escaped(row.endpointId), escaped(state))
        + u"</p>";
    if (!row.correlationKey.isEmpty())
        m_header += u"<p>" + tr("Call <code>%1</code>: F follows the whole call.").arg(escaped(row.correlationKey)) + u"</p>";
    if (row.status == 1 && row.nextAttempt > 0)
        m_header += u"<p>" + tr("Next attempt at %1.").arg(QDateTime::fromMSecsSinceEpoch(row.nextAttempt).toString(Qt::ISODate)) + u"</p>";
    m_timeline = tr("<p>Loading attempts…</p>");
    m_attempt.clear();
    m_payload = tr("<p>Loading payload…</p>");
    m_pending = 2;
    render();
    const QString base = u"/api/v1/app/" + row.appId;
    m_session->client()->get(base + u"/attempt/msg/" + row.msgId, [this, generation](const EngineClient::Reply &r) {
        if (generation != m_generation)
            return; // the selection moved on
        --m_pending;
        QString latest;
        m_timeline = u"<h4>" + tr("Attempts") + u"</h4><table cellpadding=3>";
        for (const QJsonValue &v : r.json.value(QLatin1StringView("data")).toArray()) {
            const QJsonObject a = v.toObject();
            if (a.value(QLatin1StringView("endpointId")).toString() != m_row.endpointId)
                continue;
            const QString id = a.value(QLatin1StringView("id")).toString();
            if (latest.isEmpty())
                latest = id; // the engine lists newest first
            const QJsonObject t = a.value(QLatin1StringView("timing")).toObject();
            m_timeline += u"<tr><td><a href='attempt:" + escaped(id) + u"'>" + escaped(a.value(QLatin1StringView("timestamp")).toString())
                + u"</a></td><td>" + escaped(a.value(QLatin1StringView("trigger")).toString()) + u"</td><td><b>"
                + QString::number(a.value(QLatin1StringView("responseStatusCode")).toInt()) + u"</b></td><td>"
                + escaped(a.value(QLatin1StringView("errorClass")).toString()) + u"</td><td>"
                + tr("%1 ms (connect %2, TLS %3, first byte %4)").arg(a.value(QLatin1StringView("responseDurationMs")).toInteger())
                      .arg(phase(t, "connectMs"), phase(t, "tlsMs"), phase(t, "firstByteMs"))
                + u"</td></tr>";
        }
        m_timeline += u"</table>";
        if (r.status != 200)
            m_timeline = u"<p>" + tr("Attempts unavailable: %1 (the engine is offline; the log shows stored history).").arg(escaped(r.error)) + u"</p>";
        else if (latest.isEmpty())
            m_timeline = u"<p>" + tr("No attempt yet.") + u"</p>";
        render();
        if (!latest.isEmpty())
            showAttempt(latest);
    });
    m_session->client()->get(base + u"/msg/" + row.msgId, [this, generation](const EngineClient::Reply &m) {
        if (generation != m_generation)
            return;
        --m_pending;
        const QJsonObject payload = m.json.value(QLatin1StringView("payload")).toObject();
        m_payload = m.status == 200 ? messageFacts(m.json) + u"<h4>" + tr("Payload") + u"</h4>" + highlightedJson(payload) : QString();
        // The engine masks for viewers and operators (docs/api.md): say whose choice that was,
        // so that nobody takes "[masked]" for what the endpoint received.
        if (m.status == 200 && m_session->role() != u"admin" && QJsonDocument(payload).toJson().contains("\"[masked]\""))
            m_payload += u"<p style='color:gray'>" + tr("Values shown as [masked] are hidden from your role; the endpoint received them.") + u"</p>";
        render();
    });
}

QString DeliveryDetailPane::messageFacts(const QJsonObject &message) const
{
    // What the producer said about the message besides its payload: how support finds it
    // again (tags, its own event id) and why it has not gone yet (deliverAt).
    const auto joined = [&](QLatin1StringView key) {
        QStringList out;
        for (const QJsonValue &v : message.value(key).toArray())
            out.append(v.toString());
        return escaped(out.join(QStringLiteral(", ")));
    };
    QStringList facts;
    if (const QString tags = joined(QLatin1StringView("tags")); !tags.isEmpty())
        facts.append(tr("Tags: <b>%1</b>").arg(tags));
    if (const QString channels = joined(QLatin1StringView("channels")); !channels.isEmpty())
        facts.append(tr("Channels: %1").arg(channels));
    if (const QString eventId = message.value(QLatin1StringView("eventId")).toString(); !eventId.isEmpty())
        facts.append(tr("Producer's event id: <code>%1</code>").arg(escaped(eventId)));
    const QDateTime deliverAt = QDateTime::fromString(message.value(QLatin1StringView("deliverAt")).toString(), Qt::ISODateWithMs);
    if (deliverAt.isValid() && deliverAt > QDateTime::currentDateTimeUtc())
        facts.append(tr("Scheduled: held until %1 (deliverAt).").arg(deliverAt.toLocalTime().toString(Qt::ISODate)));
    return facts.isEmpty() ? QString() : u"<p>" + facts.join(QStringLiteral(" · ")) + u"</p>";
}

void DeliveryDetailPane::showAttempt(const QString &attemptId)
{
    const quint64 generation = m_generation;
    m_expandedId = attemptId;
    ++m_pending;
    m_session->client()->get(u"/api/v1/app/" + m_row.appId + u"/msg/" + m_row.msgId + u"/attempt/" + attemptId,
                             [this, generation, attemptId](const EngineClient::Reply &r) {
        if (generation != m_generation || attemptId != m_expandedId)
            return;
        --m_pending;
        if (r.status != 200) {
            m_attempt = u"<p>" + tr("Attempt %1 unavailable: %2").arg(escaped(attemptId), escaped(r.error)) + u"</p>";
            render();
            return;
        }
        const QJsonObject &a = r.json;
        const QJsonObject t = a.value(QLatin1StringView("timing")).toObject();
        m_attempt = u"<h4>" + tr("Attempt %1").arg(escaped(attemptId)) + u"</h4><p>"
            + tr("POST %1 → <b>%2</b>, error class %3, %4 ms total (connect %5, TLS %6, first byte %7)")
                  .arg(escaped(a.value(QLatin1StringView("url")).toString()))
                  .arg(a.value(QLatin1StringView("responseStatusCode")).toInt())
                  .arg(escaped(a.value(QLatin1StringView("errorClass")).toString()))
                  .arg(a.value(QLatin1StringView("responseDurationMs")).toInteger())
                  .arg(phase(t, "connectMs"), phase(t, "tlsMs"), phase(t, "firstByteMs"))
            + u"</p><h5>" + tr("Request headers as sent") + u"</h5>" + headerTable(a.value(QLatin1StringView("requestHeaders")).toArray())
            + u"<h5>" + tr("Response headers") + u"</h5>" + headerTable(a.value(QLatin1StringView("responseHeaders")).toArray())
            + u"<h5>" + tr("Response body") + u"</h5><pre>" + escaped(a.value(QLatin1StringView("response")).toString()) + u"</pre>";
        render();
    });
}

} // namespace sb::dashboard
