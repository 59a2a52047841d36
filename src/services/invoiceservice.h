#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// An invoice typed wrong, as it should have read. Its number, dates and
// amount are replaced; its dispute, payments and adjustments stay.
struct InvoiceChange {
    domain::Id invoiceId = 0;
    QString number;
    QDate issueDate;
    QDate dueDate;
    domain::Money amount;
};

struct InvoiceChangeResult {
    bool changed = false;        // false: it already read so, nothing stored
    domain::Money creditUsed;    // a raised amount paid from credit on account
    int promisesCancelled = 0;   // a lowered amount that leaves nothing owed
    bool reactivated = false;    // a settled or written-off debtor owing again
};

// Adding an invoice to a debtor, changing one typed wrong, and marking one
// disputed (or clearing the dispute). Each is one transaction that
// refreshes the debtor's totals and writes an audit entry. Credit the
// debtor has on account pays what an added or raised invoice asks, and a
// settled or written-off debtor who then owes is active again
// (services/owedagain.h).
class InvoiceService final {
    Q_DECLARE_TR_FUNCTIONS(InvoiceService)

public:
    InvoiceService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // Field names in InputError: "number", "issue_date", "due_date",
    // "amount", "debtor".
    domain::Id add(const domain::Invoice &invoice, std::optional<domain::Id> userId = std::nullopt);
    // Supervisors (and whoever works an office that lists no users) change
    // invoices: a lower amount is money the office stops claiming. The
    // amount cannot drop below what payments and adjustments took off it,
    // and when nothing is owed after it pending promises are cancelled.
    // Field names in InputError: "user", "invoice", "number", "issue_date",
    // "due_date", "amount".
    InvoiceChangeResult change(const InvoiceChange &change, std::optional<domain::Id> userId = std::nullopt);
    // A dispute needs its reason ("reason"); clearing one needs none.
    void setDisputed(domain::Id invoiceId, bool disputed, const QString &reason,
                     std::optional<domain::Id> userId = std::nullopt);

    static constexpr int kMaxNumberLength = 40;

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
