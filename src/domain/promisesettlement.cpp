#include "domain/promisesettlement.h"

#include <algorithm>
#include <numeric>

namespace libreta::domain {

QList<SettlementShare> settlementShares(const QList<InstalmentTerms> &promises,
                                        const QList<PaymentEvent> &payments, int graceDays)
{
    QList<qsizetype> promiseOrder(promises.size());
    std::iota(promiseOrder.begin(), promiseOrder.end(), 0);
    std::stable_sort(promiseOrder.begin(), promiseOrder.end(), [&](qsizetype a, qsizetype b) {
        return promises.at(a).dueDate < promises.at(b).dueDate;
    });
    QList<qsizetype> paymentOrder(payments.size());
    std::iota(paymentOrder.begin(), paymentOrder.end(), 0);
    std::stable_sort(paymentOrder.begin(), paymentOrder.end(), [&](qsizetype a, qsizetype b) {
        return payments.at(a).date < payments.at(b).date;
    });

    QList<Money> paid(promises.size());
    QList<SettlementShare> shares;
    for (qsizetype pay : std::as_const(paymentOrder)) {
        const PaymentEvent &payment = payments.at(pay);
        Money left = payment.amount;
        for (qsizetype i : std::as_const(promiseOrder)) {
            if (!left.isPositive())
                break;
            const InstalmentTerms &terms = promises.at(i);
            if (paid[i] >= terms.amount || payment.date > graceEnd(terms.dueDate, graceDays) ||
                !countsToward(payment, terms))
                continue;
            const Money take = Money::min(left, terms.amount - paid[i]);
            paid[i] += take;
            left -= take;
            shares.append({pay, i, take});
        }
    }
    return shares;
}

} // namespace libreta::domain
