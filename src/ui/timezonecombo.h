#pragma once

#include <QString>

class QComboBox;

namespace libreta::ui {

// A time zone chosen by its name: the market's zones first, by place and
// country ("Madrid, España (UTC+1)"), then every other IANA id the system
// knows. What is typed finds the names and ids that contain it, accents and
// case aside ("mexico" → Ciudad de México). The id is what is kept.
void fillTimeZones(QComboBox *combo, const QString &current);

// The IANA id of the zone chosen or typed in a combo fillTimeZones filled:
// a name from the list gives its id; anything else is returned as typed
// (trimmed), for the office's check to accept as an id or refuse.
QString chosenTimeZone(const QComboBox *combo);

} // namespace libreta::ui
