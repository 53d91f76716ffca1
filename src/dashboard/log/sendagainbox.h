// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace sb::dashboard {

// "Send these again?" as every retry asked for by a key asks it (bulk retry, a call's
// failures): a question box whose Enter sends and Escape backs out. `send` runs, in
// `context`, when the operator chose Send again; the box deletes itself.
void askToSendAgain(QWidget *parent, const QString &title, const QString &question, const QString &details,
                    QObject *context, std::function<void()> send);

} // namespace sb::dashboard
