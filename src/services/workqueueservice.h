#pragma once

#include "domain/clock.h"
#include "domain/contactrules.h"
#include "domain/entities.h"
#include "store/workqueuerepository.h"

#include <QCoreApplication>
#include <QMap>

namespace libreta::store {
class Database;
}

namespace libreta::services {

struct NextCall {
    domain::Id debtorId = 0;
    store::QueueReason reason = store::QueueReason::Priority;
    std::optional<domain::Id> followUpId;
    QString why;  // translated: the reason it was chosen, for the agent
};

struct NextCallResult {
    std::optional<NextCall> next;  // empty: nothing left to call now
    // Debtors passed over on the way to the answer because the contact
    // rules forbid a call right now.
    QMap<domain::ContactBlock, int> skipped;
    int skippedTotal() const;
    QString skippedSummary() const;  // translated, e.g. "3 skipped: 2 outside their calling hours, 1 …"
};

// "Next call": picks the debtor an agent should work now and claims it for
// them, so two agents of the office never get the same debtor. Order, as
// the office sets it (OfficeSettings::queueOrder; by default): call-backs
// whose time has come (today's, then those left from earlier days);
// promises due today; broken promises; promise checks; tasks (an invoice
// copy, the statement, a note); then, always last, the highest priority
// among the largest balances nobody contacted lately. Within each, today's first, then
// the most recent. Debtors the contact rules forbid right now are passed
// over and counted. Asking again moves on: a debtor claimed (by anyone,
// oneself included) is not offered until the claim is released or expires.
class WorkQueueService final {
    Q_DECLARE_TR_FUNCTIONS(WorkQueueService)

public:
    WorkQueueService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // Amounts in the answer's reason are written with `currencySymbol` (the
    // desk's, as ui::MoneyFormatter gives it for the office's currency);
    // without one, the number alone.
    NextCallResult next(domain::Id agentId, const QString &currencySymbol = {});
    void release(domain::Id debtorId, domain::Id agentId);

    static constexpr int kClaimMinutes = 30;
    // How far one stretch of the queue is read looking for a debtor the
    // rules allow; what lies beyond waits for the next ask.
    static constexpr int kMaxExaminedPerWalk = 200;
    // The largest balances the priority score chooses among.
    static constexpr int kPriorityPool = 40;

private:
    QString why(const store::QueueCandidate &c, const QDate &today, const QString &currencySymbol) const;
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
