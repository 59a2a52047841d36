#pragma once

#include "domain/promiseevaluation.h"

namespace libreta::domain {

// How much of one payment went to one promise.
struct SettlementShare {
    qsizetype payment = 0;  // index into the payments given
    qsizetype promise = 0;  // index into the promises given
    Money amount;
};

// Which promises each payment paid, by the same rule evaluatePlan applies:
// payments in date order, each consumed by the earliest promise not yet
// covered whose grace has not ended on the payment's date. The shares of a
// promise add up to evaluatePlan's `paid` for it, so the debtor file can say
// "this payment kept that promise" without a second rule to drift from the
// first. Promises are given in any order (they are worked in due-date order);
// payments of the same date are taken in the order given.
QList<SettlementShare> settlementShares(const QList<InstalmentTerms> &promises,
                                        const QList<PaymentEvent> &payments, int graceDays);

} // namespace libreta::domain
