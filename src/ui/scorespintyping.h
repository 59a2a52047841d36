#pragma once

class QSpinBox;

namespace libreta::ui {

// A score box that shows "—" for no score takes the digit typed into it
// wherever the cursor is. Clicked into, the cursor sat after the "—" and
// the first digit made "—4", which the box refused: the score was lost.
void typeOverNoScore(QSpinBox *spin);

} // namespace libreta::ui
