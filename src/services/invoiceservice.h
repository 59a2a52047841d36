#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Adding an invoice to a debtor and marking one disputed (or clearing the
// dispute). Each is one transaction that refreshes the debtor's totals and
// writes an audit entry.
class InvoiceService final {
    Q_DECLARE_TR_FUNCTIONS(InvoiceService)

public:
    InvoiceService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // Field names in InputError: "number", "issue_date", "due_date",
    // "amount", "debtor".
    domain::Id add(const domain::Invoice &invoice, std::optional<domain::Id> userId = std::nullopt);
    // A dispute needs its reason ("reason"); clearing one needs none.
    void setDisputed(domain::Id invoiceId, bool disputed, const QString &reason,
                     std::optional<domain::Id> userId = std::nullopt);

    static constexpr int kMaxNumberLength = 40;

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
