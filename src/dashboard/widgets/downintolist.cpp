// SPDX-License-Identifier: GPL-3.0-or-later
#include "downintolist.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace sb::dashboard {

DownIntoList::DownIntoList(QLineEdit *field, std::function<void()> handOff)
    : QObject(field)
    , m_handOff(std::move(handOff))
{
    // An event filter, not a shortcut: a completer attached to the field filters its keys too,
    // and a Down shortcut on the field never fired beside one. Filters installed last run first.
    field->installEventFilter(this);
}

bool DownIntoList::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier && !QApplication::activePopupWidget()) {
            m_handOff();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sb::dashboard
