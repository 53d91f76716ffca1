// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendagainbox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace sb::dashboard {

void askToSendAgain(QWidget *parent, const QString &title, const QString &question, const QString &details,
                    QObject *context, std::function<void()> send)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setInformativeText(details);
    box->button(QMessageBox::Yes)->setText(QCoreApplication::translate("sb::dashboard::SendAgainBox", "&Send again"));
    // The operator asked for this with a key: Enter confirms it, Escape backs out.
    box->setDefaultButton(QMessageBox::Yes);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, context, [box, send = std::move(send)] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            send();
    });
    box->open();
}

} // namespace sb::dashboard
