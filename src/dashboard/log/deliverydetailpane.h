// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/history/deliveryrow.h"

#include <QJsonObject>
#include <QTextBrowser>

namespace sb::dashboard {

class EngineSession;

// The detail of one delivery: its message, the attempt timeline, and for the chosen attempt
// (the latest, or any other through its link) the request headers as sent, the response's
// code, headers and body, timings and error class; then the payload as highlighted JSON.
// Everything comes from the engine's REST API asynchronously; answers for a delivery that is
// no longer shown are dropped.
class DeliveryDetailPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DeliveryDetailPane(EngineSession *session, QWidget *parent = nullptr);

    void showNothing();
    // `state`: the row's state as the log reads it ("Held — waits for …" included).
    void showDelivery(const DeliveryRow &row, const QString &state);
    // Expands one attempt of the delivery shown.
    void showAttempt(const QString &attemptId);

    // Payload as HTML with JSON keys, strings, numbers and literals coloured.
    static QString highlightedJson(const QJsonObject &object);

signals:
    // The pane has everything it asked for (tests wait for it).
    void loaded();

private:
    QString messageFacts(const QJsonObject &message) const;
    void render();

    EngineSession *m_session;
    DeliveryRow m_row;
    quint64 m_generation = 0; // bumps per delivery shown; late answers compare it
    QString m_header;
    QString m_timeline;
    QString m_attempt;
    QString m_payload;
    QString m_expandedId;
    int m_pending = 0;
};

} // namespace sb::dashboard
