#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

// Per-debtor totals the portfolio sorts and filters on. They are never
// edited field by field: every change that moves them calls refresh() in its
// own transaction, which recomputes the row from invoices, allocations,
// payments, calls, promises and follow-ups with the same query that check()
// uses, so the two cannot drift apart.
class TotalsRepository final {
public:
    explicit TotalsRepository(Database &db) : m_db(db) {}

    void refresh(domain::Id debtorId);
    void refreshAll();
    // The same recomputation for many debtors in one statement (an import
    // touches thousands): the ids go through a temporary table.
    void refreshMany(const QList<domain::Id> &debtorIds);
    std::optional<domain::DebtorTotals> forDebtor(domain::Id debtorId);

    // Debtors whose stored totals differ from a recomputation (at most `limit`).
    QList<domain::Id> mismatches(int limit = 100);

private:
    Database &m_db;
};

} // namespace libreta::store
