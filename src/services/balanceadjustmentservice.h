#pragma once

#include "domain/clock.h"
#include "domain/entities.h"
#include "services/debtorfile.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

struct AdjustBalanceRequest {
    domain::Id debtorId = 0;
    std::optional<domain::AdjustmentKind> kind;
    domain::Money amount;
    std::optional<domain::Id> invoiceId;  // none: the open invoices, oldest first
    QString note;                         // why: required
    std::optional<domain::Id> userId;
};

struct AdjustBalanceResult {
    domain::Id adjustmentId = 0;
    QList<domain::Allocation> lines;  // what it took off each invoice
    domain::Money outstandingAfter;
    int promisesCancelled = 0;  // nothing owed: a pending promise has nothing to pay
    bool closed = false;        // a write-off that leaves nothing owed closes the file
    int followUpsCancelled = 0;  // ... and empties its agenda (call-backs, tasks)
};

// What an adjustment will do, worked out from the debtor's file before
// anything is stored: what the adjustment form tells the supervisor.
struct AdjustmentPreview {
    QList<domain::Allocation> lines;
    domain::Money outstandingAfter;
    int promisesCancelled = 0;
    bool closes = false;
    int followUpsCancelled = 0;  // besides the cancelled promises' own
};

// Writing down what a debtor owes without money coming in: a discount
// agreed (outside a call, or one a call did not record), a correction of an
// invoice that was wrong (a dispute found right), a write-off of a debt that
// will not be collected. It is taken off one invoice or the open invoices
// oldest first, never more than is owed, with the reason in words. When the
// debtor then owes nothing, pending promises are cancelled with their
// reminders and checks; a write-off that leaves nothing owed closes the file
// and cancels its open follow-ups (nobody is to call about it again). One
// transaction, with the totals and the audit entry. Supervisors (and
// whoever works an office that lists no users) adjust balances: it moves
// what the office says it is owed.
class BalanceAdjustmentService final {
    Q_DECLARE_TR_FUNCTIONS(BalanceAdjustmentService)

public:
    BalanceAdjustmentService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // Throws InputError naming "user", "debtor", "kind", "invoice",
    // "amount" or "note"; nothing is stored then.
    AdjustBalanceResult adjust(const AdjustBalanceRequest &request);
    // The same rules as adjust(), on the file as read: nothing is stored.
    // Lines empty when the amount is not one adjust() would take.
    static AdjustmentPreview preview(const DebtorFile &file, std::optional<domain::AdjustmentKind> kind,
                                     domain::Money amount, std::optional<domain::Id> invoiceId);

    static constexpr int kMaxNoteLength = 500;

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
