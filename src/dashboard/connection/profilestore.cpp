// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QCoreApplication>
#include <QUuid>

namespace sb::dashboard {
namespace {
const QString Group = QStringLiteral("profiles");
}

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>())
{
}

ProfileStore::ProfileStore(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

QList<EngineProfile> ProfileStore::profiles() const
{
    m_settings->sync();
    QList<EngineProfile> out;
    m_settings->beginGroup(Group);
    for (const QString &id : m_settings->childGroups()) {
        m_settings->beginGroup(id);
        EngineProfile p;
        p.id = id;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.url = QUrl(m_settings->value(QStringLiteral("url")).toString());
        p.verifyTls = m_settings->value(QStringLiteral("verifyTls"), true).toBool();
        m_settings->endGroup();
        out.append(p);
    }
    m_settings->endGroup();
    std::sort(out.begin(), out.end(), [](const EngineProfile &a, const EngineProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

std::optional<EngineProfile> ProfileStore::profile(const QString &id) const
{
    for (const EngineProfile &p : profiles())
        if (p.id == id)
            return p;
    return std::nullopt;
}

std::optional<EngineProfile> ProfileStore::profileNamed(const QString &name) const
{
    for (const EngineProfile &p : profiles())
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

EngineProfile ProfileStore::save(EngineProfile profile)
{
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::Id128).left(16);
    m_settings->beginGroup(Group + u'/' + profile.id);
    m_settings->setValue(QStringLiteral("name"), profile.name.trimmed());
    m_settings->setValue(QStringLiteral("url"), profile.url.toString(QUrl::StripTrailingSlash));
    m_settings->setValue(QStringLiteral("verifyTls"), profile.verifyTls);
    m_settings->endGroup();
    m_settings->sync();
    profile.name = profile.name.trimmed();
    return profile;
}

void ProfileStore::remove(const QString &id)
{
    if (id.isEmpty())
        return;
    m_settings->remove(Group + u'/' + id);
    if (lastUsed() == id)
        m_settings->remove(QStringLiteral("lastProfile"));
    m_settings->sync();
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsed(const QString &id)
{
    m_settings->setValue(QStringLiteral("lastProfile"), id);
    m_settings->sync();
}

QString ProfileStore::problemWith(const EngineProfile &profile) const
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return QCoreApplication::translate("ProfileStore", "Give the profile a name.");
    if (const auto other = profileNamed(name); other && other->id != profile.id)
        return QCoreApplication::translate("ProfileStore", "Another profile is already called “%1”.").arg(name);
    const QUrl &url = profile.url;
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return QCoreApplication::translate("ProfileStore", "The engine URL must look like http://host:8071 or https://host.");
    return {};
}

} // namespace sb::dashboard
