// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/streamframe.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <memory>

namespace Ui {
class TestEventDialog;
}
class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace sb::dashboard {

class EndpointDirectory;
class EngineSession;
class JsonHighlighter;

// Sends one event to one endpoint as a test: the event type's sample payload from the
// catalogue, edited as JSON (highlighted, checked as typed: invalid JSON cannot be sent and
// the dialog says where). The engine delivers it to that endpoint only and marks the attempt
// as a test (send-example); the result (status, HTTP code, latency, response body) arrives
// from the event stream, and Show in log opens the delivery log on that message.
class TestEventDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TestEventDialog(EngineSession *session, QWidget *parent = nullptr);
    ~TestEventDialog() override;

    // Chosen once the endpoint list has arrived; an empty event type keeps the first one.
    void preselect(const QString &endpointId, const QString &eventType);

    QComboBox *endpointCombo() const;
    QComboBox *eventCombo() const;
    QPlainTextEdit *payloadEdit() const;
    QPushButton *sendButton() const { return m_send; }
    QPushButton *showInLogButton() const { return m_showInLog; }
    // Where the payload is not valid JSON, or empty when it is.
    QString jsonProblem() const { return m_jsonProblem; }
    QString resultText() const;
    QString responseText() const;
    QString messageId() const { return m_msgId; }
    QJsonObject lastAttempt() const { return m_attempt; }

    void send();

signals:
    void endpointsLoaded();
    void sent(const QString &msgId);
    // An attempt of the test message arrived and is shown.
    void attemptShown(const QJsonObject &attempt);
    void showInLogRequested(const QString &msgId);

private:
    void fillEndpoints();
    void loadSample();
    void checkJson();
    void updateSend();
    void framesArrived(const QList<sb::StreamFrame> &frames);
    void showAttempt(const QJsonObject &attempt);
    void setResult(const QString &text, const QString &colour = {});

    std::unique_ptr<Ui::TestEventDialog> m_ui;
    EngineSession *m_session;
    EndpointDirectory *m_directory;
    JsonHighlighter *m_highlighter;
    QPushButton *m_send;
    QPushButton *m_showInLog;
    QString m_wantedEndpoint;
    QString m_jsonProblem;
    QString m_msgId;
    QString m_sentTo;
    QJsonObject m_attempt;
    // Attempts that arrived while the send was still unanswered (the stream can be quicker).
    QHash<QString, QJsonObject> m_early;
    bool m_sending = false;
};

} // namespace sb::dashboard
