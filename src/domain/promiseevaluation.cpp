#include "domain/promiseevaluation.h"

#include "domain/weekday.h"

#include <algorithm>
#include <numeric>

namespace libreta::domain {

bool isPartlyPaid(Money paid, Money promised)
{
    return paid.isPositive() && paid < promised;
}

std::optional<Promise> lastBrokenPromise(const QList<Promise> &promises)
{
    std::optional<Promise> latest;
    for (const Promise &p : promises)
        if (p.status != PromiseStatus::Cancelled && p.status != PromiseStatus::Pending
            && (!latest || p.dueDate > latest->dueDate))
            latest = p;
    if (latest && (latest->status == PromiseStatus::Broken || latest->status == PromiseStatus::PartiallyKept))
        return latest;
    return std::nullopt;
}

int promisesKeptInPart(const QList<Promise> &promises)
{
    return int(std::count_if(promises.cbegin(), promises.cend(),
                             [](const Promise &p) { return p.status == PromiseStatus::PartiallyKept; }));
}

QDate graceEnd(const QDate &dueDate, int graceDays)
{
    // A negative grace would make a promise due before its date: treat as none.
    return dueDate.addDays(std::max(0, graceDays));
}

QDate lastFinalPromiseDate(const QDate &today, int graceDays)
{
    return today.addDays(-std::max(0, graceDays) - 1);
}

PromiseStatus replacedOutcome(const Promise &promise, const QDate &today)
{
    if (today <= promise.dueDate)
        return PromiseStatus::Cancelled;
    return promise.paid.isPositive() ? PromiseStatus::PartiallyKept : PromiseStatus::Broken;
}

bool countsToward(const PaymentEvent &payment, const InstalmentTerms &terms)
{
    if (!terms.madeOn.isValid() || payment.date >= terms.madeOn)
        return true;
    return terms.madeAt.isValid() && payment.recordedAt.isValid() && payment.recordedAt > terms.madeAt;
}

QList<InstalmentResult> evaluatePlan(const QList<InstalmentTerms> &instalments,
                                     QList<PaymentEvent> payments, int graceDays,
                                     const QDate &today)
{
    QList<InstalmentResult> results(instalments.size());

    // Work in due-date order but answer in the caller's order.
    QList<qsizetype> order(instalments.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return instalments.at(a).dueDate < instalments.at(b).dueDate;
    });
    std::stable_sort(payments.begin(), payments.end(),
                     [](const PaymentEvent &a, const PaymentEvent &b) { return a.date < b.date; });

    for (const PaymentEvent &payment : std::as_const(payments)) {
        Money left = payment.amount;
        for (qsizetype i : std::as_const(order)) {
            if (!left.isPositive())
                break;
            const InstalmentTerms &terms = instalments.at(i);
            InstalmentResult &result = results[i];
            if (result.paid >= terms.amount)
                continue;
            // Late money cannot mend an instalment whose grace is over; it
            // goes to the next one still open.
            if (payment.date > graceEnd(terms.dueDate, graceDays))
                continue;
            // Money received before the promise was made is not a payment
            // toward it: it goes to an earlier promise, or to none. Unless
            // the desk learnt of it only after the promise.
            if (!countsToward(payment, terms))
                continue;
            const Money take = Money::min(left, terms.amount - result.paid);
            result.paid += take;
            left -= take;
        }
    }

    for (qsizetype i = 0; i < instalments.size(); ++i) {
        const InstalmentTerms &terms = instalments.at(i);
        InstalmentResult &result = results[i];
        if (result.paid >= terms.amount)
            result.status = PromiseStatus::Kept;
        else if (today > graceEnd(terms.dueDate, graceDays))
            result.status = result.paid.isPositive() ? PromiseStatus::PartiallyKept
                                                     : PromiseStatus::Broken;
        else
            result.status = PromiseStatus::Pending;
    }
    return results;
}

bool PromiseChain::hasPending() const
{
    return std::any_of(promises.cbegin(), promises.cend(),
                       [](const Promise &p) { return p.status == PromiseStatus::Pending; });
}

PromiseChain promiseChain(QList<Promise> promises)
{
    PromiseChain chain;
    promises.erase(std::remove_if(promises.begin(), promises.end(),
                                  [](const Promise &p) { return p.status == PromiseStatus::Cancelled; }),
                   promises.end());
    std::sort(promises.begin(), promises.end(), [](const Promise &a, const Promise &b) {
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
        if (a.sequence != b.sequence)
            return a.sequence < b.sequence;
        return a.id < b.id;
    });
    for (const Promise &p : std::as_const(promises)) {
        chain.terms.append({p.amount, p.dueDate, p.madeOn, p.madeAt});
        if (!chain.earliestMadeOn.isValid() || p.madeOn < chain.earliestMadeOn)
            chain.earliestMadeOn = p.madeOn;
        if (p.madeAt.isValid() && (!chain.earliestMadeAt.isValid() || p.madeAt < chain.earliestMadeAt))
            chain.earliestMadeAt = p.madeAt;
    }
    chain.promises = std::move(promises);
    return chain;
}

namespace {

// `day` of the month `monthsAfter` months after `from`'s, or that month's
// last day when it is shorter.
QDate dayOfMonth(const QDate &from, int monthsAfter, int day)
{
    const QDate month = QDate(from.year(), from.month(), 1).addMonths(monthsAfter);
    return QDate(month.year(), month.month(), std::min(day, month.daysInMonth()));
}

} // namespace

QDate semimonthlyDate(const QDate &first, int index)
{
    if (index <= 0 || !first.isValid())
        return first;
    // The plan's two days: `early` in 1..15 and the one fifteen after it,
    // where 15 pairs with the month's end (31, clamped) rather than the 30th.
    const bool startsLate = first.day() > 15;
    const int early = startsLate ? std::min(first.day() - 15, 15) : first.day();
    const int late = early == 15 ? 31 : early + 15;
    // Count half months from the first date's: even steps land on the same
    // half it started in.
    const int half = (startsLate ? 1 : 0) + index;
    return dayOfMonth(first, half / 2, half % 2 == 0 ? early : late);
}

QList<InstalmentTerms> splitIntoInstalments(Money total, int count, PlanFrequency frequency,
                                            const QDate &first)
{
    QList<InstalmentTerms> out;
    if (count <= 0)
        return out;
    // In the currency's smallest amounts (a cent, or a whole Chilean peso):
    // the first instalments take one more each until the total is met, and
    // what is below that amount, if anything, goes with the first.
    const qint64 unit = Money::unit();
    const qint64 units = total.minor() / unit;
    const qint64 below = total.minor() % unit;
    const qint64 base = units / count;
    const qint64 remainder = units % count;  // same sign as total
    const qint64 step = remainder < 0 ? -1 : 1;
    const qint64 extraCount = remainder < 0 ? -remainder : remainder;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        InstalmentTerms t;
        t.amount = Money::fromMinor((base + (i < extraCount ? step : 0)) * unit + (i == 0 ? below : 0));
        switch (frequency) {
        case PlanFrequency::Weekly: t.dueDate = first.addDays(7 * qint64(i)); break;
        case PlanFrequency::Biweekly: t.dueDate = first.addDays(14 * qint64(i)); break;
        case PlanFrequency::Semimonthly: t.dueDate = semimonthlyDate(first, i); break;
        // Always counted from the first date, so a plan starting on the 31st
        // comes back to the 31st after February's 28th.
        case PlanFrequency::Monthly: t.dueDate = first.addMonths(i); break;
        }
        if (i > 0 && (frequency == PlanFrequency::Monthly || frequency == PlanFrequency::Semimonthly))
            t.dueDate = onWeekday(t.dueDate);
        out.append(t);
    }
    return out;
}

} // namespace libreta::domain
