#include "domain/paymentoption.h"

#include "domain/shortdate.h"
#include "domain/weekday.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace libreta::domain {
namespace {

// A new date is about an amount already agreed: no discount there.
bool isDiscounted(const PaymentOption &o) { return o.kind != OptionKind::NewDate && o.discountPercent != 0; }

QString firstDateLabel(OptionKind kind)
{
    switch (kind) {
    case OptionKind::FullPayment:
        return QCoreApplication::translate("PaymentOption", "Payment date");
    case OptionKind::PartNowRestLater:
        return QCoreApplication::translate("PaymentOption", "Part now");
    case OptionKind::Instalments:
        return QCoreApplication::translate("PaymentOption", "First instalment");
    case OptionKind::NewDate:
        break;
    }
    return QCoreApplication::translate("PaymentOption", "New date");
}

QString dateError(const QDate &date, const QDate &today, const QString &what)
{
    if (!date.isValid())
        return QCoreApplication::translate("PaymentOption", "%1: choose a date.").arg(what);
    if (date < today)
        return QCoreApplication::translate("PaymentOption", "%1: the date is in the past.").arg(what);
    return {};
}

// What is wrong with an option, and in which of its fields.
struct Problem {
    QString text;
    OptionField field = OptionField::Kind;
};

Problem partNowError(const PaymentOption &o, Money total, const QDate &today)
{
    if (!o.partNow.isPositive())
        return {QCoreApplication::translate("PaymentOption", "Part now: the amount must be greater than zero."),
                OptionField::PartNow};
    if (o.partNow >= total)
        return {QCoreApplication::translate("PaymentOption", "Part now: the amount must be less than the total; "
                                                             "for the whole amount choose \"Pay in full\"."),
                OptionField::PartNow};
    if (QString e = dateError(o.date, today, firstDateLabel(OptionKind::PartNowRestLater)); !e.isEmpty())
        return {e, OptionField::Date};
    if (QString e = dateError(o.restDate, today, QCoreApplication::translate("PaymentOption", "The rest")); !e.isEmpty())
        return {e, OptionField::RestDate};
    if (o.restDate <= o.date)
        return {QCoreApplication::translate("PaymentOption", "The rest: its date must come after the first payment."),
                OptionField::RestDate};
    return {};
}

Problem instalmentsError(const PaymentOption &o, Money total, const QDate &today)
{
    if (o.instalments < 2 || o.instalments > kMaxInstalments)
        return {QCoreApplication::translate("PaymentOption", "A plan has from 2 to %1 instalments.").arg(kMaxInstalments),
                OptionField::Count};
    if (total.minor() < o.instalments)
        return {QCoreApplication::translate("PaymentOption", "The amount is too small for that many instalments."),
                OptionField::Count};
    return {dateError(o.firstDate, today, firstDateLabel(OptionKind::Instalments)), OptionField::FirstDate};
}

Problem newDateError(const PaymentOption &o, const QDate &today)
{
    if (!o.amount.isPositive())
        return {QCoreApplication::translate("PaymentOption", "New date: the amount must be greater than zero."),
                OptionField::Amount};
    if (o.amount > o.balance)
        return {QCoreApplication::translate("PaymentOption", "New date: the amount is more than what is owed."),
                OptionField::Amount};
    return {dateError(o.date, today, firstDateLabel(OptionKind::NewDate)), OptionField::Date};
}

// The office's limits on how far the dates go, checked on the worked-out
// dates (a plan's last one comes from its count and frequency).
Problem termsError(const OptionPlan &plan, OptionKind kind, const TermLimits &limits, const QDate &today)
{
    if (plan.instalments.isEmpty())
        return {};
    const QDate first = plan.instalments.first().dueDate;
    const QDate firstLimit = today.addDays(limits.promiseDays);
    if (limits.promiseDays > 0 && first > firstLimit)
        return {QCoreApplication::translate("PaymentOption",
                                            "%1: the office allows dates up to %2 days from today (until %3); "
                                            "only a supervisor can agree a later one.")
                    .arg(firstDateLabel(kind))
                    .arg(limits.promiseDays)
                    .arg(domain::shortDate(firstLimit)),
                kind == OptionKind::Instalments ? OptionField::FirstDate : OptionField::Date};
    // A plan's dates skip weekends (splitIntoInstalments): a limit on a
    // weekend reaches the Monday its last date would move to.
    const QDate lastLimit = onWeekday(today.addMonths(limits.planMonths));
    if (plan.isPlan() && limits.planMonths > 0 && plan.instalments.last().dueDate > lastLimit)
        return {QCoreApplication::translate("PaymentOption",
                                            "%1: the office allows plans up to %2 months from today (until %3); "
                                            "only a supervisor can agree a longer one.")
                    .arg(kind == OptionKind::PartNowRestLater ? QCoreApplication::translate("PaymentOption", "The rest")
                                                              : QCoreApplication::translate("PaymentOption", "Last instalment"))
                    .arg(limits.planMonths)
                    .arg(domain::shortDate(lastLimit)),
                kind == OptionKind::PartNowRestLater ? OptionField::RestDate : OptionField::Count};
    return {};
}

void setProblem(OptionPlan &plan, const Problem &problem)
{
    plan.error = problem.text;
    plan.errorField = problem.field;
}

} // namespace

Money agreedTotal(const PaymentOption &o)
{
    return o.balance - (isDiscounted(o) ? discountOf(o.balance, o.discountPercent) : Money());
}

int instalmentsToCover(Money total, Money each)
{
    if (!each.isPositive() || !total.isPositive())
        return 0;
    // Split equally (splitIntoInstalments), the largest instalment is the
    // total over the count rounded up: at most `each` once the count is
    // the total over `each` rounded up.
    const qint64 count = (total.minor() + each.minor() - 1) / each.minor();
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

Money discountOf(Money balance, int percent)
{
    // Half a cent (half a peso where the currency has no cents) rounds up:
    // the debtor gets the benefit of the doubt.
    const qint64 scaled = balance.minor() * percent;
    const qint64 divisor = 100 * Money::unit();
    const qint64 half = divisor / 2;
    return Money::fromMinor((scaled + (scaled >= 0 ? half : -half)) / divisor * Money::unit());
}

PlanFrequency nearestFrequency(const QDate &first, const QDate &second)
{
    const qint64 gap = std::llabs(first.daysTo(second));
    if (gap <= 10)
        return PlanFrequency::Weekly;
    if (gap <= 14)
        return PlanFrequency::Biweekly;
    // Fifteen days or a little more is the rest at the next "quincena".
    if (gap <= 21)
        return PlanFrequency::Semimonthly;
    return PlanFrequency::Monthly;
}

OptionPlan buildOption(const PaymentOption &o, int discountLimitPercent, const QDate &today, const TermLimits &limits)
{
    OptionPlan plan;
    if (!o.balance.isPositive()) {
        plan.error = QCoreApplication::translate("PaymentOption", "Nothing is owed, so there is nothing to agree.");
        return plan;
    }
    const bool discounted = isDiscounted(o);
    if (discounted && (o.discountPercent < 0 || o.discountPercent >= 100)) {
        setProblem(plan, {QCoreApplication::translate("PaymentOption", "The discount must be between 1 and 99 percent."),
                          OptionField::Discount});
        return plan;
    }
    plan.discountPercent = discounted ? o.discountPercent : 0;
    plan.agreedTotal = agreedTotal(o);
    plan.discount = o.balance - plan.agreedTotal;
    plan.needsApproval = discounted && o.discountPercent > discountLimitPercent;

    if (o.paidNow) {
        if (o.kind != OptionKind::FullPayment && o.kind != OptionKind::PartNowRestLater) {
            plan.error = QCoreApplication::translate("PaymentOption",
                                                     "Only the whole amount or the part now can be paid during the call.");
            return plan;
        }
        if (o.date != today) {
            setProblem(plan, {QCoreApplication::translate("PaymentOption", "A payment taken during the call is dated today."),
                              OptionField::Date});
            return plan;
        }
        plan.paidNow = true;
    }

    switch (o.kind) {
    case OptionKind::FullPayment:
        setProblem(plan, {dateError(o.date, today, firstDateLabel(OptionKind::FullPayment)), OptionField::Date});
        if (plan.ok())
            plan.instalments = {InstalmentTerms{plan.agreedTotal, o.date}};
        break;
    case OptionKind::PartNowRestLater:
        setProblem(plan, partNowError(o, plan.agreedTotal, today));
        if (plan.ok()) {
            plan.instalments = {InstalmentTerms{o.partNow, o.date},
                                InstalmentTerms{plan.agreedTotal - o.partNow, o.restDate}};
            plan.frequency = nearestFrequency(o.date, o.restDate);
            plan.partAndRest = true;
        }
        break;
    case OptionKind::Instalments:
        setProblem(plan, instalmentsError(o, plan.agreedTotal, today));
        if (plan.ok()) {
            plan.instalments = splitIntoInstalments(plan.agreedTotal, o.instalments, o.frequency, o.firstDate);
            plan.frequency = o.frequency;
        }
        break;
    case OptionKind::NewDate:
        setProblem(plan, newDateError(o, today));
        if (plan.ok()) {
            plan.agreedTotal = o.amount;
            plan.instalments = {InstalmentTerms{o.amount, o.date}};
        }
        break;
    }
    if (plan.ok())
        setProblem(plan, termsError(plan, o.kind, limits, today));
    if (!plan.ok())
        plan.instalments.clear();
    return plan;
}

} // namespace libreta::domain
