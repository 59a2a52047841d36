#pragma once

#include "services/debtorfile.h"

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Reads one debtor's whole file. Every query is by debtor id on an index,
// so opening a file costs the same in a portfolio of a thousand debtors or
// of a million.
class DebtorFileReader final {
public:
    explicit DebtorFileReader(store::Database &db) : m_db(db) {}

    // nullopt when there is no such debtor. `today` is the office's day
    // (days past due, aging), `nowUtc` the moment (attempts in the last 7
    // days, how recent the last contact is).
    std::optional<DebtorFile> read(domain::Id debtorId, const QDate &today, const QDateTime &nowUtc);

    // Call id -> nth time its excuse category was given, in call order.
    // A call that a later call corrects is left out: the correction says
    // what was really said.
    static QHash<domain::Id, int> excuseOccurrences(const QList<domain::Call> &calls);
    // Payment -> promise shares by the promise rule (cancelled promises
    // take nothing).
    static QList<PromiseSettlement> settlements(const QList<domain::Promise> &promises,
                                                const QList<domain::Payment> &payments, int graceDays);

private:
    store::Database &m_db;
};

} // namespace libreta::services
