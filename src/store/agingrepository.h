#pragma once

#include "domain/aging.h"
#include "domain/entities.h"

#include <QDate>

namespace libreta::store {

class Database;

// What is owed today, by how late it is: the aging report (antigüedad de
// saldos). Each debtor who owes counts once, in the bucket of its oldest
// unpaid invoice, with all it owes.
struct AgingLine {
    domain::AgingBucket bucket = domain::AgingBucket::Current;
    QString segment;
    qint64 debtors = 0;
    domain::Money outstanding;
};

struct AgingScope {
    QDate today;
    // One agent's debtors (0: the debtors nobody has), or everyone's.
    std::optional<domain::Id> agentId;
};

class AgingRepository final {
public:
    explicit AgingRepository(Database &db) : m_db(db) {}

    // By bucket and segment. The totals have no index on what a debtor
    // owes by date, so this reads every debtor's totals row once, in one
    // pass (one agent's through the debtors' agent index): a few tenths of
    // a second for the whole office at a million debtors
    // (docs/performance.md); the Panel reads it on a thread of its own.
    QList<AgingLine> lines(const AgingScope &scope);

private:
    Database &m_db;
};

} // namespace libreta::store
