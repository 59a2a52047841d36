#pragma once

#include "domain/clock.h"
#include "domain/entities.h"
#include "services/debtorfile.h"
#include "services/promisereevaluator.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

struct ReversePaymentRequest {
    domain::Id paymentId = 0;
    std::optional<domain::ReversalReason> reason;
    QString note;  // required when the reason is "other"
    std::optional<domain::Id> userId;
    QString currencySymbol;  // for the amount in the call-back's words ("$"); none: the number alone
};

struct ReversePaymentResult {
    domain::Id debtorId = 0;
    int invoicesReopened = 0;  // allocations taken back
    domain::Money creditApplied;  // the debtor's credit from other payments, now paying them
    bool reactivated = false;  // a settled debtor who owes again is active again
    bool callbackAdded = false;  // a bounced cheque: its agent calls the debtor today
    QList<PromiseChange> promiseChanges;
    // Discounts granted on the agreement the payment completed, withdrawn:
    // what they took off is owed again.
    QList<domain::Adjustment> discountsWithdrawn;
    domain::Money outstandingAfter;
};

// What reversing a payment will undo, read from the debtor's file before
// anything is stored: what the reversal form tells the supervisor.
struct ReversalPreview {
    domain::Money owedAgain;     // what it paid on invoices (its allocations)
    domain::Money creditLost;    // the credit it left itself
    domain::Money creditPays;    // of what is owed again, what other payments' credit pays at once
    int promisesPaidTowards = 0;  // settled by it or not yet
    // Discounts granted on an agreement this payment paid towards: withdrawn
    // if the agreement is no longer met without it.
    domain::Money discountsAtStake;
    bool reactivates = false;     // a settled debtor who will owe again
};

// Taking back a payment that should not count: a cheque the bank returned,
// a payment recorded against the wrong debtor or with the wrong amount. The
// payment stays in the file, marked reversed with the reason; what it paid
// on invoices is owed again (paid at once by any credit the debtor's other
// payments left, oldest first), its own credit is gone, a settled debtor
// who owes again is active again, a bounced cheque gets its agent a call-back
// for today (when no broken promise gave one), the promises it had kept
// are resolved again (PromiseReevaluator::reevaluateAfterReversal), the
// Panel's money recovered loses it (schema 17's trigger). One transaction,
// with the totals and the audit entry. Supervisors (and whoever works an
// office that lists no users) reverse payments: it moves money figures.
class PaymentReversalService final {
    Q_DECLARE_TR_FUNCTIONS(PaymentReversalService)

public:
    PaymentReversalService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // Throws InputError naming "user", "payment", "reason" or "note";
    // nothing is stored then.
    ReversePaymentResult reverse(const ReversePaymentRequest &request);
    // The same rules as reverse(), on the file as read: nothing is stored.
    static ReversalPreview preview(const DebtorFile &file, const domain::Payment &payment);

    static constexpr int kMaxNoteLength = 500;

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
