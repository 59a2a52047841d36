#pragma once

#include "domain/clock.h"
#include "domain/entities.h"
#include "services/paymentservice.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Everything an agent records in one call, saved all together or not at all.
struct CallDraft {
    domain::Call call;
    // The commitment, when there is one: a single promise or a plan.
    std::optional<domain::Promise> promise;
    std::optional<domain::PaymentPlan> plan;
    // A payment taken during the call (card over the phone, confirmed transfer).
    std::optional<PostPaymentRequest> payment;
    // A timed call-back the agent agreed with the person who answered.
    std::optional<QDateTime> callbackAtUtc;
    QString note;  // free note for the file, optional
};

struct CommitCallResult {
    domain::Id callId = 0;
    QList<domain::Id> promiseIds;
    std::optional<domain::Id> planId;
    QList<domain::Id> followUpIds;
    std::optional<PostPaymentResult> payment;
};

// Commit a call: the call record with its stage notes, excuse, profile and
// techniques, the promise or plan with its follow-ups, the task that removes
// an argument, a note and the audit entry, in one transaction.
class CallService final {
    Q_DECLARE_TR_FUNCTIONS(CallService)

public:
    CallService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // Throws InputError naming what is missing or wrong; nothing is stored then.
    CommitCallResult commit(const CallDraft &draft);

    // The rule of the method: a right-party call ends with a payment, a
    // promise, or a refusal with its reason and the next step. Returns the
    // translated reason it is refused, empty when it may be saved.
    static QString missingOutcome(const CallDraft &draft);

private:
    void validate(const CallDraft &draft) const;
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
