// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace sb::dashboard {

class EngineSession;

// Below an endpoint that delivers calls in order (ordering "per-key"): what that means for
// it and, when a dead letter holds its call ("block"), every call held, since when and by
// which message. Sending that message again (Enter, or the button) lets the call go on, in
// order; Show in log opens it in Deliveries. Follows the stream: a held call appears and
// goes as the engine decides, without a refresh by hand.
class HeldCallsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HeldCallsPanel(EngineSession *session, QWidget *parent = nullptr);

    // Hidden unless `endpoint` orders per key.
    void setEndpoint(const QString &appId, const QJsonObject &endpoint);
    void setRole(const QString &role);
    void refresh();
    void sendSelectedAgain();

    QTreeWidget *list() const { return m_list; }
    QPushButton *sendAgainButton() const { return m_sendAgain; }
    QPushButton *showInLogButton() const { return m_showInLog; }
    QLabel *summary() const { return m_summary; }

signals:
    void showInLogRequested(const QString &msgId);
    void statusMessage(const QString &text);
    // The held calls were read from the engine (tests wait for it).
    void refreshed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void showList(bool show);

    EngineSession *m_session;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_sendAgain;
    QPushButton *m_showInLog;
    QTimer *m_refreshSoon;
    QString m_appId;
    QString m_endpointId;
    QString m_role;
    bool m_holds = false;
};

} // namespace sb::dashboard
