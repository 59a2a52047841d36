#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

class PromiseRepository final {
public:
    explicit PromiseRepository(Database &db) : m_db(db) {}

    domain::Id add(const domain::Promise &promise);
    // Stores the plan and its instalments (plan id and sequence filled in).
    domain::Id addPlan(const domain::PaymentPlan &plan, std::optional<domain::Id> callId);
    std::optional<domain::Promise> byId(domain::Id id);
    QList<domain::Promise> forDebtor(domain::Id debtorId);
    // The debtor's promises a payment can still count for: all but those a
    // new promise replaced (schema 34), as domain::promiseChain takes them.
    QList<domain::Promise> inChainFor(domain::Id debtorId);
    // Promises still pending for a debtor, by plan then due date: what a
    // payment or the roll-over re-evaluates.
    QList<domain::Promise> pendingForDebtor(domain::Id debtorId);
    void setOutcome(domain::Id promiseId, domain::PromiseStatus status, domain::Money paid,
                    const std::optional<QDate> &resolvedOn);
    // A promise a new one replaced on `on`, resolved as `status` (see
    // domain::replacedOutcome): it leaves the debtor's chain for good.
    void setReplaced(domain::Id promiseId, domain::PromiseStatus status, domain::Money paid, const QDate &on);
    // Debtors with a pending promise whose grace ended before `today`.
    QList<domain::Id> debtorsWithExpiredPromises(const QDate &today, int graceDays);

private:
    void writeOutcome(domain::Id promiseId, domain::PromiseStatus status, domain::Money paid,
                      const std::optional<QDate> &resolvedOn, const std::optional<QDate> &replacedOn);

    Database &m_db;
};

} // namespace libreta::store
