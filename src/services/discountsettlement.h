#pragma once

#include "domain/clock.h"
#include "domain/allocation.h"
#include "domain/entities.h"
#include "domain/promiseevaluation.h"

namespace libreta::store {
class Database;
struct StandingDiscount;
}

namespace libreta::services {

// A discount agreed in a call is a condition: pay this much, as agreed, and
// the rest is not owed. Once every promise the call made is kept and the
// payments received since the call's day reach what was agreed, Libreta
// takes the rest off (an adjustment of kind discount, oldest invoice first,
// never more than is owed). Only a discount that stands (inside the limit,
// or approved by a supervisor) and was agreed since schema 19. A discount
// granted whose condition fails again (a payment it rested on reversed) is
// withdrawn: what it took off is owed again. Runs inside the caller's
// transaction, after the debtor's promises were evaluated; writes the audit
// entries (by Libreta) and leaves the totals to the caller.
class DiscountSettlement final {
public:
    DiscountSettlement(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // The discounts granted now.
    QList<domain::Adjustment> grantEarned(domain::Id debtorId);
    // The discounts withdrawn now.
    QList<domain::Adjustment> withdrawUnearned(domain::Id debtorId);

    // The rule, for PaymentPreviewer to forecast with: every promise the
    // call made is kept (a call that only took a payment made none), or
    // was replaced by later promises that all are (the date moved in a
    // later call: the agreement carried on), and `payments` (the debtor's
    // recorded after the call, PaymentRepository::eventsAfter) reach what
    // was agreed.
    static bool earned(const store::StandingDiscount &discount, const QList<domain::Promise> &promises,
                       const QList<domain::PaymentEvent> &payments);
    // Of the debtor's open invoices, those the discount was agreed on: issued
    // by the call's day (one invoiced since is owed in full).
    static QList<domain::OpenInvoice> agreedOn(const store::StandingDiscount &discount,
                                               const QList<domain::OpenInvoice> &open);
    // What granting it takes off those: what was forgiven, never more than
    // they still owe.
    static domain::Money forgiven(const store::StandingDiscount &discount, const QList<domain::OpenInvoice> &agreedOn);

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
