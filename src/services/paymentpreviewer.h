#pragma once

#include "domain/allocation.h"
#include "domain/clock.h"
#include "services/paymentservice.h"

namespace libreta::services {

// What posting a payment would do, before it is posted: which invoices it
// pays, what is left as credit, which promises change and the balance after.
struct PaymentPreview {
    QList<domain::Allocation> allocations;
    domain::Money credit;
    QList<PromiseChange> promiseChanges;
    domain::Money outstandingBefore;
    // What a discount whose agreement this payment completes takes off
    // (services::DiscountSettlement), already out of outstandingAfter.
    domain::Money discountGranted;
    domain::Money outstandingAfter;
};

// Reads only: allocation and promise evaluation run on what is stored plus
// the payment being typed, the same steps PaymentService::post and
// PromiseReevaluator take (tests hold the two to the same answers). It does
// not validate: an amount or date that post() would refuse gives an empty
// preview, and post() says why.
class PaymentPreviewer final {
public:
    PaymentPreviewer(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    PaymentPreview preview(const PostPaymentRequest &request);

private:
    QList<PromiseChange> promiseChanges(const PostPaymentRequest &request);
    domain::Money discountGranted(const PostPaymentRequest &request, const QList<PromiseChange> &changes,
                                  QList<domain::OpenInvoice> openAfter);
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
