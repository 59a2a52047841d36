#pragma once

class QStackedWidget;

namespace libreta::ui {

// A stacked widget is as tall as its tallest page, so a short page (a date
// and nothing else) sits above an empty band the height of the longest one
// (a plan's table): on a laptop that band pushes what follows out of sight.
// Fitted, the stack asks only for the page it shows, and again whenever the
// page changes.
void fitStackToCurrentPage(QStackedWidget *stack);

} // namespace libreta::ui
