// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <memory>

namespace Ui {
class EndpointEditor;
}
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace sb::dashboard {

class EventTypePicker;
class SecretPanel;

// The form for one endpoint, in the engine's own field names: it loads an endpoint as the API
// shows it, checks what it can while the user types (URL, retry schedule, headers), says
// what the engine refused next to the field concerned, and builds the body to save.
class EndpointEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointEditor(QWidget *parent = nullptr);
    ~EndpointEditor() override;

    // (id, name) of every application, for a new endpoint's Application field.
    void setApplications(const QList<QPair<QString, QString>> &apps);
    // An empty `endpoint` starts a new one in `appId`.
    void load(const QString &appId, const QJsonObject &endpoint);
    // The loaded endpoint's disabled flag changed on the engine; the form follows without
    // counting it as an edit.
    void setDisabledOnEngine(bool disabled);

    bool isNew() const { return m_endpointId.isEmpty(); }
    QString endpointId() const { return m_endpointId; }
    QString appId() const;
    QJsonObject loaded() const { return m_loaded; }
    bool isDirty() const { return body() != m_baseline; }
    // What Save sends (POST for a new endpoint, PUT otherwise).
    QJsonObject body() const;
    // The checks the console can make itself; false shows what is wrong at its field.
    bool validate();
    // A 422 answer's detail ([{"loc": ["body", field, …], "msg", "type"}]): each message at
    // its field, anything else above the form.
    void showServerErrors(const QJsonArray &detail);
    void showProblem(const QString &text);
    void clearErrors();
    void setReadOnly(bool readOnly);

    // The message shown at a field (engine names: url, filterTypes, headers, …), or empty.
    QString fieldMessage(const QString &field) const;
    QString problemText() const;

    QComboBox *appCombo() const;
    QLineEdit *urlEdit() const;
    QLineEdit *descriptionEdit() const;
    EventTypePicker *eventTypes() const;
    QLineEdit *channelsEdit() const;
    QTableWidget *headersTable() const;
    QComboBox *schemeCombo() const;
    QLineEdit *signatureHeaderEdit() const;
    QSpinBox *timeoutSpin() const;
    QSpinBox *rateLimitSpin() const;
    QSpinBox *concurrencySpin() const;
    QLineEdit *retryEdit() const;
    QComboBox *orderingCombo() const;
    QCheckBox *enabledCheck() const;
    SecretPanel *secretPanel() const;
    void addHeader(const QString &name = {}, const QString &value = {});

signals:
    // Any edit; isDirty() says whether the form now differs from what was loaded.
    void edited();

private:
    void showOperational(bool operational);
    enum class Severity { Warning, Error };
    void setMessage(const QString &field, const QString &text, Severity severity = Severity::Error);
    void checkUrl();
    void checkRetry();
    void checkHeaders();
    void checkScheme();
    void changed();

    std::unique_ptr<Ui::EndpointEditor> m_ui;
    QHash<QString, QLabel *> m_messages;
    QHash<QString, QWidget *> m_fields;
    QString m_endpointId;
    QJsonObject m_loaded;
    QJsonObject m_baseline;
    QString m_newSecret; // a key of another kind than the loaded one's, sent on Save
    bool m_loading = false;
};

} // namespace sb::dashboard
