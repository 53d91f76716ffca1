// SPDX-License-Identifier: GPL-3.0-or-later
// Engine profiles: the settings they are kept in, where their tokens go (keychain or a private
// file), the dialog that edits them, switching the window between two real engines, and the
// "verify TLS" switch against a real engine with a self-signed certificate.
#include "dashboard/connection/enginesession.h"
#include "dashboard/connection/profilestore.h"
#include "dashboard/connection/tokenvault.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/mainwindow.h"
#include "dashboard/settings/consolesettings.h"
#include "dashboard/settings/profilesdialog.h"
#include "dashboard/settings/settingsdialog.h"
#include "support/engineprocess.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>

using namespace sb::dashboard;
using sb::testing::EngineProcess;

class TestProfiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Writes `token` and waits for the vault's answer.
    static TokenVault::Location storeToken(TokenVault &vault, const QString &id, const QByteArray &token)
    {
        std::optional<TokenVault::Location> where;
        vault.write(id, token, [&](TokenVault::Location w, const QString &) { where = w; });
        if (!QTest::qWaitFor([&] { return where.has_value(); }, 30'000))
            return TokenVault::Location::Nowhere;
        return *where;
    }
    static std::pair<QByteArray, TokenVault::Location> fetchToken(TokenVault &vault, const QString &id)
    {
        std::optional<std::pair<QByteArray, TokenVault::Location>> got;
        vault.read(id, [&](const QByteArray &t, TokenVault::Location w) { got = std::pair(t, w); });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 30'000))
            return {};
        return *got;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void storeKeepsProfilesAndRefusesBadOnes()
    {
        ProfileStore store(path(QStringLiteral("profiles.ini")));
        QVERIFY(store.profiles().isEmpty());
        EngineProfile staging{{}, QStringLiteral("Staging"), QUrl(QStringLiteral("http://127.0.0.1:8071")), true};
        staging = store.save(staging);
        QVERIFY(!staging.id.isEmpty());
        const EngineProfile prod = store.save({{}, QStringLiteral(" Production "), QUrl(QStringLiteral("https://hooks.example")), false});
        QCOMPARE(prod.name, QStringLiteral("Production"));

        // A second store over the same file sees both, sorted by name.
        ProfileStore again(path(QStringLiteral("profiles.ini")));
        const QList<EngineProfile> all = again.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), prod);
        QCOMPARE(all.at(1), staging);
        QCOMPARE(again.profileNamed(QStringLiteral("production"))->id, prod.id);

        QVERIFY(store.problemWith(staging).isEmpty());
        EngineProfile bad = staging;
        bad.name.clear();
        QVERIFY(store.problemWith(bad).contains(u"name"));
        bad = staging;
        bad.id.clear();
        QVERIFY2(store.problemWith(bad).contains(u"Staging"), "a second profile of the same name is refused");
        for (const char *url : {"127.0.0.1:8071", "ftp://host", "http://"}) {
            bad = staging;
            bad.url = QUrl(QString::fromLatin1(url));
            QVERIFY2(store.problemWith(bad).contains(u"URL"), url);
        }

        store.setLastUsed(staging.id);
        QCOMPARE(again.lastUsed(), staging.id);
        store.remove(staging.id);
        QCOMPARE(again.profiles().size(), 1);
        QVERIFY(again.lastUsed().isEmpty());
    }

    void fileVaultKeepsTokensPrivate()
    {
        TokenVault vault(path(QStringLiteral("tokens")), TokenVault::Backend::FileOnly);
        QCOMPARE(fetchToken(vault, QStringLiteral("p1")).second, TokenVault::Location::Nowhere);
        QCOMPARE(storeToken(vault, QStringLiteral("p1"), "secret-token-1"), TokenVault::Location::File);
        const QFile::Permissions mode = QFile::permissions(vault.filePath(QStringLiteral("p1")));
        QCOMPARE(mode & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QFile::permissions(path(QStringLiteral("tokens"))) & (QFile::ReadOther | QFile::ReadGroup | QFile::ExeOther),
                 QFile::Permissions());
        QCOMPARE(fetchToken(vault, QStringLiteral("p1")), std::pair(QByteArray("secret-token-1"), TokenVault::Location::File));
        QVERIFY(TokenVault::describe(TokenVault::Location::File, vault.filePath(QStringLiteral("p1"))).contains(u"p1.token"));

        vault.remove(QStringLiteral("p1"));
        QVERIFY(!QFile::exists(vault.filePath(QStringLiteral("p1"))));
        QCOMPARE(fetchToken(vault, QStringLiteral("p1")).second, TokenVault::Location::Nowhere);
    }

    // Whatever this machine offers (a test machine usually has no keychain), a token written
    // comes back, and where it went is said.
    void automaticVaultRoundTrips()
    {
        TokenVault vault(path(QStringLiteral("auto-tokens")));
        const TokenVault::Location where = storeToken(vault, QStringLiteral("auto1"), "auto-token");
        QVERIFY(where != TokenVault::Location::Nowhere);
        QCOMPARE(fetchToken(vault, QStringLiteral("auto1")), std::pair(QByteArray("auto-token"), where));
        QCOMPARE(QFile::exists(vault.filePath(QStringLiteral("auto1"))), where == TokenVault::Location::File);
        vault.remove(QStringLiteral("auto1"));
        QTRY_COMPARE_WITH_TIMEOUT(fetchToken(vault, QStringLiteral("auto1")).second, TokenVault::Location::Nowhere, 30'000);
    }

    void dialogCreatesValidatesAndDeletes()
    {
        ProfileStore store(path(QStringLiteral("dialog.ini")));
        TokenVault vault(path(QStringLiteral("dialog-tokens")), TokenVault::Backend::FileOnly);
        ProfilesDialog dialog(&store, &vault, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        QVERIFY(name && url && token);
        QVERIFY2(name->hasFocus(), "with no profiles the dialog starts a new one, cursor in Name");

        // A URL without a scheme is pointed out at the URL field, and nothing is stored.
        QTest::keyClicks(name, QStringLiteral("Lab"));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("127.0.0.1:8071"));
        QTest::keyClicks(token, QStringLiteral("lab-token"));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.problemText().contains(u"URL"));
        QVERIFY(url->hasFocus());
        QVERIFY(store.profiles().isEmpty());

        url->clear();
        QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:8071"));
        QSignalSpy stored(&dialog, &ProfilesDialog::tokenStored);
        QVERIFY(dialog.save());
        QVERIFY(stored.count() == 1 || stored.wait());
        QCOMPARE(store.profiles().size(), 1);
        const EngineProfile lab = store.profiles().constFirst();
        QCOMPARE(lab.name, QStringLiteral("Lab"));
        QCOMPARE(fetchToken(vault, lab.id).first, QByteArray("lab-token"));
        QVERIFY2(dialog.storageNote().contains(u"only you can read"), qPrintable(dialog.storageNote()));

        // A second profile may not take the same name.
        dialog.startNew();
        QTest::keyClicks(name, QStringLiteral("lab"));
        QTest::keyClicks(token, QStringLiteral("x"));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.problemText().contains(u"lab"));
        QCOMPARE(store.profiles().size(), 1);

        // Connect saves and asks for the profile.
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Second"));
        QSignalSpy connectSpy(&dialog, &ProfilesDialog::connectRequested);
        dialog.connectButton()->click();
        QCOMPARE(connectSpy.count(), 1);
        QCOMPARE(connectSpy.at(0).at(0).value<EngineProfile>().name, QStringLiteral("Second"));
        QCOMPARE(store.profiles().size(), 2);

        // Delete asks first: no, then yes.
        dialog.selectProfile(lab.id);
        QString asked;
        dialog.setConfirm([&](const QString &q) { asked = q; return false; });
        dialog.deleteSelected();
        QVERIFY(asked.contains(u"Lab"));
        QCOMPARE(store.profiles().size(), 2);
        dialog.setConfirm([](const QString &) { return true; });
        dialog.deleteSelected();
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(!QFile::exists(vault.filePath(lab.id)));
    }

    void settingsDialogKeepsRetention()
    {
        ConsoleSettings settings(path(QStringLiteral("console.ini")));
        QCOMPARE(settings.retentionDays(), ConsoleSettings::DefaultRetentionDays);
        SettingsDialog dialog(&settings);
        dialog.show();
        QCOMPARE(dialog.retentionDays()->value(), ConsoleSettings::DefaultRetentionDays);
        dialog.retentionDays()->selectAll();
        QTest::keyClicks(dialog.retentionDays(), QStringLiteral("7"));
        dialog.failurePercent()->setValue(35);
        QTest::keyClick(dialog.muted(), Qt::Key_Space);
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(applied.count(), 1);
        QCOMPARE(ConsoleSettings(path(QStringLiteral("console.ini"))).retentionDays(), 7);
        QCOMPARE(settings.alertFailurePercent(), 35);
        QVERIFY(settings.alertsMuted());

        // Cancel changes nothing.
        SettingsDialog second(&settings);
        second.retentionDays()->setValue(90);
        second.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(settings.retentionDays(), 7);
    }

    void windowSwitchesBetweenEngines()
    {
        EngineProcess first, second;
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        QVERIFY2(second.start(&error), qPrintable(error));
        ProfileStore store(path(QStringLiteral("switch.ini")));
        TokenVault vault(path(QStringLiteral("switch-tokens")), TokenVault::Backend::FileOnly);
        const EngineProfile a = store.save({{}, QStringLiteral("Alpha"), QUrl(first.baseUrl()), true});
        const EngineProfile b = store.save({{}, QStringLiteral("Beta"), QUrl(second.baseUrl()), true});
        QCOMPARE(storeToken(vault, a.id, EngineProcess::Token), TokenVault::Location::File);
        QCOMPARE(storeToken(vault, b.id, EngineProcess::Token), TokenVault::Location::File);

        MainWindow window;
        window.setProfiles(&store, &vault);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(&window, &MainWindow::sessionOpened);
        window.openProfile(a);
        QVERIFY(opened.wait());
        QCOMPARE(window.session()->engine(), QUrl(first.baseUrl()));
        QVERIFY(window.deliveries());
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->role(), QStringLiteral("admin"), 15'000);
        QVERIFY(window.windowTitle().contains(u"Alpha"));
        QCOMPARE(store.lastUsed(), a.id);

        // Alt+2 is the second profile in the Engine menu.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(window.deliveries()->table(), Qt::Key_2, Qt::AltModifier);
        QVERIFY(opened.wait());
        QCOMPARE(window.session()->engine(), QUrl(second.baseUrl()));
        QCOMPARE(window.profileId(), b.id);
        QVERIFY(window.session()->store()->databasePath().contains(b.id));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->role(), QStringLiteral("admin"), 15'000);
        QCOMPARE(store.lastUsed(), b.id);
    }

    void verifyTlsDecidesAboutSelfSignedEngines()
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), path(QStringLiteral("key.pem")), QStringLiteral("-out"), path(QStringLiteral("cert.pem"))});
        QVERIFY(openssl.waitForFinished(60'000));
        QCOMPARE(openssl.exitCode(), 0);
        EngineProcess engine({QStringLiteral("--tls-cert"), path(QStringLiteral("cert.pem")), QStringLiteral("--tls-key"),
                              path(QStringLiteral("key.pem"))});
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));

        EngineSession strict(QUrl(engine.baseUrl()), EngineProcess::Token, path(QStringLiteral("strict.db")));
        strict.start();
        QTRY_VERIFY_WITH_TIMEOUT(!strict.stream()->lastError().isEmpty(), 15'000);
        QVERIFY(strict.role().isEmpty());
        QVERIFY(strict.stream()->state() != StreamConnection::State::Live);

        EngineSession lax(QUrl(engine.baseUrl()), EngineProcess::Token, path(QStringLiteral("lax.db")));
        lax.setVerifyTls(false);
        QSignalSpy role(&lax, &EngineSession::roleKnown);
        lax.start();
        QVERIFY(role.wait(15'000));
        QCOMPARE(lax.role(), QStringLiteral("admin"));
        QTRY_COMPARE_WITH_TIMEOUT(lax.stream()->state(), StreamConnection::State::Live, 15'000);
    }
};

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
