#pragma once

#include "store/agendaitem.h"
#include "ui/moneyformatter.h"

#include <QCoreApplication>

namespace libreta::ui {

// How an agenda item reads, the same on screen and on the printed day
// sheet: when it is due, the amount at stake, and what was promised or
// asked.
class AgendaTexts final {
    Q_DECLARE_TR_FUNCTIONS(AgendaTexts)

public:
    explicit AgendaTexts(const MoneyFormatter &money) : m_money(money) {}

    // "10:30", "Any time"; with the date too when `withDate` (lists of
    // several days): "Tue 21/05 10:30".
    QString due(const store::AgendaItem &item, bool withDate) const;
    // The promise's amount for items about one, else the debtor's balance.
    QString amount(const store::AgendaItem &item) const;
    QString amountToolTip(const store::AgendaItem &item) const;
    QString method(const store::AgendaItem &item) const;
    // What was promised or asked: "Promised 500.00 by transfer for 21/05
    // (made 14/05)"; a task's own words; the next step the call agreed;
    // led by how often it was put off, when it was.
    QString details(const store::AgendaItem &item) const;
    // One line for a form's heading (rich text, escaped): the debtor, the
    // group, when and what.
    QString summary(const store::AgendaItem &item) const;
    // Who has it now, and who recorded it.
    QString assignedTo(const store::AgendaItem &item) const;
    QString recordedBy(const store::AgendaItem &item) const;

private:
    QString withPutOffs(const store::AgendaItem &item, const QString &text) const;
    const MoneyFormatter &m_money;
};

} // namespace libreta::ui
