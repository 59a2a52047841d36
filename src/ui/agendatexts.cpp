#include "ui/agendatexts.h"

#include "domain/labels.h"
#include "domain/officecountry.h"
#include "domain/promiseevaluation.h"
#include "domain/shortdate.h"

#include <QLocale>

namespace libreta::ui {

using domain::AgendaGroup;

QString AgendaTexts::due(const store::AgendaItem &item, bool withDate) const
{
    const QLocale locale;
    const domain::FollowUp &f = item.followUp;
    const QString time = f.dueTime ? locale.toString(*f.dueTime, QLocale::ShortFormat) : tr("Any time");
    if (!withDate)
        return time;
    const QString day = locale.toString(f.dueDate, QStringLiteral("ddd ")) + domain::shortDate(f.dueDate, locale);
    return f.dueTime ? tr("%1, %2").arg(day, time) : day;
}

QString AgendaTexts::amount(const store::AgendaItem &item) const
{
    if (item.promise) {
        const store::AgendaPromise &p = *item.promise;
        return m_money.format(domain::isPartlyPaid(p.paid, p.amount) ? p.amount - p.paid : p.amount);
    }
    return item.outstanding.isPositive() ? m_money.format(item.outstanding) : QString();
}

QString AgendaTexts::amountToolTip(const store::AgendaItem &item) const
{
    if (item.promise && domain::isPartlyPaid(item.promise->paid, item.promise->amount))
        return tr("Promised: %1, of which %2 is paid and %3 left. The debtor owes %4 in all.")
            .arg(m_money.format(item.promise->amount), m_money.format(item.promise->paid),
                 m_money.format(item.promise->amount - item.promise->paid), m_money.format(item.outstanding));
    if (item.promise)
        return tr("Promised: %1. The debtor owes %2 in all.")
            .arg(m_money.format(item.promise->amount), m_money.format(item.outstanding));
    return tr("What the debtor owes now");
}

QString AgendaTexts::method(const store::AgendaItem &item) const
{
    return item.promise ? domain::label(item.promise->method) : QString();
}

QString AgendaTexts::details(const store::AgendaItem &item) const
{
    const QLocale locale;
    const domain::FollowUp &f = item.followUp;
    // The words of whoever asked for it, else what the call said comes next.
    const QString words = !f.description.isEmpty() ? f.description : item.nextStep;
    QString text;
    if (item.promise) {
        const store::AgendaPromise &p = *item.promise;
        const QString amount = m_money.format(p.amount);
        // What to remind of or look for: what is left of it, once part is paid.
        const QString asked = domain::isPartlyPaid(p.paid, p.amount)
                                  ? tr("%1 left of %2").arg(m_money.format(p.amount - p.paid), amount)
                                  : amount;
        const QString method = domain::paymentMethodPhrase(p.method);
        const QString due = domain::shortDate(p.dueDate, locale);
        switch (item.group()) {
        case AgendaGroup::PromiseDue:
            text = tr("Remind: %1 %2, due %3 (promised on %4)")
                       .arg(asked, method, due, domain::shortDate(p.madeOn, locale));
            break;
        case AgendaGroup::PromiseCheck: text = tr("Check the payment: %1 %2, due %3").arg(asked, method, due); break;
        default:
            text = p.paid.isPositive() ? tr("Paid %1 of %2, due %3").arg(m_money.format(p.paid), amount, due)
                                       : tr("Not paid: %1 %2, due %3").arg(amount, method, due);
            break;
        }
    } else if (words.isEmpty()) {
        text = item.group() == AgendaGroup::Callback ? tr("Call back") : domain::label(f.kind);
    } else if (item.group() == AgendaGroup::Callback || item.group() == AgendaGroup::NoteFollowUp) {
        return withPutOffs(item, words);  // the kind is the group's heading already
    } else {
        text = domain::label(f.kind);
    }
    text = words.isEmpty() || text.isEmpty() ? text : tr("%1 — %2").arg(text, words);
    return withPutOffs(item, text);
}

QString AgendaTexts::withPutOffs(const store::AgendaItem &item, const QString &text) const
{
    // Said first, where the agent reads the item and on the printed day
    // sheet (long words are cut at the column's end): the Panel counts each
    // of these for whoever had it.
    if (item.putOff <= 0)
        return text;
    return tr("Put off %n time(s): %1", nullptr, item.putOff).arg(text);
}

QString AgendaTexts::summary(const store::AgendaItem &item) const
{
    return tr("<b>%1</b> (%2)<br>%3, %4: %5")
        .arg(item.debtorName.toHtmlEscaped(), item.debtorRef.toHtmlEscaped(),
             domain::agendaGroupLabel(item.group()).toHtmlEscaped(), due(item, true).toHtmlEscaped(),
             details(item).toHtmlEscaped());
}

QString AgendaTexts::assignedTo(const store::AgendaItem &item) const
{
    return item.assignedName.isEmpty() ? tr("Whoever takes it") : item.assignedName;
}

QString AgendaTexts::recordedBy(const store::AgendaItem &item) const
{
    return item.recordedBy;
}

} // namespace libreta::ui
