#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

enum class DiscountStatus { WithinLimit, Pending, Approved, Rejected };

// A discount agreed in a call: inside the office's limit it stands, above
// it it waits for a supervisor.
struct CallDiscount {
    domain::Id callId = 0;
    domain::Id debtorId = 0;
    domain::Money balance;
    domain::Money agreedTotal;
    int percent = 0;
    int limitPercent = 0;
    DiscountStatus status = DiscountStatus::WithinLimit;
    // The supervisor's decision on a discount above the limit.
    std::optional<domain::Id> decidedBy;
    std::optional<QDateTime> decidedAt;  // UTC
    QString decisionNote;
    // Libreta takes it off once the call's agreement is paid (schema 19);
    // false for one the office deals with by hand.
    bool grantedWhenPaid = true;
};

// A discount waiting for a supervisor, with what they read to decide.
struct DiscountRequest {
    CallDiscount discount;
    QDateTime calledAt;  // UTC
    std::optional<domain::Id> agentId;
    QString agentName;
    QString debtorName;
    QString debtorRef;
    QString commitment;  // what the call read back to the debtor
};

// A discount that stands (inside the limit, or approved) and was agreed
// since schema 19: Libreta takes it off once the call's agreement is paid.
struct StandingDiscount {
    CallDiscount discount;
    QDateTime calledAt;  // UTC
};

class CallDiscountRepository final {
public:
    explicit CallDiscountRepository(Database &db) : m_db(db) {}

    void add(const CallDiscount &discount);
    std::optional<CallDiscount> forCall(domain::Id callId);
    // Discounts waiting for a supervisor, oldest call first.
    QList<DiscountRequest> requests(int limit);
    int pendingCount();
    QList<CallDiscount> forDebtor(domain::Id debtorId);
    QList<StandingDiscount> standingForDebtor(domain::Id debtorId);
    // The debtors with a discount standingForDebtor would list.
    QList<domain::Id> debtorsWithStandingDiscounts();
    // Records the decision on a pending discount; false when it was not
    // pending (decided by someone else meanwhile, or within the limit).
    bool decide(domain::Id callId, DiscountStatus status, std::optional<domain::Id> by, const QDateTime &atUtc,
                const QString &note);

private:
    Database &m_db;
};

} // namespace libreta::store
