// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/delivery/addresspolicy.h"

#include <QTest>

using sb::engine::AddressPolicy;

class TestAddressPolicy : public QObject
{
    Q_OBJECT

private slots:
    void classifies_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("nonPublic");
        const auto row = [](const char *a, bool np) { QTest::newRow(a) << QString::fromLatin1(a) << np; };
        row("127.0.0.1", true);
        row("10.1.2.3", true);
        row("172.16.0.1", true);
        row("172.31.255.255", true);
        row("172.32.0.1", false);
        row("192.168.1.1", true);
        row("169.254.169.254", true); // cloud metadata
        row("100.64.0.1", true);      // CGNAT
        row("0.0.0.0", true);
        row("224.0.0.1", true);       // multicast
        row("255.255.255.255", true);
        row("192.0.2.10", true);      // documentation
        row("8.8.8.8", false);
        row("1.1.1.1", false);
        row("::1", true);
        row("::", true);
        row("fd12:3456::1", true);
        row("fe80::1", true);
        row("ff02::1", true);
        row("::ffff:127.0.0.1", true); // IPv4-mapped loopback
        row("::ffff:8.8.8.8", false);
        row("2606:4700::1111", false);
    }

    void classifies()
    {
        QFETCH(QString, address);
        QFETCH(bool, nonPublic);
        QCOMPARE(AddressPolicy::isNonPublic(QHostAddress(address)), nonPublic);
        QCOMPARE(AddressPolicy().isAllowed(QHostAddress(address)), !nonPublic);
    }

    void allowListOpensNetworks()
    {
        AddressPolicy policy;
        QVERIFY(policy.allow(QStringLiteral("127.0.0.0/8")));
        QVERIFY(policy.allow(QStringLiteral("10.9.8.7")));
        QVERIFY(policy.isAllowed(QHostAddress(QStringLiteral("127.0.0.1"))));
        QVERIFY(policy.isAllowed(QHostAddress(QStringLiteral("::ffff:127.0.0.2"))));
        QVERIFY(policy.isAllowed(QHostAddress(QStringLiteral("10.9.8.7"))));
        QVERIFY(!policy.isAllowed(QHostAddress(QStringLiteral("10.9.8.6"))));
        QVERIFY(!policy.isAllowed(QHostAddress(QStringLiteral("192.168.0.1"))));
        QVERIFY(!policy.allow(QStringLiteral("not-a-network")));
        QVERIFY(!policy.allow(QStringLiteral("10.0.0.0/99")));
    }
};

QTEST_GUILESS_MAIN(TestAddressPolicy)
#include "tst_addresspolicy.moc"
