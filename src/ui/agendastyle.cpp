#include "ui/agendastyle.h"

namespace libreta::ui {

QColor agendaGroupColour(domain::AgendaGroup group)
{
    using domain::AgendaGroup;
    switch (group) {
    case AgendaGroup::Callback: return QColor(0x1f, 0x5f, 0xa8);       // blue: an appointment
    case AgendaGroup::PromiseDue: return QColor(0x1b, 0x6e, 0x2e);     // green: money expected
    case AgendaGroup::BrokenPromise: return QColor(0xb0, 0x1c, 0x1c);  // red: back to the top
    case AgendaGroup::PromiseCheck: return QColor(0xa8, 0x5a, 0x00);   // amber: verify
    case AgendaGroup::SendInvoiceCopy: return QColor(0x6a, 0x3d, 0x9a);
    case AgendaGroup::SendStatement: return QColor(0x00, 0x6d, 0x77);
    case AgendaGroup::NoteFollowUp: return QColor(0x55, 0x55, 0x55);
    }
    return QColor(0x55, 0x55, 0x55);
}

QColor agendaGroupTint(domain::AgendaGroup group)
{
    QColor c = agendaGroupColour(group);
    // 12% of the colour over white.
    return QColor(255 - (255 - c.red()) * 12 / 100, 255 - (255 - c.green()) * 12 / 100,
                  255 - (255 - c.blue()) * 12 / 100);
}

} // namespace libreta::ui
