#pragma once

#include "domain/clock.h"
#include "domain/entities.h"
#include "services/promisereevaluator.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

struct PostPaymentRequest {
    domain::Id debtorId = 0;
    domain::Money amount;
    QDate paidOn;
    domain::PaymentMethod method = domain::PaymentMethod::Transfer;
    QString reference;
    std::optional<domain::Id> invoiceId;  // pay this invoice first
    // Statements to send about a payment the debtor said was made
    // (DebtorFile::openPaymentClaims) that this payment answers: they are
    // closed with it, as done. Field "claims" when one is no longer open.
    QList<domain::Id> answersClaims;
    QString currencySymbol;  // for the amount in those claims' result ("$"); none: the number alone
    std::optional<domain::Id> userId;
    // An import posting thousands refreshes each debtor's totals once, at
    // its end, in one statement (RowImporter::finish): refreshed per
    // payment they were 29% of posting one. Nothing the posting itself
    // reads comes from the totals; outstandingAfter is then left empty.
    bool totalsLater = false;
};

struct PostPaymentResult {
    domain::Id paymentId = 0;
    QList<domain::Allocation> allocations;
    domain::Money credit;
    QList<PromiseChange> promiseChanges;
    // A discount agreed in a call whose agreement this payment completed:
    // the rest is taken off (services::DiscountSettlement).
    QList<domain::Adjustment> discountsGranted;
    domain::Money outstandingAfter;  // empty when the request's totalsLater
    int claimsClosed = 0;             // statements about a claimed payment closed with it
};

// Posting a payment: validate, allocate (oldest first), store, re-evaluate
// the debtor's promises with their follow-ups, grant a discount whose
// agreement it completed, refresh the totals and write the audit entry, all
// in one transaction.
class PaymentService final {
    Q_DECLARE_TR_FUNCTIONS(PaymentService)

public:
    PaymentService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // Throws InputError naming the field when the request is refused.
    PostPaymentResult post(const PostPaymentRequest &request);

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
