#pragma once

#include "services/userservice.h"

class QCheckBox;
class QLineEdit;

namespace libreta::ui {

// The PIN, its repetition and "remove it" as the user form and Change my
// PIN both show them: the two lines are off while removing is ticked.
void disablePinWhileRemoving(QCheckBox *remove, QLineEdit *pin, QLineEdit *repeat);
// What they ask: remove (when the box is shown and ticked), set (when
// either line holds something), or keep.
services::PinChange pinChangeFrom(const QCheckBox *remove, const QLineEdit *pin, const QLineEdit *repeat);

} // namespace libreta::ui
