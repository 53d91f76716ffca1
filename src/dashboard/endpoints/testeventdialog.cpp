// SPDX-License-Identifier: GPL-3.0-or-later
#include "testeventdialog.h"

#include "dashboard/connection/enginesession.h"
#include "dashboard/endpoints/endpointdirectory.h"
#include "dashboard/widgets/jsonhighlighter.h"
#include "ui_testeventdialog.h"

#include "core/eventcatalogue.h"

#include <QAction>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTextBlock>

namespace sb::dashboard {

TestEventDialog::TestEventDialog(EngineSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TestEventDialog>())
    , m_session(session)
    , m_directory(new EndpointDirectory(session->client(), this))
{
    m_ui->setupUi(this);
    m_send = m_ui->buttons->addButton(tr("&Send"), QDialogButtonBox::ActionRole);
    m_send->setDefault(true);
    m_showInLog = m_ui->buttons->addButton(tr("Show in &log"), QDialogButtonBox::ActionRole);
    m_showInLog->setEnabled(false);
    m_showInLog->setToolTip(tr("Open the delivery log filtered to this test message"));
    m_ui->payloadEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->responseView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->payloadEdit->setAccessibleName(tr("Payload JSON"));
    m_highlighter = new JsonHighlighter(m_ui->payloadEdit->document());
    m_ui->endpointCombo->setPlaceholderText(tr("Loading endpoints…"));

    // The catalogue's events by group; group titles are headings, not choices.
    auto *events = qobject_cast<QStandardItemModel *>(m_ui->eventCombo->model());
    const EventCatalogue &catalogue = EventCatalogue::builtIn();
    for (const EventGroup &g : catalogue.groups()) {
        m_ui->eventCombo->addItem(g.title);
        events->item(m_ui->eventCombo->count() - 1)->setEnabled(false);
        QFont heading = m_ui->eventCombo->font();
        heading.setBold(true);
        events->item(m_ui->eventCombo->count() - 1)->setFont(heading);
        for (const EventType &e : catalogue.eventsInGroup(g.name)) {
            m_ui->eventCombo->addItem(QStringLiteral("    ") + e.name, e.name);
            m_ui->eventCombo->setItemData(m_ui->eventCombo->count() - 1, e.description, Qt::ToolTipRole);
        }
    }
    m_ui->eventCombo->setCurrentIndex(m_ui->eventCombo->findData(catalogue.events().constFirst().name));

    connect(m_ui->eventCombo, &QComboBox::currentIndexChanged, this, &TestEventDialog::loadSample);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &TestEventDialog::loadSample);
    connect(m_ui->payloadEdit, &QPlainTextEdit::textChanged, this, &TestEventDialog::checkJson);
    connect(m_ui->endpointCombo, &QComboBox::currentIndexChanged, this, &TestEventDialog::updateSend);
    connect(m_send, &QPushButton::clicked, this, &TestEventDialog::send);
    connect(m_showInLog, &QPushButton::clicked, this, [this] {
        if (m_msgId.isEmpty())
            return;
        emit showInLogRequested(m_msgId);
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *sendKey = new QAction(this);
    sendKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(sendKey, &QAction::triggered, this, &TestEventDialog::send);
    addAction(sendKey);
    m_send->setToolTip(tr("Deliver this payload to the endpoint now, as a test (Ctrl+Enter)"));

    connect(m_directory, &EndpointDirectory::loaded, this, &TestEventDialog::fillEndpoints);
    connect(m_directory, &EndpointDirectory::failed, this, [this](const QString &error) {
        setResult(tr("Could not read the endpoints: %1").arg(error), QStringLiteral("#b3261e"));
    });
    connect(session->stream(), &StreamConnection::framesReceived, this, &TestEventDialog::framesArrived);
    connect(session, &EngineSession::roleKnown, this, &TestEventDialog::updateSend);
    m_directory->load();
    loadSample();
    setResult(tr("Nothing sent yet. The engine delivers the payload to this endpoint only and marks the attempt as a test."));
}

TestEventDialog::~TestEventDialog() = default;

QComboBox *TestEventDialog::endpointCombo() const { return m_ui->endpointCombo; }
QComboBox *TestEventDialog::eventCombo() const { return m_ui->eventCombo; }
QPlainTextEdit *TestEventDialog::payloadEdit() const { return m_ui->payloadEdit; }
QString TestEventDialog::resultText() const { return m_ui->resultLabel->text(); }
QString TestEventDialog::responseText() const { return m_ui->responseView->toPlainText(); }

void TestEventDialog::preselect(const QString &endpointId, const QString &eventType)
{
    m_wantedEndpoint = endpointId;
    if (!m_directory->isLoading())
        fillEndpoints();
    if (eventType.isEmpty())
        return;
    int index = m_ui->eventCombo->findData(eventType);
    if (index < 0) { // known to the engine, not to the catalogue: no sample to start from
        m_ui->eventCombo->addItem(eventType, eventType);
        index = m_ui->eventCombo->count() - 1;
    }
    m_ui->eventCombo->setCurrentIndex(index);
}

void TestEventDialog::fillEndpoints()
{
    const QString wanted = m_wantedEndpoint.isEmpty() ? m_ui->endpointCombo->currentData().toString() : m_wantedEndpoint;
    m_ui->endpointCombo->clear();
    for (const EndpointDirectory::App &a : m_directory->apps()) {
        for (const QJsonObject &e : a.endpoints) {
            const QString id = e.value(QLatin1StringView("id")).toString();
            QString label = a.name();
            label.append(QStringLiteral(" — ")).append(EndpointDirectory::endpointLabel(e));
            if (e.value(QLatin1StringView("disabled")).toBool())
                label = tr("%1 (disabled)").arg(label);
            m_ui->endpointCombo->addItem(label, id);
            m_ui->endpointCombo->setItemData(m_ui->endpointCombo->count() - 1, e.value(QLatin1StringView("url")).toString(),
                                             Qt::ToolTipRole);
        }
    }
    m_ui->endpointCombo->setPlaceholderText(m_ui->endpointCombo->count() ? QString() : tr("No endpoints"));
    const int index = m_ui->endpointCombo->findData(wanted);
    m_ui->endpointCombo->setCurrentIndex(index >= 0 ? index : 0);
    updateSend();
    emit endpointsLoaded();
}

namespace {
// Indented JSON with the envelope's fields first (type, id, timestamp, then data), as the
// catalogue writes them; QJsonObject alone would sort them.
QString envelopeText(const QJsonObject &payload)
{
    QStringList keys;
    for (const char *first : {"type", "id", "timestamp"}) {
        if (payload.contains(QLatin1StringView(first)))
            keys.append(QLatin1StringView(first));
    }
    for (const QString &key : payload.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    QStringList members;
    for (const QString &key : keys) {
        // {"key": value} indented, without its braces: the member as it sits in the object.
        const QString one = QString::fromUtf8(QJsonDocument(QJsonObject{{key, payload.value(key)}}).toJson(QJsonDocument::Indented));
        members.append(one.mid(2, one.size() - 5)); // "{\n" … "\n}\n"
    }
    if (members.isEmpty())
        return QStringLiteral("{\n}\n");
    QString text(QStringLiteral("{\n"));
    text.append(members.join(QStringLiteral(",\n"))).append(QStringLiteral("\n}\n"));
    return text;
}
} // namespace

void TestEventDialog::loadSample()
{
    const EventType *type = EventCatalogue::builtIn().find(m_ui->eventCombo->currentData().toString());
    m_ui->payloadEdit->setPlainText(envelopeText(type ? type->sample : QJsonObject()));
}

void TestEventDialog::checkJson()
{
    const QString text = m_ui->payloadEdit->toPlainText();
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    QList<QTextEdit::ExtraSelection> marks;
    if (error.error != QJsonParseError::NoError) {
        // The parser counts bytes of UTF-8; the editor counts characters.
        const int position = static_cast<int>(QString::fromUtf8(utf8.left(error.offset)).size());
        const QTextBlock block = m_ui->payloadEdit->document()->findBlock(position);
        m_jsonProblem = tr("Line %1, column %2: %3")
                            .arg(block.blockNumber() + 1)
                            .arg(position - block.position() + 1)
                            .arg(error.errorString());
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_ui->payloadEdit->document());
        mark.cursor.setPosition(std::max(0, std::min(position, static_cast<int>(text.size())) - 1));
        mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(0xb3, 0x26, 0x1e));
        mark.format.setBackground(QColor(0xfd, 0xe2, 0xe1));
        marks.append(mark);
    } else if (!doc.isObject()) {
        m_jsonProblem = tr("The payload must be a JSON object: { … }.");
    } else {
        m_jsonProblem.clear();
    }
    m_ui->payloadEdit->setExtraSelections(marks);
    m_ui->jsonStatus->setText(m_jsonProblem.isEmpty() ? tr("Valid JSON, %n byte(s).", nullptr, static_cast<int>(utf8.size()))
                                                      : tr("Not valid JSON, so it cannot be sent. %1").arg(m_jsonProblem));
    m_ui->jsonStatus->setStyleSheet(m_jsonProblem.isEmpty() ? QStringLiteral("color: #1b7a3d;") : QStringLiteral("color: #b3261e;"));
    updateSend();
}

void TestEventDialog::updateSend()
{
    const QString role = m_session->role();
    const bool mayTest = role == u"admin" || role == u"operator";
    const bool ready = mayTest && m_jsonProblem.isEmpty() && !m_ui->endpointCombo->currentData().toString().isEmpty() && !m_sending;
    m_send->setEnabled(ready);
    if (!mayTest)
        m_send->setToolTip(tr("Sending test events needs the operator or admin role; this token is %1.")
                               .arg(role.isEmpty() ? tr("not yet known") : role));
    else if (!m_jsonProblem.isEmpty())
        m_send->setToolTip(tr("Fix the payload first: %1").arg(m_jsonProblem));
    else
        m_send->setToolTip(tr("Deliver this payload to the endpoint now, as a test (Ctrl+Enter)"));
}

void TestEventDialog::setResult(const QString &text, const QString &colour)
{
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1; font-weight: bold;").arg(colour));
}

void TestEventDialog::send()
{
    if (!m_send->isEnabled())
        return;
    const QString endpointId = m_ui->endpointCombo->currentData().toString();
    const QString appId = m_directory->appIdOf(endpointId);
    const QJsonObject payload = QJsonDocument::fromJson(m_ui->payloadEdit->toPlainText().toUtf8()).object();
    m_sending = true;
    m_msgId.clear();
    m_attempt = {};
    m_early.clear();
    m_sentTo = endpointId;
    m_ui->responseView->clear();
    m_showInLog->setEnabled(false);
    setResult(tr("Sending…"));
    updateSend();
    QString path = u"/api/v1/app/" + appId + u"/endpoint/";
    path.append(endpointId).append(u"/send-example");
    QPointer<TestEventDialog> self(this);
    m_session->client()->post(path, {{QStringLiteral("eventType"), m_ui->eventCombo->currentData().toString()},
                                     {QStringLiteral("payload"), payload}},
                              [self, appId](const EngineClient::Reply &r) {
        if (!self)
            return;
        self->m_sending = false;
        self->updateSend();
        if (r.status != 202) {
            QStringList why;
            for (const QJsonValue &d : r.json.value(QLatin1StringView("detail")).toArray())
                why.append(d.toObject().value(QLatin1StringView("msg")).toString());
            self->setResult(tr("Not sent: %1").arg(why.isEmpty() ? r.error : why.join(QStringLiteral("; "))), QStringLiteral("#b3261e"));
            return;
        }
        self->m_msgId = r.json.value(QLatin1StringView("id")).toString();
        self->m_showInLog->setEnabled(true);
        self->setResult(tr("Sent as %1; waiting for the endpoint's answer…").arg(self->m_msgId));
        emit self->sent(self->m_msgId);
        if (self->m_early.contains(self->m_msgId))
            return self->showAttempt(self->m_early.value(self->m_msgId));
        // The stream may be offline or the attempt already over: ask once as well.
        const QString msg = self->m_msgId;
        self->m_session->client()->get(u"/api/v1/app/" + appId + u"/attempt/msg/" + msg, [self, msg](const EngineClient::Reply &a) {
            const QJsonArray attempts = a.json.value(QLatin1StringView("data")).toArray();
            if (self && self->m_msgId == msg && !attempts.isEmpty())
                self->showAttempt(attempts.last().toObject());
        });
    });
}

void TestEventDialog::framesArrived(const QList<StreamFrame> &frames)
{
    for (const StreamFrame &f : frames) {
        if (f.type != StreamFrame::AttemptFinished)
            continue;
        const QJsonObject attempt = f.data.value(QLatin1StringView("attempt")).toObject();
        const QString msg = attempt.value(QLatin1StringView("msgId")).toString();
        if (!m_msgId.isEmpty() && msg == m_msgId)
            showAttempt(attempt);
        else if (m_sending && m_early.size() < 1000)
            m_early.insert(msg, attempt);
    }
}

void TestEventDialog::showAttempt(const QJsonObject &attempt)
{
    if (attempt.value(QLatin1StringView("endpointId")).toString() != m_sentTo)
        return;
    const auto time = [](const QJsonObject &a) { return a.value(QLatin1StringView("timestamp")).toString(); };
    if (!m_attempt.isEmpty() && time(attempt) < time(m_attempt))
        return; // an older attempt arriving late
    m_attempt = attempt;
    const int code = attempt.value(QLatin1StringView("responseStatusCode")).toInt();
    const qint64 ms = attempt.value(QLatin1StringView("responseDurationMs")).toInteger();
    const QString trigger = attempt.value(QLatin1StringView("trigger")).toString();
    const QString errorClass = attempt.value(QLatin1StringView("errorClass")).toString();
    if (attempt.value(QLatin1StringView("status")).toInt() == 0)
        setResult(tr("✔ Delivered: HTTP %1 in %2 ms (trigger: %3).").arg(code).arg(ms).arg(trigger), QStringLiteral("#1b7a3d"));
    else if (code > 0)
        setResult(tr("✘ Failed: HTTP %1 in %2 ms (%3 error, trigger: %4).").arg(code).arg(ms).arg(errorClass, trigger),
                  QStringLiteral("#b3261e"));
    else
        setResult(tr("✘ Failed: no HTTP answer (%1 error) after %2 ms.").arg(errorClass).arg(ms), QStringLiteral("#b3261e"));
    const QString body = attempt.value(QLatin1StringView("response")).toString();
    const QJsonDocument json = QJsonDocument::fromJson(body.toUtf8());
    m_ui->responseView->setPlainText(json.isNull() ? body : QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
    if (body.isEmpty())
        m_ui->responseView->setPlaceholderText(tr("(empty)"));
    emit attemptShown(attempt);
}

} // namespace sb::dashboard
