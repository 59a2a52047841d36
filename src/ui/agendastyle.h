#pragma once

#include "domain/agendagroup.h"

#include <QColor>

namespace libreta::ui {

// The colour of each agenda group, the same in the list, the month view and
// the printed day sheet. Fixed dark tones that read on the light
// backgrounds of every desktop theme the offices use; `tint` is the same hue
// faded for a group's header row.
QColor agendaGroupColour(domain::AgendaGroup group);
QColor agendaGroupTint(domain::AgendaGroup group);

} // namespace libreta::ui
