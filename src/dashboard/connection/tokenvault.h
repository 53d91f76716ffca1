// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace sb::dashboard {

// Where engine tokens live: the system keychain through QtKeychain (Secret Service, KWallet)
// when the desktop has one, otherwise a file per profile that only the user can read (0600 in
// a 0700 directory), which the console says plainly. Keychain calls are asynchronous (they
// can wait for the user to unlock a wallet), so every answer comes back to a callback.
class TokenVault : public QObject
{
    Q_OBJECT

public:
    enum class Backend { Automatic, FileOnly };
    enum class Location { Nowhere, Keychain, File };

    using WriteDone = std::function<void(Location where, const QString &error)>;
    using ReadDone = std::function<void(const QByteArray &token, Location where)>;

    explicit TokenVault(QString fileDirectory, Backend backend = Backend::Automatic, QObject *parent = nullptr);

    // The directory under the user's config location that holds file-stored tokens.
    static QString defaultFileDirectory();

    void write(const QString &profileId, const QByteArray &token, WriteDone done);
    void read(const QString &profileId, ReadDone done);
    void remove(const QString &profileId);

    QString filePath(const QString &profileId) const;
    // A sentence for the UI saying where a token is kept.
    static QString describe(Location where, const QString &filePath);

private:
    bool writeFile(const QString &profileId, const QByteArray &token, QString *error) const;
    QByteArray readFile(const QString &profileId) const;

    QString m_directory;
    Backend m_backend;
};

} // namespace sb::dashboard
