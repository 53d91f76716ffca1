// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretpanel.h"

#include "dashboard/connection/engineclient.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sb::dashboard {

SecretPanel::SecretPanel(QWidget *parent)
    : QWidget(parent)
    , m_secret(new QLineEdit(this))
    , m_reveal(new QPushButton(tr("Sho&w"), this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_rotate(new QPushButton(tr("Rotate…"), this))
    , m_grace(new QSpinBox(this))
    , m_graceLabel(new QLabel(tr("old one signs for"), this))
    , m_publicKeyLabel(new QLabel(tr("Public key:"), this))
    , m_publicKey(new QLineEdit(this))
{
    m_secret->setReadOnly(true);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Signing secret"));
    m_secret->setPlaceholderText(tr("hidden"));
    m_reveal->setToolTip(tr("Fetch the secret from the engine and show it"));
    m_copy->setToolTip(tr("Put the secret on the clipboard without showing it"));
    m_rotate->setToolTip(tr("Generate a new secret; the old one keeps signing for the grace period"));
    m_grace->setRange(0, 7 * 24);
    m_grace->setValue(24);
    m_grace->setSuffix(tr(" h"));
    m_grace->setAccessibleName(tr("Grace period of the old secret, in hours"));
    m_grace->setToolTip(tr("How long the old secret keeps signing beside the new one (0: stops at once)"));
    m_graceLabel->setBuddy(m_grace);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Rotate secret"), question) == QMessageBox::Yes;
    };
    connect(m_reveal, &QPushButton::clicked, this, [this] { isRevealed() ? conceal() : reveal(); });
    connect(m_copy, &QPushButton::clicked, this, &SecretPanel::copy);
    connect(m_rotate, &QPushButton::clicked, this, &SecretPanel::rotate);
    m_publicKey->setReadOnly(true);
    m_publicKey->setAccessibleName(tr("Public key"));
    m_publicKey->setToolTip(tr("Receivers verify the v1a signatures with this key; it cannot sign, so it may be shared"));
    m_publicKeyLabel->setBuddy(m_publicKey);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_reveal);
    secretRow->addWidget(m_copy);
    secretRow->addWidget(m_rotate);
    secretRow->addWidget(m_graceLabel);
    secretRow->addWidget(m_grace);
    layout->addLayout(secretRow);
    auto *publicRow = new QHBoxLayout;
    publicRow->addWidget(m_publicKeyLabel);
    publicRow->addWidget(m_publicKey, 1);
    layout->addLayout(publicRow);
    setPublicKey({});
    setFocusProxy(m_secret);
    updateEnabled();
}

QString SecretPanel::path() const
{
    QString p = u"/api/v1/app/" + m_appId;
    p.append(u"/endpoint/").append(m_endpointId).append(u"/secret");
    return p;
}

void SecretPanel::setEndpoint(const QString &appId, const QString &endpointId)
{
    m_appId = appId;
    m_endpointId = endpointId;
    conceal();
    setPublicKey({});
    updateEnabled();
}

void SecretPanel::setPublicKey(const QString &publicKey)
{
    const bool changed = publicKey != m_publicKey->text();
    m_publicKey->setText(publicKey);
    m_publicKey->setVisible(!publicKey.isEmpty());
    m_publicKeyLabel->setVisible(!publicKey.isEmpty());
    if (changed)
        emit publicKeyChanged(publicKey);
}

void SecretPanel::refreshPublicKey()
{
    if (!m_client || m_endpointId.isEmpty())
        return;
    QPointer<SecretPanel> self(this);
    const QString endpoint = m_endpointId;
    m_client->get(path(), [self, endpoint](const EngineClient::Reply &r) {
        if (self && self->m_endpointId == endpoint && r.status == 200)
            self->setPublicKey(r.json.value(QLatin1StringView("publicKey")).toString());
    });
}

void SecretPanel::setRole(const QString &role)
{
    m_role = role;
    updateEnabled();
}

bool SecretPanel::isRevealed() const { return m_secret->echoMode() == QLineEdit::Normal && !m_secret->text().isEmpty(); }

QString SecretPanel::shownSecret() const { return isRevealed() ? m_secret->text() : QString(); }

void SecretPanel::updateEnabled()
{
    const bool admin = m_role == u"admin";
    const bool saved = !m_endpointId.isEmpty();
    QString why;
    if (!admin)
        why = tr("Only admins may see or rotate signing secrets; this token is %1.").arg(m_role.isEmpty() ? tr("not yet known") : m_role);
    else if (!saved)
        why = tr("The engine generates the secret when the endpoint is first saved.");
    for (QWidget *w : std::initializer_list<QWidget *>{m_reveal, m_copy, m_rotate, m_grace}) {
        w->setEnabled(admin && saved);
        if (!why.isEmpty())
            w->setToolTip(why);
    }
    if (why.isEmpty()) {
        m_reveal->setToolTip(tr("Fetch the secret from the engine and show it"));
        m_copy->setToolTip(tr("Put the secret on the clipboard without showing it"));
        m_rotate->setToolTip(tr("Generate a new secret; the old one keeps signing for the grace period"));
        m_grace->setToolTip(tr("How long the old secret keeps signing beside the new one (0: stops at once)"));
    }
    m_secret->setPlaceholderText(why.isEmpty() ? tr("hidden") : why);
}

void SecretPanel::fetch(std::function<void(const QString &secret)> then)
{
    if (!m_client || m_endpointId.isEmpty())
        return;
    QPointer<SecretPanel> self(this);
    const QString endpoint = m_endpointId;
    m_client->get(path(), [self, endpoint, then = std::move(then)](const EngineClient::Reply &r) {
        if (!self || self->m_endpointId != endpoint)
            return; // another endpoint is shown now
        if (r.status != 200) {
            emit self->statusMessage(tr("Could not read the secret: %1").arg(r.error));
            return;
        }
        self->m_secretValue = r.json.value(QLatin1StringView("key")).toString();
        then(self->m_secretValue);
        emit self->secretFetched();
    });
}

void SecretPanel::reveal()
{
    fetch([this](const QString &secret) {
        m_secret->setText(secret);
        m_secret->setEchoMode(QLineEdit::Normal);
        m_reveal->setText(tr("Hide"));
    });
}

void SecretPanel::conceal()
{
    m_secretValue.clear();
    m_secret->clear();
    m_secret->setEchoMode(QLineEdit::Password);
    m_reveal->setText(tr("Sho&w"));
}

void SecretPanel::copy()
{
    fetch([this](const QString &secret) {
        QApplication::clipboard()->setText(secret);
        emit statusMessage(tr("The signing secret is on the clipboard."));
    });
}

void SecretPanel::rotate()
{
    if (!m_client || m_endpointId.isEmpty() || !m_rotate->isEnabled())
        return;
    const int hours = m_grace->value();
    const QString question = hours > 0
        ? tr("Generate a new signing secret? The current one keeps signing beside it for %n hour(s), so receivers can switch over.", nullptr, hours)
        : tr("Generate a new signing secret? The current one stops signing at once: receivers that still check it will reject deliveries.");
    if (!m_confirm(question))
        return;
    QPointer<SecretPanel> self(this);
    const QString endpoint = m_endpointId;
    const bool wasRevealed = isRevealed();
    m_client->post(path() + u"/rotate", {{QStringLiteral("gracePeriodSeconds"), hours * 3600}},
                   [self, endpoint, wasRevealed](const EngineClient::Reply &r) {
                       if (!self || self->m_endpointId != endpoint)
                           return;
                       if (r.status != 204) {
                           emit self->statusMessage(tr("Rotation failed: %1").arg(r.error));
                           return;
                       }
                       emit self->statusMessage(tr("The secret was rotated."));
                       emit self->rotated();
                       // A new ed25519 key comes with a new public key.
                       if (!self->m_publicKey->text().isEmpty())
                           self->refreshPublicKey();
                       if (wasRevealed)
                           self->reveal();
                   });
}

} // namespace sb::dashboard
