#pragma once

#include "domain/shortdate.h"

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
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
// The separator typed ("/" between day and month) moves to the next part,
// as in a spreadsheet: only Tab is taken away from Qt's walk through the
// parts, so "12/09/2026" lands whole.
//
// The year is shown and typed with four digits, the day and month with two
// (domain::wholeShortFormat). The locale's short format has a two-digit
// year ("dd/MM/yy" in Mexico, "d/M/yy" in Spain), where "2026" typed whole
// became 2020: its first two digits filled the year and the rest fell off.
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
    explicit TabLeavesField(QWidget *parent = nullptr) : Field(parent)
    {
        Field::setDisplayFormat(domain::wholeShortFormat(Field::displayFormat()));
        Field::lineEdit()->installEventFilter(this);
    }

    // The part Tab lands on, where Qt's lands on the first: a next attempt
    // is most often today, and what is typed is the hour ("call at 6:30").
    void setEntrySection(QDateTimeEdit::Section section) { m_entrySection = section; }

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        Field::focusInEvent(event);
        if (m_entrySection != QDateTimeEdit::NoSection && event->reason() == Qt::TabFocusReason) {
            Field::setSelectedSection(m_entrySection);
            m_lastDigitIn = QDateTimeEdit::NoSection;
        }
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
            if (tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
                const bool back = key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier);
                QWidget::focusNextPrevChild(!back);
                return true;
            }
            if (Field::currentSection() == QDateTimeEdit::AmPmSection && typeAmPm(key->text()))
                return true;
            if (isSeparator(key->text()))
                return typeSeparator();
            if (!key->text().isEmpty() && key->text().at(0).isDigit()) {
                startOverIfAllSelected();
                if (typeAfternoonHour(key->text().at(0)))
                    return true;
                m_lastDigitIn = Field::currentSection();
                m_lastDigit = key->text().at(0);
            }
        }
        return Field::event(event);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // On release the click has put the cursor, and with it the current
        // part; a drag that selected text is left as it is.
        if (watched == Field::lineEdit() && event->type() == QEvent::MouseButtonRelease &&
            !Field::lineEdit()->hasSelectedText() && Field::currentSection() != QDateTimeEdit::NoSection)
            Field::setSelectedSection(Field::currentSection());
        return Field::eventFilter(watched, event);
    }

private:
    // A printed mark: Enter's "\r" is a space to QChar, and taken as a
    // separator it never reached the form, whose Save it presses.
    static bool isSeparator(const QString &text)
    {
        if (text.size() != 1 || !text.at(0).isPrint())
            return false;
        const QChar c = text.at(0);
        return c.isPunct() || c.isSpace() || c.isSymbol();
    }

    // A part typed whole has already moved on: the separator after it is
    // the one the desk writes by habit, and is taken as read. After a part
    // typed short ("1" of the 1st) it moves on, keeping what was typed.
    bool typeSeparator()
    {
        const auto here = Field::currentSection();
        const bool movedOnAlready = m_lastDigitIn != QDateTimeEdit::NoSection && m_lastDigitIn != here;
        m_lastDigitIn = QDateTimeEdit::NoSection;
        if (!movedOnAlready && Field::currentSectionIndex() + 1 < Field::sectionCount())
            Field::focusNextPrevChild(true);  // Qt's walk to the next part, not out of the field
        return true;
    }

    // Ctrl+A (or a drag over the whole field) and then the date typed whole:
    // Qt took the first digit as the whole text, refused it, and kept the
    // old date without a word. Typing starts again at the first part.
    void startOverIfAllSelected()
    {
        QLineEdit *edit = Field::lineEdit();
        if (!edit->hasSelectedText() || edit->selectedText() != edit->text())
            return;
        Field::setCurrentSectionIndex(0);
        Field::setSelectedSection(Field::sectionAt(0));
    }

    // "a" or "p" in the a.m./p.m. part says which half of the day, as it
    // reads on the field ("p. m." in Spanish): Qt's matched only its own
    // upper-case text and left the part half typed, so 4 p.m. was kept as
    // 4 a.m.
    bool typeAmPm(const QString &text)
    {
        if (text.size() != 1)
            return false;
        const QChar c = text.at(0).toLower();
        if (c != u'a' && c != u'p')
            return false;
        const QTime t = Field::time();
        const bool pm = t.hour() >= 12;
        if (pm != (c == u'p'))
            Field::setTime(t.addSecs(pm ? -12 * 3600 : 12 * 3600));
        Field::setSelectedSection(QDateTimeEdit::AmPmSection);
        return true;
    }

    // "16:30" typed in a field that writes "4:30 p. m.": Qt took the 1,
    // refused the 6 (no 16 on a twelve-hour clock) and every digit after
    // it, and the call-back was saved at the hour the field had before.
    // A 1 and then 3 to 9 in the hour is that hour of the afternoon.
    bool typeAfternoonHour(QChar digit)
    {
        const bool twelveHour = Field::displayFormat().contains(QLatin1String("AP"), Qt::CaseInsensitive);
        if (!twelveHour || Field::currentSection() != QDateTimeEdit::HourSection ||
            m_lastDigitIn != QDateTimeEdit::HourSection || m_lastDigit != u'1' || digit < u'3' || digit > u'9')
            return false;
        Field::setTime(QTime(10 + digit.digitValue(), Field::time().minute()));
        Field::setSelectedSection(QDateTimeEdit::MinuteSection);
        m_lastDigit = QChar();
        return true;
    }

    QDateTimeEdit::Section m_lastDigitIn = QDateTimeEdit::NoSection;
    QChar m_lastDigit;  // the last digit typed, in m_lastDigitIn
    QDateTimeEdit::Section m_entrySection = QDateTimeEdit::NoSection;
};

using DateField = TabLeavesField<QDateEdit>;
using TimeField = TabLeavesField<QTimeEdit>;
using DateTimeField = TabLeavesField<QDateTimeEdit>;

} // namespace libreta::ui
