// SPDX-License-Identifier: GPL-3.0-or-later
// Operator tasks on a busy live log, in the console's real window against a real engine, by
// keyboard and mouse: pause the log (Space) so that the row aimed at stays where it is while
// deliveries keep arriving, see how many arrived ("N new"), resume; and find a customer's
// rows by part of its name, be told when a filter matches nothing, and reach the filter with
// Ctrl+F from the tab bar or before anything was clicked.
//
// It drives only what the operator sees (widgets found by what they show or their accessible
// name), so that it runs against an older console and fails there.
#include "dashboard/connection/enginesession.h"
#include "dashboard/log/deliveriesview.h"
#include "dashboard/log/deliverylogmodel.h"
#include "dashboard/mainwindow.h"
#include "support/apiclient.h"
#include "support/engineprocess.h"
#include "support/windows.h"

#include "tools/receiver/receiver.h"

#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sb::dashboard;
using sb::testing::ApiClient;
using sb::testing::EngineProcess;

class TestPauseLogTask : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sb::tools::Receiver m_receiver;
    std::unique_ptr<EngineProcess> m_engine;
    std::unique_ptr<ApiClient> m_api;
    QString m_globex;
    QString m_acme;
    QHash<QString, int> m_sent; // messages sent per app, each one delivery (one endpoint)

    QString makeApp(const QString &name)
    {
        const QString app = m_api->post(QStringLiteral("/api/v1/app"), {{QStringLiteral("name"), name}})
                                .json.value(QLatin1StringView("id")).toString();
        if (m_api->post(u"/api/v1/app/" + app + u"/endpoint", {{QStringLiteral("url"), m_receiver.url()}}).status != 201)
            return {};
        return app;
    }

    bool sendEvents(const QString &app, int count)
    {
        for (int i = 0; i < count; ++i) {
            if (m_api->post(u"/api/v1/app/" + app + u"/msg", {{QStringLiteral("eventType"), QStringLiteral("call.ended")},
                                                               {QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), i}}}})
                    .status != 202)
                return false;
            ++m_sent[app];
        }
        return true;
    }

    int sentInAll() const { return m_sent.value(m_globex) + m_sent.value(m_acme); }

    static QStringList shownMessages(const DeliveryLogModel *log)
    {
        QStringList ids;
        for (int r = 0; r < log->rowCount(); ++r)
            ids.append(log->rowAt(r).msgId);
        return ids;
    }

    static QString currentMessage(const DeliveriesView *view)
    {
        const QModelIndex current = view->table()->currentIndex();
        return current.isValid() ? view->model()->rowAt(current.row()).msgId : QString();
    }

    // The "N new" button, as a screen reader finds it.
    static QPushButton *newButton(const DeliveriesView *view)
    {
        for (QPushButton *b : view->findChildren<QPushButton *>()) {
            if (b->accessibleName() == u"New deliveries while paused")
                return b;
        }
        return nullptr;
    }

    // Text shown over the log's rows, if any.
    static QString textOverTheLog(const DeliveriesView *view)
    {
        for (const QLabel *l : view->table()->viewport()->findChildren<QLabel *>()) {
            if (l->isVisible())
                return l->text();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_receiver.listen());
        m_engine = std::make_unique<EngineProcess>();
        QString error;
        QVERIFY2(m_engine->start(&error), qPrintable(error));
        m_api = std::make_unique<ApiClient>(m_engine->baseUrl(), EngineProcess::Token);
        m_globex = makeApp(QStringLiteral("Globex Logistics"));
        m_acme = makeApp(QStringLiteral("Acme Health"));
        QVERIFY(!m_globex.isEmpty() && !m_acme.isEmpty());
    }

    void pausedTheRowAimedAtStaysPut()
    {
        QVERIFY(sendEvents(m_globex, 4));
        QVERIFY(sendEvents(m_acme, 2));
        EngineSession session(QUrl(m_engine->baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("pause.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        DeliveriesView *view = window.deliveries();
        DeliveryLogModel *log = view->model();
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 6, 15'000);

        // Aim at a row, pause with Space.
        window.areas()->setCurrentWidget(view);
        view->table()->setFocus();
        view->table()->setCurrentIndex(log->index(2, 0));
        const QString aimedAt = currentMessage(view);
        QTest::keyClick(view->table(), Qt::Key_Space);
        const QStringList shown = shownMessages(log);

        // Deliveries keep arriving; they are stored and counted, not shown.
        QVERIFY(sendEvents(m_globex, 3));
        QTRY_VERIFY_WITH_TIMEOUT(newButton(view) && newButton(view)->isVisible()
                                     && newButton(view)->text().startsWith(u"3 new"), 15'000);
        QCOMPARE(shownMessages(log), shown);
        QCOMPARE(currentMessage(view), aimedAt);
        QCOMPARE(view->table()->currentIndex().row(), 2);
        QCOMPARE(view->table()->rowAt(0), 0);

        // "3 new": resume, and the three are on top; the selection is still the one aimed at.
        QTest::mouseClick(newButton(view), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 9, 10'000);
        QCOMPARE(shownMessages(log).mid(3), shown);
        QCOMPARE(currentMessage(view), aimedAt);
        QVERIFY(!newButton(view)->isVisible());
        QCOMPARE(view->table()->rowAt(0), 0); // following the newest again

        // Live again: new rows join at once.
        QVERIFY(sendEvents(m_acme, 1));
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 10, 10'000);
        QCOMPARE(currentMessage(view), aimedAt);
    }

    void findsACustomerByPartOfItsName()
    {
        EngineSession session(QUrl(m_engine->baseUrl()), EngineProcess::Token, m_dir.filePath(QStringLiteral("filter.db")));
        session.start();
        MainWindow window(&session);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        DeliveriesView *view = window.deliveries();
        DeliveryLogModel *log = view->model();
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), sentInAll(), 15'000);

        // Ctrl+F before anything was clicked or focused.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(view->filterEdit()->hasFocus());

        // Ctrl+F with the focus on the tab bar, another area shown.
        window.areas()->setCurrentIndex(0);
        window.areas()->tabBar()->setFocus();
        QTRY_VERIFY(window.areas()->tabBar()->hasFocus());
        QTest::keyClick(window.areas()->tabBar(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(view->filterEdit()->hasFocus());
        QCOMPARE(window.areas()->currentWidget(), view);

        // Part of the name, in another case, as the help's app:acme suggests.
        QTest::keyClicks(view->filterEdit(), QStringLiteral("app:GLOBEX"));
        QTest::keyClick(view->filterEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), m_sent.value(m_globex), 10'000);
        for (int r = 0; r < log->rowCount(); ++r)
            QCOMPARE(log->rowAt(r).appId, m_globex);
        QVERIFY(textOverTheLog(view).isEmpty());
        // The offscreen platform leaves the window inactive once the completer's list closed
        // (whether it opened depends on how soon the console knew the application names; a
        // window manager gives activation back): without this the shortcuts below never fire.
        QVERIFY(sb::testing::showActive(window));

        // Nothing matches: the log says so, and how to get out.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(view->filterEdit(), QStringLiteral("app:nobody"));
        QTest::keyClick(view->filterEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(textOverTheLog(view), QStringLiteral("No deliveries match app:nobody — clear the filter (Esc)"),
                                  10'000);
        QCOMPARE(log->rowCount(), 0);
        QVERIFY(sb::testing::showActive(window));
        QTest::keyClick(view->filterEdit(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), sentInAll(), 10'000);
        QVERIFY(view->filterEdit()->text().isEmpty());
        QVERIFY(textOverTheLog(view).isEmpty());

        // Typed as people type, a space after the last term, then Enter: applied as written,
        // not extended by the completer's first suggestion.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(view->filterEdit(), QStringLiteral("app:globex "));
        // Enter goes where a person's would: to the completer's list when it is open.
        QWidget *popup = QApplication::activePopupWidget();
        QTest::keyClick(popup ? popup : view->filterEdit(), Qt::Key_Return);
        QCOMPARE(view->filterEdit()->text(), QStringLiteral("app:globex "));
        QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), m_sent.value(m_globex), 10'000);
    }
};

QTEST_MAIN(TestPauseLogTask)
#include "tst_task_pauselog.moc"
