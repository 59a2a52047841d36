#pragma once

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QTimeEdit>

namespace libreta::ui {

// Date and time fields that Tab leaves, as it leaves every other field of
// a form. Qt's own walk Tab through the day, the month and the year first:
// an agent who tabbed past a date to type an amount typed it into the
// year. The parts of a date are still reached with ← and →, and a part
// typed whole moves on to the next, as before. The forms in ui/*.ui use
// these in place of Qt's (a custom widget in each form).
template <typename Field>
class TabLeavesField : public Field {
public:
    using Field::Field;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

using DateField = TabLeavesField<QDateEdit>;
using TimeField = TabLeavesField<QTimeEdit>;
using DateTimeField = TabLeavesField<QDateTimeEdit>;

} // namespace libreta::ui
