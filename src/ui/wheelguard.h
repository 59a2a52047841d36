#pragma once

class QWidget;

namespace libreta::ui {

// The inputs inside a scrolling form (a combo, a spin box, a date) take the
// mouse wheel only once clicked or tabbed into: a wheel turned to scroll
// the form past them scrolls it, instead of silently changing the option,
// the frequency or the amount the pointer happened to cross.
void guardWheel(QWidget *root);

} // namespace libreta::ui
