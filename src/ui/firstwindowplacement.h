#pragma once

class QWidget;

namespace libreta::ui {

// The main window's size and place on a desk's first start: 1280×800,
// centred, or maximized when the screen is smaller. A 1366×768 laptop,
// common on an office desk, would otherwise get a window whose bottom (the
// status bar, the portfolio's totals) is past the screen's edge.
void placeOnFirstStart(QWidget *window);

} // namespace libreta::ui
