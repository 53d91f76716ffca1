// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoletranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sb::dashboard {

QList<ConsoleTranslations::Language> ConsoleTranslations::available()
{
    return {{QString(), QCoreApplication::translate("ConsoleTranslations", "System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString ConsoleTranslations::install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *console = new QTranslator(app);
    // ":/i18n/switchboard_de.qm" for a German locale (de_AT too). Any other language reads the
    // sources' English, with the English catalogue's plural forms ("1 delivery" rather than
    // "1 delivery(s)").
    if (!console->load(locale, QStringLiteral("switchboard"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !console->load(QStringLiteral("switchboard_en"), QStringLiteral(":/i18n"))) {
        delete console;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(console);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return console->language();
}

} // namespace sb::dashboard
