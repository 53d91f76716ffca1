// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenvault.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <qt6keychain/keychain.h>

namespace sb::dashboard {
namespace {

const QString Service = QStringLiteral("Switchboard engine token");

} // namespace

TokenVault::TokenVault(QString fileDirectory, Backend backend, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(fileDirectory))
    , m_backend(backend)
{
}

QString TokenVault::defaultFileDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/tokens");
}

QString TokenVault::filePath(const QString &profileId) const
{
    return m_directory + u'/' + profileId + QStringLiteral(".token");
}

QString TokenVault::describe(Location where, const QString &filePath)
{
    switch (where) {
    case Location::Keychain:
        return tr("The token is kept in the system keychain.");
    case Location::File:
        return tr("No system keychain is available: the token is kept in %1, a file only you can read.").arg(filePath);
    case Location::Nowhere:
        break;
    }
    return tr("No token is stored for this profile.");
}

bool TokenVault::writeFile(const QString &profileId, const QByteArray &token, QString *error) const
{
    // The directory first, closed to others, so the file is never readable even for a moment.
    if (!QDir().mkpath(m_directory)
        || !QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        *error = tr("Cannot create %1.").arg(m_directory);
        return false;
    }
    QSaveFile file(filePath(profileId));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(token) != token.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(filePath(profileId), file.errorString());
        return false;
    }
    return true;
}

QByteArray TokenVault::readFile(const QString &profileId) const
{
    QFile file(filePath(profileId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

void TokenVault::write(const QString &profileId, const QByteArray &token, WriteDone done)
{
    const auto toFile = [this, profileId, token, done] {
        QString error;
        const bool ok = writeFile(profileId, token, &error);
        done(ok ? Location::File : Location::Nowhere, error);
    };
    if (m_backend == Backend::FileOnly) {
        // Answers always arrive later, as the keychain's do, so callers see one behaviour.
        QMetaObject::invokeMethod(this, toFile, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(profileId);
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this, [this, profileId, toFile, done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            toFile();
            return;
        }
        // In the keychain now: a copy left in a file from an earlier, keychain-less run goes.
        QFile::remove(filePath(profileId));
        done(Location::Keychain, {});
    });
    job->start();
}

void TokenVault::read(const QString &profileId, ReadDone done)
{
    const auto fromFile = [this, profileId, done] {
        const QByteArray token = readFile(profileId);
        done(token, token.isEmpty() ? Location::Nowhere : Location::File);
    };
    if (m_backend == Backend::FileOnly) {
        QMetaObject::invokeMethod(this, fromFile, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(profileId);
    connect(job, &QKeychain::Job::finished, this, [fromFile, done](QKeychain::Job *j) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError && !read->binaryData().isEmpty())
            done(read->binaryData(), Location::Keychain);
        else
            fromFile();
    });
    job->start();
}

void TokenVault::remove(const QString &profileId)
{
    QFile::remove(filePath(profileId));
    if (m_backend == Backend::FileOnly)
        return;
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(profileId);
    job->start();
}

} // namespace sb::dashboard
