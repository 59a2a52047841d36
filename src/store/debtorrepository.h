#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

class DebtorRepository final {
public:
    explicit DebtorRepository(Database &db) : m_db(db) {}

    // Adds the debtor and its (empty) totals row.
    domain::Id add(const domain::Debtor &debtor);
    void update(const domain::Debtor &debtor);
    // A debtor marked settled made active again (it owes again); false
    // when it was not settled. Its totals row follows by trigger.
    bool reactivateIfSettled(domain::Id id);
    // The debtor's file closed (nothing more to collect); false when it was
    // closed already. Its totals row follows by trigger.
    bool close(domain::Id id);
    // A closed file worked again (active); false when it was not closed.
    bool reopenIfClosed(domain::Id id);
    std::optional<domain::Debtor> byId(domain::Id id);
    // Whether the debtor is there, without reading it (a payment posted).
    bool exists(domain::Id id);
    std::optional<domain::Debtor> byRef(const QString &externalRef);
    qint64 count();
    // The reference of the debtor added last ("" without debtors).
    QString lastRef();
    // Every debtor in time zone `from` put in `to`; how many.
    qint64 moveTimeZone(const QString &from, const QString &to);

    // The text search looks in: name, reference and tax id, folded.
    static QString searchTextFor(const domain::Debtor &debtor);

private:
    Database &m_db;
};

} // namespace libreta::store
