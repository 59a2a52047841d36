#pragma once

#include "domain/entities.h"

namespace libreta::domain {

struct PaymentEvent {
    QDate date;
    Money amount;
    // When it was entered (UTC); invalid when not known.
    QDateTime recordedAt {};
};

struct InstalmentTerms {
    Money amount;
    QDate dueDate;
    // The day the promise was agreed: money received before it was already
    // in the balance the debtor promised to pay, so it never counts toward
    // it. Invalid: no such limit (tests, previews of a promise not made yet).
    QDate madeOn {};
    // When it was agreed (UTC, its call's start); invalid when not known.
    // Money paid before it but entered after it was not in the balance
    // the desk saw: the debtor promised to pay it too, so it counts
    // (yesterday's deposit, posted after today's call).
    QDateTime madeAt {};
};

// Whether `payment` may count toward a promise of `terms`: made on or after
// the day it was agreed, or entered only after it was agreed.
bool countsToward(const PaymentEvent &payment, const InstalmentTerms &terms);

struct InstalmentResult {
    PromiseStatus status = PromiseStatus::Pending;
    Money paid;
};

// A pending promise something was paid towards, not yet covered: the desk
// asks for what is left of it (the agenda, the portfolio).
bool isPartlyPaid(Money paid, Money promised);

// The debtor's latest settled promise when it was broken (or kept only in
// part): what a call is about. None when a later one was kept, or when
// every promise is still to keep or was cancelled.
std::optional<Promise> lastBrokenPromise(const QList<Promise> &promises);

// How many of a debtor's promises were kept in part: neither kept nor
// broken in the totals' counts, and said beside them.
int promisesKeptInPart(const QList<Promise> &promises);

// Last day a payment still counts for a promise due on `dueDate`.
QDate graceEnd(const QDate &dueDate, int graceDays);

// The last promise date whose result is final on `today`: its grace ended
// before today, so it is kept, partly kept or broken for good (unless a
// payment is reversed). A promise due later may still change, even one
// already paid: the Panel counts results up to this date only.
QDate lastFinalPromiseDate(const QDate &today, int graceDays);

// What a pending promise becomes when the debtor agrees a new one in its
// place on `today`: before or on its date a renegotiation, Cancelled;
// after it the date was missed, so Broken, or PartiallyKept when something
// was paid towards it. A debtor who keeps moving the date is counted as
// breaking promises, as the approach and the Panel need.
PromiseStatus replacedOutcome(const Promise &promise, const QDate &today);

// Evaluates the instalments of a plan (a single promise is a plan of one, in
// due-date order) against the payments the debtor made since the plan was
// agreed. Payments are consumed in date order by the earliest instalment not
// yet covered, and only count for an instalment when made on or after the
// day it was agreed and on or before its grace end. Per instalment: Kept when covered; after the grace end
// PartiallyKept when something was paid, Broken when nothing was; before it,
// Pending (with `paid` showing progress).
QList<InstalmentResult> evaluatePlan(const QList<InstalmentTerms> &instalments,
                                     QList<PaymentEvent> payments, int graceDays,
                                     const QDate &today);

// A debtor's commitments as one chain: every promise not cancelled (the
// store leaves out those a new promise replaced, as well), in due-date order (then instalment, then id), so a payment that settled an
// earlier promise is not counted again for a later one. The terms follow
// the promises' order; payments before `earliestMadeOn` count for none.
struct PromiseChain {
    QList<Promise> promises;
    QList<InstalmentTerms> terms;
    QDate earliestMadeOn;
    // The first of them agreed at a known moment: payments of earlier days
    // entered after it may count too (countsToward).
    QDateTime earliestMadeAt;
    bool hasPending() const;
};
PromiseChain promiseChain(QList<Promise> promises);

// Splits `total` into `count` instalments that add up to the cent (the
// remainder cents go to the first instalments), dated from `first` by
// `frequency` (a monthly plan keeps the day of month, clamped to month end;
// a semimonthly one alternates two days half a month apart, see
// semimonthlyDate). A monthly or semimonthly date after the first that
// falls on a Saturday or Sunday moves to the Monday (onWeekday): banks do
// not charge a direct debit then, and the office calls on no weekend. The
// first is the one agreed; weekly ones keep its weekday.
// The `index`-th date (0 is `first` itself) of a plan paid twice a month,
// as salaries are: a first date on the 1st to the 15th pairs with the day
// fifteen later (the 15th with the month's last day); a later first date
// pairs with the day fifteen before it in the next month (the month's
// last day with the 15th). A day a month lacks is its last day.
QDate semimonthlyDate(const QDate &first, int index);

QList<InstalmentTerms> splitIntoInstalments(Money total, int count, PlanFrequency frequency,
                                            const QDate &first);

} // namespace libreta::domain
