// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolesettings.h"

namespace sb::dashboard {
namespace {
const QString RetentionKey = QStringLiteral("history/retentionDays");
}

ConsoleSettings::ConsoleSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

ConsoleSettings::ConsoleSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

int ConsoleSettings::retentionDays() const
{
    bool ok = false;
    const int days = m_settings->value(RetentionKey, DefaultRetentionDays).toInt(&ok);
    return ok ? std::clamp(days, 0, MaxRetentionDays) : DefaultRetentionDays;
}

void ConsoleSettings::setRetentionDays(int days)
{
    m_settings->setValue(RetentionKey, std::clamp(days, 0, MaxRetentionDays));
    m_settings->sync();
}

int ConsoleSettings::alertFailurePercent() const
{
    bool ok = false;
    const int percent = m_settings->value(QStringLiteral("alerts/failurePercent"), DefaultAlertFailurePercent).toInt(&ok);
    return ok ? std::clamp(percent, 1, 100) : DefaultAlertFailurePercent;
}

void ConsoleSettings::setAlertFailurePercent(int percent)
{
    m_settings->setValue(QStringLiteral("alerts/failurePercent"), std::clamp(percent, 1, 100));
    m_settings->sync();
}

QString ConsoleSettings::language() const { return m_settings->value(QStringLiteral("language")).toString(); }

void ConsoleSettings::setLanguage(const QString &code)
{
    m_settings->setValue(QStringLiteral("language"), code);
    m_settings->sync();
}

bool ConsoleSettings::alertsMuted() const { return m_settings->value(QStringLiteral("alerts/muted"), false).toBool(); }

void ConsoleSettings::setAlertsMuted(bool muted)
{
    m_settings->setValue(QStringLiteral("alerts/muted"), muted);
    m_settings->sync();
}

} // namespace sb::dashboard
