// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sb::dashboard {

class EngineClient;

// An endpoint's signing secret: masked until Show fetches it, Copy puts it on the clipboard,
// Rotate makes the engine generate a new one while the old one keeps signing for the grace
// period. The engine answers secrets to admins only; for other roles the buttons say so. An
// ed25519 endpoint's public key (whpk_) is not secret: it is shown to every role, below.
class SecretPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SecretPanel(QWidget *parent = nullptr);

    void setClient(EngineClient *client) { m_client = client; }
    // Asked before rotating; answers whether to go ahead.
    void setConfirm(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    // Empty endpoint id: not saved yet, so no secret to show.
    void setEndpoint(const QString &appId, const QString &endpointId);
    void setRole(const QString &role);
    // The endpoint's public key as the engine names it; empty (HMAC or hex) hides the row.
    void setPublicKey(const QString &publicKey);

    bool isRevealed() const;
    QString shownSecret() const;
    QLineEdit *secretEdit() const { return m_secret; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *rotateButton() const { return m_rotate; }
    QSpinBox *graceHours() const { return m_grace; }
    QLineEdit *publicKeyEdit() const { return m_publicKey; }

    void reveal();
    void conceal();
    void copy();
    void rotate();

signals:
    void statusMessage(const QString &text);
    // A secret arrived from the engine (after Show, Copy or a rotation).
    void secretFetched();
    void rotated();
    // The public key shown changed (another endpoint, or a rotation).
    void publicKeyChanged(const QString &publicKey);

private:
    void fetch(std::function<void(const QString &secret)> then);
    void updateEnabled();
    void refreshPublicKey();
    QString path() const;

    EngineClient *m_client = nullptr;
    QString m_appId;
    QString m_endpointId;
    QString m_role;
    QString m_secretValue;
    std::function<bool(const QString &)> m_confirm;
    QLineEdit *m_secret;
    QPushButton *m_reveal;
    QPushButton *m_copy;
    QPushButton *m_rotate;
    QSpinBox *m_grace;
    QLabel *m_graceLabel;
    QLabel *m_publicKeyLabel;
    QLineEdit *m_publicKey;
};

} // namespace sb::dashboard
