#include "ui/debtorfiletexts.h"

#include "domain/callflow.h"
#include "domain/fullstop.h"
#include "domain/labels.h"
#include "domain/shortdate.h"

#include <QLocale>
#include <QTimeZone>

namespace libreta::ui {

QString DebtorFileTexts::date(const QDate &date)
{
    return domain::shortDate(date);
}

QString DebtorFileTexts::dateTime(const QDateTime &utc)
{
    return domain::shortDateTime(utc.toLocalTime());
}

QString DebtorFileTexts::promise(const domain::Promise &p, const MoneyFormatter &money)
{
    if (p.planId)
        return tr("instalment %1: %2 due %3").arg(p.sequence).arg(money.format(p.amount), date(p.dueDate));
    return tr("%1 due %2").arg(money.format(p.amount), date(p.dueDate));
}

QString DebtorFileTexts::openPromise(const domain::Promise &p, const MoneyFormatter &money)
{
    if (!p.paid.isPositive() || p.paid >= p.amount)
        return promise(p, money);
    const QString left = tr("%1 left of %2").arg(money.format(p.amount - p.paid), money.format(p.amount));
    if (p.planId)
        return tr("instalment %1: %2 due %3").arg(p.sequence).arg(left, date(p.dueDate));
    return tr("%1 due %2").arg(left, date(p.dueDate));
}

QString DebtorFileTexts::phones(const domain::Contact &contact, const QHash<QString, QDate> &wrongNumbers)
{
    QStringList out;
    for (const auto &p : contact.phones) {
        QString text = p.number;
        // As the call's number list says it, and right after the number, so
        // a narrow column still shows it: the next agent tries another.
        if (const auto on = wrongNumbers.constFind(p.number); on != wrongNumbers.constEnd())
            text += QStringLiteral(" — ") + tr("wrong number on %1").arg(date(*on));
        if (!p.label.isEmpty())
            text += QStringLiteral(" (%1)").arg(p.label);
        out << text;
    }
    return out.join(QStringLiteral(" · "));
}

QString DebtorFileTexts::emails(const domain::Contact &contact)
{
    QStringList out;
    for (const auto &e : contact.emails)
        out << (e.label.isEmpty() ? e.address : QStringLiteral("%1 (%2)").arg(e.address, e.label));
    return out.join(QStringLiteral(" · "));
}

QString DebtorFileTexts::repeatedExcuse(int occurrence)
{
    // Only ever called for a repeat (two or more), so no singular is needed.
    return tr("Said %1 times so far").arg(occurrence);
}

QString DebtorFileTexts::callResult(const domain::Call &call)
{
    if (domain::outcomeWithoutConversation(call.answeredBy) == call.outcome)
        return domain::label(call.outcome);
    // A call that ended on an argument waits on its task, not on a call.
    if (call.outcome == domain::CallOutcome::Callback && call.excuseCategory &&
        call.excuseKind == domain::ExcuseKind::Argument)
        return tr("Argument to check · %1").arg(domain::label(call.answeredBy));
    return tr("%1 · %2").arg(domain::label(call.outcome), domain::label(call.answeredBy));
}

QString DebtorFileTexts::timeForDebtor(const QDateTime &atUtc, const QString &timeZoneId)
{
    const QTimeZone zone(timeZoneId.toUtf8());
    if (!zone.isValid())
        return {};
    return domain::withOneFullStop(
        tr("That is %1 for the debtor.").arg(QLocale().toString(atUtc.toTimeZone(zone).time(), QLocale::ShortFormat)));
}

} // namespace libreta::ui
