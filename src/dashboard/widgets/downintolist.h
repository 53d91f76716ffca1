// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QLineEdit;

namespace sb::dashboard {

// Down in a search or filter field hands the keyboard to the list it filters (Enter, Down,
// then act on the row), as browsers' and mail clients' search fields do. While a completer's
// list is open over the field, Down moves in that list instead.
class DownIntoList : public QObject
{
public:
    // `handOff` selects a row if none is and gives the list the focus. Owned by `field`.
    DownIntoList(QLineEdit *field, std::function<void()> handOff);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_handOff;
};

} // namespace sb::dashboard
