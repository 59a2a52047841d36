#include "ui/pinfields.h"

#include <QCheckBox>
#include <QLineEdit>

namespace libreta::ui {

void disablePinWhileRemoving(QCheckBox *remove, QLineEdit *pin, QLineEdit *repeat)
{
    QObject::connect(remove, &QCheckBox::toggled, pin, [pin, repeat](bool removing) {
        pin->setEnabled(!removing);
        repeat->setEnabled(!removing);
    });
}

services::PinChange pinChangeFrom(const QCheckBox *remove, const QLineEdit *pin, const QLineEdit *repeat)
{
    services::PinChange change;
    if (!remove->isHidden() && remove->isChecked()) {
        change.action = services::PinChange::Action::Remove;
    } else if (!pin->text().isEmpty() || !repeat->text().isEmpty()) {
        change.action = services::PinChange::Action::Set;
        change.pin = pin->text();
        change.repeated = repeat->text();
    }
    return change;
}

} // namespace libreta::ui
