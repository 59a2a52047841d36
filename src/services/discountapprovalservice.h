#pragma once

#include "domain/clock.h"
#include "store/calldiscountrepository.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// A discount above the office's limit is saved with its call as waiting
// for a supervisor (CallService). Here a supervisor approves or refuses
// it, with a note for the agent; either way the agent gets a call-back for
// today to tell the debtor. On a refusal the amount is agreed again: the
// call's promises still open are called off with their reminders and
// checks (an agreement the office turned down is not counted as promised,
// nor as kept when the debtor pays the discounted total), and whatever the
// debtor pays still lowers the balance. One transaction: the decision, the
// promises, the follow-up, the debtor's totals and the audit entry.
class DiscountApprovalService final {
    Q_DECLARE_TR_FUNCTIONS(DiscountApprovalService)

public:
    DiscountApprovalService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // The discounts waiting, oldest first (the limit keeps a forgotten
    // backlog from loading whole).
    QList<store::DiscountRequest> waiting(int limit = kListLimit);
    int waitingCount();

    // Throw InputError naming "user", "discount" or "note"; nothing is
    // stored then. A refusal needs its note.
    void approve(domain::Id callId, const QString &note, std::optional<domain::Id> userId);
    void refuse(domain::Id callId, const QString &note, std::optional<domain::Id> userId);

    static constexpr int kListLimit = 500;
    static constexpr int kMaxNoteLength = 500;

private:
    void decide(domain::Id callId, bool approved, const QString &note, std::optional<domain::Id> userId);
    // The call's promises still open, out of the chain with their reminders
    // and checks; how many.
    int callOffPromises(domain::Id callId, domain::Id debtorId);
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
