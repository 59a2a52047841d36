#include "store/transaction.h"

#include "store/database.h"

namespace libreta::store {

Transaction::Transaction(Database &db, Durability durability)
    : m_db(db), m_relaxed(durability == Durability::Relaxed && db.transactionDepth() == 0)
{
    if (m_relaxed)
        m_db.setDurableCommits(false);
    try {
        m_db.begin();
    } catch (...) {
        restoreDurability();
        throw;
    }
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
    restoreDurability();
}

void Transaction::commit()
{
    m_db.commit();
    m_done = true;
    restoreDurability();
}

void Transaction::restoreDurability()
{
    if (!m_relaxed)
        return;
    m_relaxed = false;
    try {
        m_db.setDurableCommits(true);
    } catch (...) {
        // Never thrown from a destructor; the next statement reports a
        // connection that cannot run.
    }
}

} // namespace libreta::store
