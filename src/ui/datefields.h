#pragma once

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLineEdit>
#include <QTimeEdit>

namespace libreta::ui {

// Date and time fields as a desk types into them. The forms in ui/*.ui use
// these in place of Qt's (a custom widget in each form).
//
// Tab leaves the field, as it leaves every other field of a form. Qt's own
// walk Tab through the day, the month and the year first: an agent who
// tabbed past a date to type an amount typed it into the year. The parts
// of a date are still reached with ← and →, and a part typed whole moves
// on to the next, as before.
//
// A click selects the part clicked. Qt's put the cursor after its digits,
// where typing adds nothing (the part is full) and the field seems dead.
//
// None of the forms bounds these fields (no minimum or maximum date): a
// bounded field refuses a part that would be out of range on its way to a
// good date (the "01" of January while the year still reads December's),
// and what is typed next lands in the wrong part. Each form's service
// refuses a date out of range on saving, beside the field.
template <typename Field>
class TabLeavesField : public Field {
public:
    explicit TabLeavesField(QWidget *parent = nullptr) : Field(parent) { Field::lineEdit()->installEventFilter(this); }

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // On release the click has put the cursor, and with it the current
        // part; a drag that selected text is left as it is.
        if (watched == Field::lineEdit() && event->type() == QEvent::MouseButtonRelease &&
            !Field::lineEdit()->hasSelectedText() && Field::currentSection() != QDateTimeEdit::NoSection)
            Field::setSelectedSection(Field::currentSection());
        return Field::eventFilter(watched, event);
    }
};

using DateField = TabLeavesField<QDateEdit>;
using TimeField = TabLeavesField<QTimeEdit>;
using DateTimeField = TabLeavesField<QDateTimeEdit>;

} // namespace libreta::ui
