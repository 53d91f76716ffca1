// SPDX-License-Identifier: GPL-3.0-or-later
// The console's German, Spanish and French translations: the .ts files in the source tree are
// complete (nothing unfinished, the right number of plural forms, placeholders and mnemonics
// as in the source), the compiled .qm files under :/i18n translate known texts, and a main
// window built after ConsoleTranslations::install() shows its menus and tabs in that language.
#include "dashboard/alerts/alertrules.h"
#include "dashboard/history/deliveryfilter.h"
#include "dashboard/mainwindow.h"
#include "dashboard/settings/consoletranslations.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace sb::dashboard;

namespace {

constexpr const char *MainWindowContext = "sb::dashboard::MainWindow";

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;               // the translation's type attribute: "" when finished
    QStringList translations;   // one, or one per plural form
};

struct TsFile
{
    QString language;           // the TS element's language attribute, "de_DE"
    QList<Message> messages;
    QString error;

    // The (first) translation of `source` in `context`, or a null string.
    QString translation(const QString &context, const QString &source) const
    {
        for (const Message &m : messages) {
            if (m.context == context && m.source == source)
                return m.translations.value(0);
        }
        return {};
    }
};

QString tsPath(const QString &language)
{
    return QStringLiteral(SWITCHBOARD_SOURCE_DIR "/translations/switchboard_%1.ts").arg(language);
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

// %1…%9, %L1…, %n, in order of appearance, sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9]|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// `&` mnemonics: an `&` before a non-space character, not part of "&&" or an HTML entity.
int mnemonics(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&(?:[a-zA-Z]+|#[0-9]+);"));
    text.remove(entity);
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression mnemonic(QStringLiteral("&(?=\\S)"));
    return int(text.count(mnemonic));
}

void removeInstalledTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void cleanup()
    {
        removeInstalledTranslators();
        QLocale::setDefault(QLocale::c());
    }

    void tsFileComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    // Every message of the .ts file is translated and finished; plural messages have the two
    // forms lrelease expects for German, Spanish and French (singular, plural).
    void tsFileComplete()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(ts.language.startsWith(language));
        QVERIFY2(ts.messages.size() > 300, qPrintable(QString::number(ts.messages.size())));
        QStringList problems;
        int numerusMessages = 0;
        for (const Message &m : ts.messages) {
            const QString where = m.context + u' ' + u'"' + m.source + u'"';
            if (!m.type.isEmpty())
                problems.append(where + u": type=" + m.type);
            if (m.numerus) {
                ++numerusMessages;
                if (m.translations.size() != 2)
                    problems.append(where + u": " + QString::number(m.translations.size()) + u" plural forms, not 2");
            } else if (m.translations.size() != 1) {
                problems.append(where + u": no translation element");
            }
            for (const QString &t : m.translations) {
                if (t.isEmpty()) {
                    problems.append(where + u": empty translation");
                    continue;
                }
                if (placeholders(t) != placeholders(m.source))
                    problems.append(where + u": placeholders differ in \"" + t + u'"');
                if (mnemonics(t) != mnemonics(m.source))
                    problems.append(where + u": mnemonics differ in \"" + t + u'"');
            }
        }
        QVERIFY(numerusMessages > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void compiledTranslation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    // The .qm compiled into the program translates texts of several contexts (code and forms)
    // as the .ts file says, and picks the plural form by number.
    void compiledTranslation()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/switchboard_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QList<std::pair<const char *, const char *>> samples = {
            {MainWindowContext, "&File"},
            {MainWindowContext, "Not connected"},
            {"sb::dashboard::DeliveryLogModel", "Dead letter"},
            {"sb::dashboard::DeliveriesView", "&Retry"},
            {"sb::dashboard::OverviewView", "Dead letters"},
            {"sb::dashboard::SecretPanel", "Signing secret"},
            {"EndpointEditor", "Retr&y schedule:"},
            {"SettingsDialog", "&Language:"},
            {"ProfileStore", "Give the profile a name."},
        };
        for (const auto &[context, source] : samples) {
            const QString expected = ts.translation(QString::fromUtf8(context), QString::fromUtf8(source));
            QVERIFY2(!expected.isEmpty(), source);
            const QString actual = QCoreApplication::translate(context, source);
            QCOMPARE(actual, expected);
            QVERIFY2(actual != QString::fromUtf8(source), source);
        }
        // Shortcut strings stay portable: QKeySequence parses them as written.
        QCOMPARE(QCoreApplication::translate(MainWindowContext, "Ctrl+,"), QStringLiteral("Ctrl+,"));
        QCOMPARE(QCoreApplication::translate(MainWindowContext, "Ctrl+Shift+P"), QStringLiteral("Ctrl+Shift+P"));
        // Plural forms: one and many differ, and %n is filled in.
        const char *picker = "sb::dashboard::EventTypePicker";
        const QString one = QCoreApplication::translate(picker, "%n event type(s) checked.", nullptr, 1);
        const QString three = QCoreApplication::translate(picker, "%n event type(s) checked.", nullptr, 3);
        QVERIFY2(one.startsWith(u"1 ") && !one.contains(u"(s)"), qPrintable(one));
        QString oneWithThree = one;
        oneWithThree.replace(0, 1, u'3');
        QVERIFY2(three.startsWith(u"3 ") && three != oneWithThree, qPrintable(three));
        QCoreApplication::removeTranslator(&translator);
    }

    // English reads the sources, but "%n delivery(s)" is no way to speak to an operator: the
    // English catalogue gives each plural message its two forms, whatever the system locale.
    void englishPluralsReadAsEnglish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("system (C in tests)") << QString();
    }

    void englishPluralsReadAsEnglish()
    {
        QFETCH(QString, language);
        QVERIFY(ConsoleTranslations::install(qApp, language).startsWith(u"en"));
        const char *flow = "sb::dashboard::CallRetryFlow";
        QCOMPARE(QCoreApplication::translate(flow, "Send %n failed delivery(s) of call %1 again?", nullptr, 1),
                 QStringLiteral("Send 1 failed delivery of call %1 again?"));
        QCOMPARE(QCoreApplication::translate(flow, "Send %n failed delivery(s) of call %1 again?", nullptr, 3),
                 QStringLiteral("Send 3 failed deliveries of call %1 again?"));
        const char *picker = "sb::dashboard::EventTypePicker";
        QCOMPARE(QCoreApplication::translate(picker, "%n event type(s) checked.", nullptr, 1), QStringLiteral("1 event type checked."));
        QCOMPARE(QCoreApplication::translate(picker, "%n event type(s) checked.", nullptr, 2), QStringLiteral("2 event types checked."));
        const char *view = "sb::dashboard::CallView";
        QCOMPARE(QCoreApplication::translate(view, "%1 delivered, %n dead letter(s), %2 not delivered yet.", nullptr, 1),
                 QStringLiteral("%1 delivered, 1 dead letter, %2 not delivered yet.")); // read "1 dead letters" before
        const char *story = "sb::dashboard::CallStoryModel";
        QCOMPARE(QCoreApplication::translate(story, "    %n later event(s) of the call to %1 wait for it: %1 delivers each call in order",
                                             nullptr, 1),
                 QStringLiteral("    1 later event of the call to %1 waits for it: %1 delivers each call in order"));
        // Everything that is not a plural stays as written.
        QCOMPARE(QCoreApplication::translate(MainWindowContext, "&Overview"), QStringLiteral("&Overview"));
    }

    // In English too the menu bar and the tabs share Alt+letter: "&Engine" and "&Endpoints"
    // once both took Alt+E, and the tab could not be reached by keyboard.
    void mainWindowInEnglishHasOneMnemonicPerLetter()
    {
        MainWindow window;
        QStringList titles{window.areas()->tabText(0), window.areas()->tabText(1), window.areas()->tabText(2)};
        for (QAction *a : window.menuBar()->actions()) {
            if (a->menu())
                titles.append(a->text());
        }
        QSet<QChar> letters;
        for (const QString &title : std::as_const(titles)) {
            const qsizetype amp = title.indexOf(u'&');
            QVERIFY2(amp >= 0 && amp + 1 < title.size(), qPrintable(title));
            const QChar letter = title.at(amp + 1).toLower();
            QVERIFY2(!letters.contains(letter), qPrintable(title));
            letters.insert(letter);
        }
    }

    void mainWindowInLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    // After install(), a window without an engine shows its tabs and menus translated.
    void mainWindowInLanguage()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        const QString installed = ConsoleTranslations::install(qApp, language);
        QVERIFY2(installed.startsWith(language), qPrintable(installed));

        MainWindow window;
        const QString context = QString::fromUtf8(MainWindowContext);
        const QStringList tabSources = {QStringLiteral("&Overview"), QStringLiteral("&Deliveries"), QStringLiteral("Endpoint&s")};
        QCOMPARE(window.areas()->count(), tabSources.size());
        for (int i = 0; i < tabSources.size(); ++i) {
            const QString expected = ts.translation(context, tabSources[i]);
            QVERIFY2(!expected.isEmpty(), qPrintable(tabSources[i]));
            QCOMPARE(window.areas()->tabText(i), expected);
        }
        // "Endpoint(s)" is the usual term in German and French tools too, so the third tab may
        // keep its English title; Overview and Deliveries never do.
        QVERIFY(window.areas()->tabText(0) != tabSources[0]);
        QVERIFY(window.areas()->tabText(1) != tabSources[1]);

        QStringList menuTitles;
        for (QAction *a : window.menuBar()->actions()) {
            if (a->menu())
                menuTitles.append(a->text());
        }
        const QStringList menuSources = {QStringLiteral("&File"), QStringLiteral("&Log"), QStringLiteral("&View"), QStringLiteral("&Engine"), QStringLiteral("&Help")};
        QCOMPARE(menuTitles.size(), menuSources.size());
        for (int i = 0; i < menuSources.size(); ++i) {
            const QString expected = ts.translation(context, menuSources[i]);
            QVERIFY2(!expected.isEmpty(), qPrintable(menuSources[i]));
            QCOMPARE(menuTitles[i], expected);
            QVERIFY(menuTitles[i] != menuSources[i]);
        }
        // The menu bar and the tabs share Alt+letter: no two of them may use the same one.
        QSet<QChar> letters;
        for (const QString &title : menuTitles + QStringList{window.areas()->tabText(0), window.areas()->tabText(1), window.areas()->tabText(2)}) {
            const qsizetype amp = title.indexOf(u'&');
            QVERIFY2(amp >= 0 && amp + 1 < title.size(), qPrintable(title));
            const QChar letter = title.at(amp + 1).toLower();
            QVERIFY2(!letters.contains(letter), qPrintable(title));
            letters.insert(letter);
        }
        QCOMPARE(window.windowTitle(), QStringLiteral("Switchboard"));
        // The filter help keeps the filter language itself untranslated.
        const QString help = MainWindow::filterHelpText();
        QString expectedHelp;
        for (const Message &m : ts.messages) {
            if (m.context == context && m.source.startsWith(u"<h3>Filtering the delivery log</h3>"))
                expectedHelp = m.translations.value(0);
        }
        QVERIFY(!expectedHelp.isEmpty());
        QCOMPARE(help, expectedHelp);
        QVERIFY(help.contains(u"<code>status:failed</code>"));
        QVERIFY(help.contains(u"<code>code:&gt;=500</code>"));
        QVERIFY(!help.startsWith(u"<h3>Filtering the delivery log</h3>"));
    }

    // Texts made outside widgets (alerts, filter errors) reach the user translated too, plural
    // forms included: the real AlertRules and DeliveryFilter, in German.
    void alertAndFilterTextsTranslated()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/switchboard_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        sb::dashboard::AlertRules rules;
        const auto lost = rules.updateStream(true);
        QCOMPARE(lost.raised.size(), 1);
        QVERIFY2(lost.raised.first().title != u"Engine connection lost", qPrintable(lost.raised.first().title));
        sb::dashboard::OverviewData first, grown;
        first.deadLettersTotal = 1;
        grown.deadLettersTotal = 4;
        rules.update(first, true);
        const auto more = rules.update(grown, true);
        QCOMPARE(more.raised.size(), 1);
        QVERIFY2(more.raised.first().text.startsWith(u"3 weitere Zustellungen"), qPrintable(more.raised.first().text));
        const auto bad = sb::dashboard::DeliveryFilter::parse(QStringLiteral("status:dead \"open"));
        QVERIFY(!bad.ok);
        QVERIFY2(!bad.error.contains(u"missing closing quote"), qPrintable(bad.error));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
