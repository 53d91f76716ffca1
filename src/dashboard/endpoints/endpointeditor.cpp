// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpointeditor.h"

#include "dashboard/endpoints/eventtypepicker.h"
#include "dashboard/endpoints/secretpanel.h"
#include "dashboard/endpoints/signingchoice.h"
#include "ui_endpointeditor.h"

#include "core/endpoint.h"
#include "core/operationalevents.h"
#include "core/retryschedule.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QUrl>

namespace sb::dashboard {

namespace {
// Field names as the engine says them in a 422's loc, mapped to the names of this form.
QString canonicalField(const QString &field)
{
    if (field == u"eventTypes")
        return QStringLiteral("filterTypes");
    if (field == u"throttleRate")
        return QStringLiteral("rateLimit");
    return field;
}
} // namespace

EndpointEditor::EndpointEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EndpointEditor>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->title->font();
    title.setPointSizeF(title.pointSizeF() * 1.25);
    title.setBold(true);
    m_ui->title->setFont(title);
    m_ui->problem->setStyleSheet(QStringLiteral("color: white; background: #b3261e; padding: 4px;"));
    m_ui->problem->hide();
    SigningChoice::fill(m_ui->schemeCombo);
    m_ui->headersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->headersTable->horizontalHeader()->resizeSection(0, fontMetrics().averageCharWidth() * 22);
    m_ui->headersTable->setAccessibleName(tr("Custom headers"));
    m_ui->headersTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    // A message line under each field: warnings from the console's own checks, errors from the engine.
    m_fields = {{QStringLiteral("url"), m_ui->urlEdit},
                {QStringLiteral("description"), m_ui->descriptionEdit},
                {QStringLiteral("filterTypes"), m_ui->eventTypes},
                {QStringLiteral("channels"), m_ui->channelsEdit},
                {QStringLiteral("headers"), m_ui->headersTable},
                {QStringLiteral("signingScheme"), m_ui->schemeCombo},
                {QStringLiteral("signatureHeader"), m_ui->signatureHeaderEdit},
                {QStringLiteral("timeoutMs"), m_ui->timeoutSpin},
                {QStringLiteral("rateLimit"), m_ui->rateLimitSpin},
                {QStringLiteral("maxConcurrency"), m_ui->concurrencySpin},
                {QStringLiteral("retrySchedule"), m_ui->retryEdit},
                {QStringLiteral("ordering"), m_ui->orderingCombo},
                {QStringLiteral("disabled"), m_ui->enabledCheck}};
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        int row = -1;
        QFormLayout::ItemRole role;
        m_ui->form->getWidgetPosition(it.value(), &row, &role);
        if (row < 0) // the headers table sits in a layout of its own
            m_ui->form->getLayoutPosition(m_ui->headersRow, &row, &role);
        auto *label = new QLabel(this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setObjectName(it.key() + u"Message");
        m_ui->form->insertRow(row + 1, QString(), label);
        m_ui->form->setRowVisible(label, false);
        m_messages.insert(it.key(), label);
    }

    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, [this] { checkUrl(); changed(); });
    connect(m_ui->retryEdit, &QLineEdit::textChanged, this, [this] { checkRetry(); changed(); });
    connect(m_ui->schemeCombo, &QComboBox::currentIndexChanged, this, [this] { checkScheme(); changed(); });
    connect(m_ui->headersTable, &QTableWidget::itemChanged, this, [this] { checkHeaders(); changed(); });
    for (QLineEdit *e : {m_ui->descriptionEdit, m_ui->channelsEdit, m_ui->signatureHeaderEdit})
        connect(e, &QLineEdit::textChanged, this, [this, e] {
            setMessage(m_fields.key(e), {});
            changed();
        });
    for (QSpinBox *s : {m_ui->timeoutSpin, m_ui->rateLimitSpin, m_ui->concurrencySpin})
        connect(s, &QSpinBox::valueChanged, this, [this, s] {
            setMessage(m_fields.key(s), {});
            changed();
        });
    connect(m_ui->enabledCheck, &QCheckBox::toggled, this, &EndpointEditor::changed);
    connect(m_ui->orderingCombo, &QComboBox::currentIndexChanged, this, [this] {
        setMessage(QStringLiteral("ordering"), {});
        changed();
    });
    connect(m_ui->appCombo, &QComboBox::currentIndexChanged, this, &EndpointEditor::changed);
    connect(m_ui->appCombo, &QComboBox::currentIndexChanged, this, [this] { showOperational(appId() == OperationalAppId); });
    connect(m_ui->eventTypes, &EventTypePicker::selectionChanged, this, [this] {
        setMessage(QStringLiteral("filterTypes"), {});
        changed();
    });
    connect(m_ui->addHeaderButton, &QToolButton::clicked, this, [this] {
        addHeader();
        m_ui->headersTable->setFocus();
        m_ui->headersTable->editItem(m_ui->headersTable->item(m_ui->headersTable->rowCount() - 1, 0));
    });
    connect(m_ui->removeHeaderButton, &QToolButton::clicked, this, [this] {
        const int row = m_ui->headersTable->currentRow();
        if (row >= 0) {
            m_ui->headersTable->removeRow(row);
            checkHeaders();
            changed();
        }
    });
    load({}, {});
}

EndpointEditor::~EndpointEditor() = default;

QComboBox *EndpointEditor::appCombo() const { return m_ui->appCombo; }
QLineEdit *EndpointEditor::urlEdit() const { return m_ui->urlEdit; }
QLineEdit *EndpointEditor::descriptionEdit() const { return m_ui->descriptionEdit; }
EventTypePicker *EndpointEditor::eventTypes() const { return m_ui->eventTypes; }
QLineEdit *EndpointEditor::channelsEdit() const { return m_ui->channelsEdit; }
QTableWidget *EndpointEditor::headersTable() const { return m_ui->headersTable; }
QComboBox *EndpointEditor::schemeCombo() const { return m_ui->schemeCombo; }
QLineEdit *EndpointEditor::signatureHeaderEdit() const { return m_ui->signatureHeaderEdit; }
QSpinBox *EndpointEditor::timeoutSpin() const { return m_ui->timeoutSpin; }
QSpinBox *EndpointEditor::rateLimitSpin() const { return m_ui->rateLimitSpin; }
QSpinBox *EndpointEditor::concurrencySpin() const { return m_ui->concurrencySpin; }
QLineEdit *EndpointEditor::retryEdit() const { return m_ui->retryEdit; }
void EndpointEditor::showOperational(bool operational)
{
    // The engine's own events carry no call and no channel: those fields would only mislead.
    m_ui->eventTypes->setOperational(operational);
    m_ui->form->setRowVisible(m_ui->orderingCombo, !operational);
    m_ui->form->setRowVisible(m_ui->channelsEdit, !operational);
}

QComboBox *EndpointEditor::orderingCombo() const { return m_ui->orderingCombo; }
QCheckBox *EndpointEditor::enabledCheck() const { return m_ui->enabledCheck; }
SecretPanel *EndpointEditor::secretPanel() const { return m_ui->secretPanel; }

QString EndpointEditor::appId() const { return m_ui->appCombo->currentData().toString(); }

void EndpointEditor::setApplications(const QList<QPair<QString, QString>> &apps)
{
    const QSignalBlocker quiet(m_ui->appCombo);
    const QString current = appId();
    m_ui->appCombo->clear();
    for (const auto &[id, name] : apps)
        m_ui->appCombo->addItem(name, id);
    m_ui->appCombo->setCurrentIndex(std::max(0, m_ui->appCombo->findData(current)));
}

void EndpointEditor::addHeader(const QString &name, const QString &value)
{
    const int row = m_ui->headersTable->rowCount();
    m_ui->headersTable->insertRow(row);
    m_ui->headersTable->setItem(row, 0, new QTableWidgetItem(name));
    m_ui->headersTable->setItem(row, 1, new QTableWidgetItem(value));
}

void EndpointEditor::load(const QString &appId, const QJsonObject &endpoint)
{
    m_loading = true;
    m_loaded = endpoint;
    m_newSecret.clear();
    m_endpointId = endpoint.value(QLatin1StringView("id")).toString();
    const auto text = [&endpoint](const char *key) { return endpoint.value(QLatin1StringView(key)).toString(); };
    {
        const QSignalBlocker quiet(m_ui->appCombo);
        m_ui->appCombo->setCurrentIndex(std::max(0, m_ui->appCombo->findData(appId)));
    }
    m_ui->appCombo->setEnabled(isNew());
    m_ui->appCombo->setToolTip(isNew() ? tr("The application the new endpoint belongs to")
                                       : tr("An endpoint stays in its application"));
    m_ui->urlEdit->setText(text("url"));
    m_ui->descriptionEdit->setText(text("description"));
    const QJsonValue types = endpoint.value(QLatin1StringView("filterTypes"));
    std::optional<QStringList> selected;
    if (types.isArray()) {
        selected.emplace();
        for (const QJsonValue &v : types.toArray())
            selected->append(v.toString());
    }
    showOperational(appId == OperationalAppId);
    m_ui->eventTypes->setSelection(selected);
    QStringList channels;
    for (const QJsonValue &v : endpoint.value(QLatin1StringView("channels")).toArray())
        channels.append(v.toString());
    m_ui->channelsEdit->setText(channels.join(QStringLiteral(", ")));
    {
        const QSignalBlocker quiet(m_ui->headersTable);
        m_ui->headersTable->setRowCount(0);
        const QJsonObject headers = endpoint.value(QLatin1StringView("headers")).toObject();
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
            addHeader(it.key(), it.value().toString());
    }
    m_ui->schemeCombo->setCurrentIndex(std::max(0, m_ui->schemeCombo->findData(SigningChoice::of(endpoint))));
    m_ui->signatureHeaderEdit->setText(text("signatureHeader"));
    m_ui->timeoutSpin->setValue(endpoint.value(QLatin1StringView("timeoutMs")).toInt(Endpoint::DefaultTimeoutMs));
    m_ui->rateLimitSpin->setValue(endpoint.value(QLatin1StringView("rateLimit")).toInt(0));
    m_ui->concurrencySpin->setValue(endpoint.value(QLatin1StringView("maxConcurrency")).toInt(Endpoint::DefaultMaxConcurrency));
    const auto schedule = RetrySchedule::fromJsonSeconds(endpoint.value(QLatin1StringView("retrySchedule")).toArray());
    m_ui->retryEdit->setText(schedule && !schedule->isEmpty() ? schedule->toString() : QString());
    m_ui->enabledCheck->setChecked(!endpoint.value(QLatin1StringView("disabled")).toBool());
    const bool perKey = text("ordering") == u"per-key";
    m_ui->orderingCombo->setCurrentIndex(!perKey ? 0 : text("orderingOnDeadLetter") == u"block" ? 2 : 1);
    const QString name = text("description").section(u'\n', 0, 0).trimmed();
    m_ui->title->setText(isNew() ? tr("New endpoint") : name.isEmpty() ? m_endpointId : tr("%1 · %2").arg(name, m_endpointId));
    m_loading = false;
    clearErrors();
    checkUrl();
    checkRetry();
    checkScheme();
    m_baseline = body();
}

void EndpointEditor::setDisabledOnEngine(bool disabled)
{
    m_loaded.insert(QStringLiteral("disabled"), disabled);
    const bool wasDirty = isDirty();
    m_loading = true;
    m_ui->enabledCheck->setChecked(!disabled);
    m_loading = false;
    m_baseline.insert(QStringLiteral("disabled"), disabled);
    if (!wasDirty)
        m_baseline = body();
}

QJsonObject EndpointEditor::body() const
{
    QJsonObject o;
    // Fields this form does not edit go back as they came.
    for (const char *kept : {"uid", "metadata"}) {
        const QJsonValue v = m_loaded.value(QLatin1StringView(kept));
        if (!v.isNull() && !v.isUndefined())
            o.insert(QLatin1StringView(kept), v);
    }
    o.insert(QStringLiteral("url"), m_ui->urlEdit->text().trimmed());
    o.insert(QStringLiteral("description"), m_ui->descriptionEdit->text());
    if (const auto types = m_ui->eventTypes->selection())
        o.insert(QStringLiteral("filterTypes"), QJsonArray::fromStringList(*types));
    QStringList channels;
    for (const QString &c : m_ui->channelsEdit->text().split(u',', Qt::SkipEmptyParts)) {
        if (!c.trimmed().isEmpty())
            channels.append(c.trimmed());
    }
    if (!channels.isEmpty())
        o.insert(QStringLiteral("channels"), QJsonArray::fromStringList(channels));
    QJsonObject headers;
    for (int r = 0; r < m_ui->headersTable->rowCount(); ++r) {
        const QTableWidgetItem *name = m_ui->headersTable->item(r, 0);
        const QTableWidgetItem *value = m_ui->headersTable->item(r, 1);
        if (name && !name->text().trimmed().isEmpty())
            headers.insert(name->text().trimmed(), value ? value->text() : QString());
    }
    o.insert(QStringLiteral("headers"), headers);
    const QString scheme = m_ui->schemeCombo->currentData().toString();
    o.insert(QStringLiteral("signingScheme"), SigningChoice::schemeName(scheme));
    if (!m_newSecret.isEmpty())
        o.insert(QStringLiteral("secret"), m_newSecret);
    if (scheme == SigningChoice::Hex && !m_ui->signatureHeaderEdit->text().trimmed().isEmpty())
        o.insert(QStringLiteral("signatureHeader"), m_ui->signatureHeaderEdit->text().trimmed());
    o.insert(QStringLiteral("timeoutMs"), m_ui->timeoutSpin->value());
    o.insert(QStringLiteral("maxConcurrency"), m_ui->concurrencySpin->value());
    if (m_ui->rateLimitSpin->value() > 0)
        o.insert(QStringLiteral("rateLimit"), m_ui->rateLimitSpin->value());
    const QString retry = m_ui->retryEdit->text().trimmed();
    if (!retry.isEmpty()) {
        const auto schedule = RetrySchedule::parse(retry);
        o.insert(QStringLiteral("retrySchedule"), schedule ? QJsonValue(schedule->toJsonSeconds()) : QJsonValue(retry));
    }
    // Always sent: Save replaces the endpoint, and leaving them out would turn ordering off.
    const int ordering = m_ui->orderingCombo->currentIndex();
    o.insert(QStringLiteral("ordering"), ordering == 0 ? QStringLiteral("none") : QStringLiteral("per-key"));
    o.insert(QStringLiteral("orderingOnDeadLetter"), ordering == 2 ? QStringLiteral("block") : QStringLiteral("skip"));
    o.insert(QStringLiteral("disabled"), !m_ui->enabledCheck->isChecked());
    return o;
}

void EndpointEditor::changed()
{
    if (m_loading)
        return;
    showProblem({});
    emit edited();
}

void EndpointEditor::setMessage(const QString &field, const QString &text, Severity severity)
{
    QLabel *label = m_messages.value(field);
    if (!label)
        return;
    label->setText(text);
    label->setStyleSheet(severity == Severity::Error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #8a5300;"));
    label->setProperty("severity", severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"));
    m_ui->form->setRowVisible(label, !text.isEmpty());
    if (QWidget *w = m_fields.value(field))
        w->setAccessibleDescription(text);
}

QString EndpointEditor::fieldMessage(const QString &field) const
{
    const QLabel *label = m_messages.value(canonicalField(field));
    return label ? label->text() : QString();
}

QString EndpointEditor::problemText() const { return m_ui->problem->isVisibleTo(this) ? m_ui->problem->text() : QString(); }

void EndpointEditor::showProblem(const QString &text)
{
    m_ui->problem->setText(text);
    m_ui->problem->setVisible(!text.isEmpty());
}

void EndpointEditor::clearErrors()
{
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        setMessage(it.key(), {});
    showProblem({});
}

void EndpointEditor::checkUrl()
{
    const QString text = m_ui->urlEdit->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (text.isEmpty())
        setMessage(QStringLiteral("url"), {});
    else if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        setMessage(QStringLiteral("url"), tr("Not an absolute http or https URL (https://host/path)."));
    else if (scheme == u"http")
        setMessage(QStringLiteral("url"), tr("Plain http: payloads, custom headers and signatures cross the network unencrypted. "
                                             "Use https outside a lab."), Severity::Warning);
    else
        setMessage(QStringLiteral("url"), {});
}

void EndpointEditor::checkRetry()
{
    QString why;
    const QString text = m_ui->retryEdit->text().trimmed();
    if (!text.isEmpty() && !RetrySchedule::parse(text, &why))
        setMessage(QStringLiteral("retrySchedule"), tr("Not a schedule: %1. Write delays such as 0, 5s, 30s, 5m, 2h.").arg(why));
    else
        setMessage(QStringLiteral("retrySchedule"), {});
}

void EndpointEditor::checkHeaders()
{
    QStringList problems;
    for (int r = 0; r < m_ui->headersTable->rowCount(); ++r) {
        const QTableWidgetItem *name = m_ui->headersTable->item(r, 0);
        const QTableWidgetItem *value = m_ui->headersTable->item(r, 1);
        const QString n = name ? name->text().trimmed() : QString();
        QString why;
        if (!n.isEmpty() && !isAllowedCustomHeader(n, value ? value->text() : QString(), &why))
            problems.append(tr("%1: %2").arg(n, why));
    }
    setMessage(QStringLiteral("headers"), problems.join(u'\n'));
}

void EndpointEditor::checkScheme()
{
    const QString choice = m_ui->schemeCombo->currentData().toString();
    m_ui->signatureHeaderEdit->setEnabled(choice == SigningChoice::Hex);
    const QString loadedChoice = SigningChoice::of(m_loaded);
    m_newSecret = SigningChoice::secretToSend(choice, loadedChoice, isNew(), m_newSecret);
    if (!isNew() && loadedChoice != choice)
        setMessage(QStringLiteral("signingScheme"), tr("Saving with another scheme gives the endpoint a new secret."), Severity::Warning);
    else
        setMessage(QStringLiteral("signingScheme"), {});
}

bool EndpointEditor::validate()
{
    bool ok = true;
    const auto failAt = [&ok, this](const QString &field) {
        if (ok)
            m_fields.value(field)->setFocus();
        ok = false;
    };
    if (m_ui->urlEdit->text().trimmed().isEmpty()) {
        setMessage(QStringLiteral("url"), tr("Enter the URL the engine delivers to."));
        failAt(QStringLiteral("url"));
    } else if (m_messages.value(QStringLiteral("url"))->property("severity").toString() == u"error"
               && !m_messages.value(QStringLiteral("url"))->text().isEmpty()) {
        failAt(QStringLiteral("url"));
    }
    for (const char *field : {"retrySchedule", "headers"}) {
        if (!fieldMessage(QLatin1StringView(field)).isEmpty())
            failAt(QLatin1StringView(field));
    }
    if (isNew() && appId().isEmpty()) {
        showProblem(tr("Create an application first: endpoints belong to one."));
        ok = false;
    }
    return ok;
}

void EndpointEditor::showServerErrors(const QJsonArray &detail)
{
    QStringList elsewhere;
    bool focused = false;
    QHash<QString, QStringList> byField;
    for (const QJsonValue &v : detail) {
        const QJsonObject e = v.toObject();
        const QJsonArray loc = e.value(QLatin1StringView("loc")).toArray();
        const QString field = canonicalField(loc.size() > 1 ? loc.at(1).toString() : QString());
        QString msg = e.value(QLatin1StringView("msg")).toString();
        if (loc.size() > 2) // headers.X-Name: say which one
            msg = tr("%1: %2").arg(loc.at(2).toString(), msg);
        if (m_messages.contains(field))
            byField[field].append(msg);
        else
            elsewhere.append(field.isEmpty() ? msg : tr("%1: %2").arg(field, msg));
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        setMessage(it.key(), it.value().join(u'\n'));
        if (!focused) {
            m_fields.value(it.key())->setFocus();
            focused = true;
        }
    }
    showProblem(elsewhere.isEmpty() ? tr("The engine refused the endpoint; see the marked fields.")
                                    : tr("The engine refused the endpoint: %1").arg(elsewhere.join(QStringLiteral("; "))));
}

void EndpointEditor::setReadOnly(bool readOnly)
{
    for (QLineEdit *e : {m_ui->urlEdit, m_ui->descriptionEdit, m_ui->channelsEdit, m_ui->signatureHeaderEdit, m_ui->retryEdit})
        e->setReadOnly(readOnly);
    for (QSpinBox *s : {m_ui->timeoutSpin, m_ui->rateLimitSpin, m_ui->concurrencySpin})
        s->setReadOnly(readOnly);
    m_ui->eventTypes->setReadOnly(readOnly);
    m_ui->headersTable->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                                          : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                                | QAbstractItemView::AnyKeyPressed);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->schemeCombo, m_ui->orderingCombo, m_ui->enabledCheck, m_ui->addHeaderButton,
                                                       m_ui->removeHeaderButton})
        w->setEnabled(!readOnly);
}

} // namespace sb::dashboard
