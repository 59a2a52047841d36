#pragma once

// The start of the widget tests that work through the real main window: a
// test office's file opened at the desk of `login`, with the prompts
// scripted, and the window shown.

#include "debtorfiletesthelpers.h"
#include "support/tempdb.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QDialog>

namespace libreta::test {

struct DeskWindow {
    DeskWindow(TempDb &office, const char *deskLogin) : login(deskLogin), window(std::move(office.database))
    {
        window.show();
    }

    PrompterScope prompts;
    DeskLogin login;
    ui::MainWindow window;
};

// File ▸ Who is working… answered with `login` (someone without a PIN).
inline void sitDown(ui::MainWindow &window, const char *login)
{
    QDialog *who = window.askWhoIsWorking();
    auto *combo = child<QComboBox>(who, "userCombo");
    combo->setCurrentIndex(combo->findData(QString::fromLatin1(login)));
    who->accept();
}

} // namespace libreta::test
