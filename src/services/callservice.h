#pragma once

#include "domain/clock.h"
#include "domain/entities.h"
#include "services/paymentservice.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// A discount agreed in the call: what was owed, what the debtor will pay.
// Above the office's limit it is stored as waiting for a supervisor.
struct DiscountTerms {
    domain::Money balance;
    domain::Money agreedTotal;
    int percent = 0;
};

// Everything an agent records in one call, saved all together or not at all.
struct CallDraft {
    domain::Call call;
    // The commitment, when there is one: a single promise or a plan.
    std::optional<domain::Promise> promise;
    std::optional<domain::PaymentPlan> plan;
    std::optional<DiscountTerms> discount;
    // Pending promises of the debtor this commitment replaces (a new date):
    // they are cancelled with their reminder and check.
    QList<domain::Id> replacesPromiseIds;
    // A payment taken during the call (card over the phone, confirmed transfer).
    std::optional<PostPaymentRequest> payment;
    // A timed call-back: the next attempt, or what was agreed with the person
    // who answered, with what to do then.
    std::optional<QDateTime> callbackAtUtc;
    QString callbackDescription;
    // The debtor came to the phone but could not talk and asked to be
    // called at callbackAtUtc: that call-back is what the call recorded.
    bool askedToCallBack = false;
    QString note;  // free note for the file, optional
    // The desk whose draft of this call is removed with the save.
    std::optional<QString> draftDesk;
};

struct CommitCallResult {
    domain::Id callId = 0;
    QList<domain::Id> promiseIds;
    std::optional<domain::Id> planId;
    QList<domain::Id> followUpIds;
    // The promises the new one replaced: cancelled, or broken (partly kept)
    // when their date had passed (domain::replacedOutcome).
    QList<domain::Id> cancelledPromiseIds;
    // The debtor's call-backs that were due when the call was made: this
    // call was them, so they are done.
    int callbacksDone = 0;
    // Call-backs about a broken promise moved to the next attempt, because
    // the call reached nobody (they stay open, with their promise).
    int brokenPromiseCallbacksRetried = 0;
    std::optional<PostPaymentResult> payment;
    bool discountNeedsApproval = false;
    // Above the limit, and the caller, a supervisor, approved it as agreed.
    bool discountApprovedOnTheCall = false;
    // The debtor had no agent and is now the caller's (takeIfNobodys).
    bool debtorTaken = false;
    // A wrong number with no other to try: the next attempt is a task to
    // find one, not a call-back to the number known to be wrong.
    bool findNumberTask = false;
};

// Commit a call: the call record with its stage notes, excuse, profile and
// techniques, the promise or plan with its follow-ups, the task that removes
// an argument, a discount, the promises it replaces, a note, the draft's
// removal and the audit entry, in one transaction.
class CallService final {
    Q_DECLARE_TR_FUNCTIONS(CallService)

public:
    CallService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // Throws InputError naming what is missing or wrong; nothing is stored then.
    CommitCallResult commit(const CallDraft &draft);

    // The rule of the method: a right-party call ends with a payment, a
    // promise, or a refusal (after an alternative was offered) with its
    // reason and the next step. Returns the translated reason it is refused,
    // empty when it may be saved.
    static QString missingOutcome(const CallDraft &draft);
    // What the task an argument becomes says (send a copy, find the payment
    // they say they made and send the statement, or check the debtor's
    // `words`).
    static QString argumentTask(domain::ExcuseCategory category, const QString &words);

private:
    void validate(const CallDraft &draft) const;
    void checkContactRules(const domain::Call &call);
    void checkDiscount(const CallDraft &draft) const;
    QList<domain::Id> cancelReplaced(const CallDraft &draft, domain::Id callId);
    bool takeIfNobodys(const domain::Debtor &debtor, const CallDraft &draft, const domain::OfficeSettings &settings);
    bool hasAnotherNumber(const domain::Call &call);
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
