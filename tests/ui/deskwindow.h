#pragma once

// The start of the widget tests that work through the real main window: a
// test office's file opened at the desk of `login`, with the prompts
// scripted, and the window shown.

#include "debtorfiletesthelpers.h"
#include "support/tempdb.h"
#include "ui/mainwindow.h"

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

} // namespace libreta::test
