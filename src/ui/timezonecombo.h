#pragma once

#include <QString>

class QComboBox;

namespace libreta::ui {

// A time zone chosen from the system's IANA ids, or typed: what is typed
// finds the ids containing it ("madrid" → Europe/Madrid).
void fillTimeZones(QComboBox *combo, const QString &current);

} // namespace libreta::ui
