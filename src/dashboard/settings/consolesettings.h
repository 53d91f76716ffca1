// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>

#include <memory>

namespace sb::dashboard {

// The console's own preferences, in the user's settings (QSettings), with their defaults.
class ConsoleSettings
{
public:
    ConsoleSettings();
    explicit ConsoleSettings(const QString &iniPath);

    static constexpr int DefaultRetentionDays = 30;
    static constexpr int MaxRetentionDays = 3650;
    // Days of local history kept per engine; 0 keeps everything.
    int retentionDays() const;
    void setRetentionDays(int days);

    // The console's language ("de", "es", "fr", "en"), or "" to follow the system.
    QString language() const;
    void setLanguage(const QString &code);

    static constexpr int DefaultAlertFailurePercent = 20;
    // An endpoint whose failures over five minutes reach this share raises an alert.
    int alertFailurePercent() const;
    void setAlertFailurePercent(int percent);
    bool alertsMuted() const;
    void setAlertsMuted(bool muted);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sb::dashboard
