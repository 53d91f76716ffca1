// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace sb::dashboard {

// The console's languages: English (the source), German, Spanish and French, compiled into
// the program. install() loads the console's translation and Qt's own (standard buttons and
// dialogs) for the chosen language, or for the system's when none is chosen.
class ConsoleTranslations
{
public:
    struct Language
    {
        QString code;   // "de"; "" for the system's language
        QString name;   // in that language, as a chooser shows it
    };
    static QList<Language> available();

    // Returns the language in effect ("en" when nothing was loaded).
    static QString install(QCoreApplication *app, const QString &language);
};

} // namespace sb::dashboard
